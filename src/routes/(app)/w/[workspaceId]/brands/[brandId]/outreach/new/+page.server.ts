import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { startSchema } from '$lib/schemas/collaboration';
import { db } from '$lib/server/db';
import { requireBrand } from '$lib/server/guards';
import { findCreators, getCreatorWithProfiles } from '$lib/server/queries/collaborations';
import { loadChoices } from '../pipeline.server';
import { startCollaboration } from './start.server';
import type { Actions, PageServerLoad } from './$types';

const QUERY_MAX = 80;

/** Starting a collaboration is for editors: the page itself answers 403 to a viewer. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { user, workspace, brand } = await requireBrand(
		locals,
		params.workspaceId,
		params.brandId,
		'editContent'
	);
	const query = (url.searchParams.get('q') ?? '').slice(0, QUERY_MAX);
	const chosenId = url.searchParams.get('creator') ?? '';
	const [results, chosen, choices] = await Promise.all([
		findCreators(db, workspace.id, query),
		chosenId ? getCreatorWithProfiles(db, workspace.id, chosenId) : null,
		loadChoices(workspace.id, brand.id)
	]);
	const form = await superValidate(
		// The person starting it owns it unless they choose someone else.
		{ creatorId: chosen?.id ?? '', currency: brand.currency, ownerId: user.id },
		zod4(startSchema),
		{ errors: false }
	);
	return {
		query,
		results,
		chosen: chosen && {
			id: chosen.id,
			name: chosen.name,
			doNotContact: chosen.doNotContact,
			doNotContactReason: chosen.doNotContactReason,
			profiles: chosen.profiles.map((p) => ({ platform: p.platform, handle: p.handle }))
		},
		form,
		...choices
	};
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const { user, workspace, brand } = await requireBrand(
			locals,
			params.workspaceId,
			params.brandId,
			'editContent'
		);
		const form = await superValidate(request, zod4(startSchema));
		if (!form.valid) return fail(400, { form });
		const id = await startCollaboration(form, { user, workspace, brand });
		if (!id) return fail(400, { form });
		redirect(303, `/w/${workspace.id}/brands/${brand.id}/outreach/${id}?created=1`);
	}
};
