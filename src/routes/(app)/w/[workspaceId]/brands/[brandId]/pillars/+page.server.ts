import { error, fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { m } from '$lib/paraglide/messages';
import * as schemas from '$lib/schemas/pillar';
import { requireBrand } from '$lib/server/guards';
import { db } from '$lib/server/db';
import {
	listPillars,
	getPillar,
	createPillar,
	updatePillar,
	deletePillar
} from '$lib/server/queries/pillars';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	const pillars = await listPillars(db, brand.id);
	const editAdapter = zod4(schemas.editPillarSchema);
	// One form per pillar, told apart by the pillar's id (superforms' form id).
	const editForm = (pillar: (typeof pillars)[number]) =>
		superValidate(schemas.pillarFormValues(pillar), editAdapter, { id: pillar.id, errors: false });
	return {
		pillars: await Promise.all(pillars.map(async (p) => ({ ...p, form: await editForm(p) }))),
		addForm: await superValidate(
			{ colour: schemas.suggestedColour(pillars.length) },
			zod4(schemas.pillarSchema),
			{ id: 'add-pillar', errors: false }
		)
	};
};

export const actions: Actions = {
	add: async ({ locals, params, request }) => {
		const { brand } = await requireBrand(locals, params.workspaceId, params.brandId, 'editContent');
		const form = await superValidate(request, zod4(schemas.pillarSchema));
		if (!form.valid) return fail(400, { form });
		await createPillar(db, brand.id, schemas.pillarInput(form.data));
		return message(form, { type: 'success', text: m.pillar_added() });
	},

	update: async ({ locals, params, request }) => {
		const { brand } = await requireBrand(locals, params.workspaceId, params.brandId, 'editContent');
		const form = await superValidate(request, zod4(schemas.editPillarSchema));
		if (!form.valid) return fail(400, { form });
		const { id, version } = form.data;
		const input = schemas.pillarInput(form.data);
		const result = await updatePillar(db, brand.id, id, version, input);
		if (!result.ok) {
			// Saved (or deleted) elsewhere meanwhile. Nothing is lost: the typed values stay in this
			// pillar's form and the stored ones are shown beside it; saving again (now at their
			// version) replaces them.
			const fresh = await getPillar(db, brand.id, id);
			if (!fresh) error(404, 'Not found');
			const { version: storedVersion, ...theirs } = schemas.pillarFormValues(fresh);
			form.data.version = storedVersion;
			form.message = { type: 'error', text: m.conflict_saved_elsewhere() };
			return fail(409, { form, theirs });
		}
		form.data.version = result.version;
		return message(form, { type: 'success', text: m.saved() });
	},

	delete: async ({ locals, params, request }) => {
		const { brand } = await requireBrand(locals, params.workspaceId, params.brandId, 'editContent');
		const form = await superValidate(request, zod4(schemas.pillarIdSchema));
		if (!form.valid) return fail(400, { form });
		if (!(await deletePillar(db, brand.id, form.data.id))) error(404, 'Not found');
		return { deleted: m.deleted() };
	}
};
