import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { listTimeZones } from '$lib/domain/time';
import { brandSchema } from '$lib/schemas/brand';
import { requireWorkspace } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { createBrand } from '$lib/server/services/brands/brands';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	await requireWorkspace(locals, params.workspaceId, 'createBrand');
	const defaults = { targetMarkets: ['US'], marketTimeZone: 'America/New_York' };
	return {
		form: await superValidate(defaults, zod4(brandSchema), { errors: false }),
		timeZones: listTimeZones()
	};
};

export const actions: Actions = {
	save: async ({ locals, params, request }) => {
		const { workspace } = await requireWorkspace(locals, params.workspaceId, 'createBrand');
		const form = await superValidate(request, zod4(brandSchema));
		if (!form.valid) return fail(400, { form });
		const { version: _version, ...draft } = form.data;
		const created = await createBrand(db, { workspaceId: workspace.id }, draft);
		redirect(303, `/w/${workspace.id}/brands/${created.id}`);
	}
};
