import { error, fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { m } from '$lib/paraglide/messages';
import { personaFormValues, personaInput, personaSchema } from '$lib/schemas/persona';
import { requireBrand } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { getPersona, updatePersona, deletePersona } from '$lib/server/queries/personas';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	const persona = await getPersona(db, brand.id, params.personaId);
	if (!persona) error(404, 'Not found');
	const values = personaFormValues(persona);
	return { persona, form: await superValidate(values, zod4(personaSchema), { errors: false }) };
};

export const actions: Actions = {
	save: async ({ locals, params, request }) => {
		const { brand } = await requireBrand(locals, params.workspaceId, params.brandId, 'editContent');
		const form = await superValidate(request, zod4(personaSchema));
		if (!form.valid) return fail(400, { form });
		const id = params.personaId;
		const input = personaInput(form.data);
		const result = await updatePersona(db, brand.id, id, form.data.version, input);
		if (!result.ok && result.reason === 'not-found') error(404, 'Not found');
		if (!result.ok) {
			// Saved elsewhere meanwhile (another tab or teammate). Nothing is lost: the typed values
			// stay in the form and the stored ones are shown beside it; saving again (now at their
			// version) replaces them.
			const fresh = await getPersona(db, brand.id, id);
			if (!fresh) error(404, 'Not found');
			const { version, ...theirs } = personaFormValues(fresh);
			form.data.version = version;
			form.message = { type: 'error', text: m.conflict_saved_elsewhere() };
			return fail(409, { form, theirs });
		}
		form.data = { ...form.data, ...input, version: result.version };
		return message(form, { type: 'success', text: m.saved() });
	},

	delete: async ({ locals, params }) => {
		const { workspace, brand } = await requireBrand(
			locals,
			params.workspaceId,
			params.brandId,
			'editContent'
		);
		if (!(await deletePersona(db, brand.id, params.personaId))) {
			error(404, 'Not found');
		}
		redirect(303, `/w/${workspace.id}/brands/${brand.id}/personas?deleted=1`);
	}
};
