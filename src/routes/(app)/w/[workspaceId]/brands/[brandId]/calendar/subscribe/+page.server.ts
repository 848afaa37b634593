import { error } from '@sveltejs/kit';
import { requireBrand } from '$lib/server/guards';
import { db } from '$lib/server/db';
import * as feeds from '$lib/server/queries/feeds';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	return { links: await feeds.listFeedTokens(db, brand.id) };
};

export const actions: Actions = {
	create: async ({ locals, params, url }) => {
		const { user, brand } = await requireBrand(
			locals,
			params.workspaceId,
			params.brandId,
			'editContent'
		);
		const token = await feeds.createFeedToken(db, brand.id, user.id);
		// Shown once: only the hash is stored, so the address cannot be shown again later.
		const feedUrl = `${url.origin}/feed/${token}.ics`;
		return { created: { feedUrl, webcalUrl: feedUrl.replace(/^https?:/, 'webcal:') } };
	},

	revoke: async ({ locals, params, request }) => {
		const { brand } = await requireBrand(locals, params.workspaceId, params.brandId, 'editContent');
		const id = String((await request.formData()).get('id') ?? '');
		if (!(await feeds.revokeFeedToken(db, brand.id, id))) error(404, 'Not found');
		return { revoked: true };
	}
};
