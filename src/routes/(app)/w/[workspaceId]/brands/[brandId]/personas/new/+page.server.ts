import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { personaSchema } from '$lib/schemas/persona';
import { requireBrand } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { createPersona } from '$lib/server/services/brands/personas';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	// A creation form is for editors (the security suite expects 403 for viewers).
	await requireBrand(locals, params.workspaceId, params.brandId, 'editContent');
	return { form: await superValidate(zod4(personaSchema)) };
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const { workspace, brand } = await requireBrand(
			locals,
			params.workspaceId,
			params.brandId,
			'editContent'
		);
		const form = await superValidate(request, zod4(personaSchema));
		if (!form.valid) return fail(400, { form });
		const { version: _version, ...draft } = form.data;
		const created = await createPersona(db, { brandId: brand.id }, draft);
		redirect(303, `/w/${workspace.id}/brands/${brand.id}/personas#persona-${created.id}`);
	}
};
