import { error, fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { listTimeZones } from '$lib/domain/time';
import { m } from '$lib/paraglide/messages';
import { channelFormValues, channelSchema } from '$lib/schemas/channel';
import { conflictAnswer } from '$lib/server/conflict-answer';
import { requireBrand } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { getChannel } from '$lib/server/queries/channels';
import * as channels from '$lib/server/services/brands/channels';
import type { Actions, PageServerLoad } from './$types';

/** A channel only through its brand: an id from another brand is simply not found. */
async function channelOr404(brandId: string, channelId: string) {
	const channel = await getChannel(db, brandId, channelId);
	if (!channel) error(404, 'Not found');
	return channel;
}

export const load: PageServerLoad = async ({ locals, params }) => {
	const { brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	const channel = await channelOr404(brand.id, params.channelId);
	const values = channelFormValues(channel);
	return {
		channel,
		form: await superValidate(values, zod4(channelSchema), { errors: false }),
		timeZones: listTimeZones()
	};
};

export const actions: Actions = {
	update: async ({ locals, params, request }) => {
		const { brand } = await requireBrand(locals, params.workspaceId, params.brandId, 'editContent');
		await channelOr404(brand.id, params.channelId);
		const form = await superValidate(request, zod4(channelSchema), { strict: true });
		if (!form.valid) return fail(400, { form });
		const { version, ...draft } = form.data;
		const input = { id: params.channelId, version, draft };
		const saved = await channels.saveChannel(db, { brandId: brand.id }, input);
		if (saved.ok) {
			form.data.version = saved.version;
			return message(form, { type: 'success', text: m.saved() });
		}
		if (saved.reason === 'not-found') error(404, 'Not found');
		return conflictAnswer(form, saved.theirs, m.conflict_saved_elsewhere());
	},

	delete: async ({ locals, params }) => {
		const { brand } = await requireBrand(locals, params.workspaceId, params.brandId, 'editContent');
		const deleted = await channels.deleteChannel(db, { brandId: brand.id }, params.channelId);
		if (!deleted.ok) error(404, 'Not found');
		redirect(303, `/w/${params.workspaceId}/brands/${brand.id}/channels`);
	}
};
