import { error, fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { m } from '$lib/paraglide/messages';
import { personaFormValues, personaSchema } from '$lib/schemas/persona';
import { conflictAnswer } from '$lib/server/conflict-answer';
import { requireBrand } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { getPersona } from '$lib/server/queries/personas';
import * as personas from '$lib/server/services/brands/personas';
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
		const { version, ...draft } = form.data;
		const input = { id: params.personaId, version, draft };
		const saved = await personas.savePersona(db, { brandId: brand.id }, input);
		if (saved.ok) {
			form.data = { ...form.data, ...saved.stored, version: saved.version };
			return message(form, { type: 'success', text: m.saved() });
		}
		if (saved.reason === 'not-found') error(404, 'Not found');
		return conflictAnswer(form, saved.theirs, m.conflict_saved_elsewhere());
	},

	delete: async ({ locals, params }) => {
		const { workspace, brand } = await requireBrand(
			locals,
			params.workspaceId,
			params.brandId,
			'editContent'
		);
		const deleted = await personas.deletePersona(db, { brandId: brand.id }, params.personaId);
		if (!deleted.ok) error(404, 'Not found');
		redirect(303, `/w/${workspace.id}/brands/${brand.id}/personas?deleted=1`);
	}
};
