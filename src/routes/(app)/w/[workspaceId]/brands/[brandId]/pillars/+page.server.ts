import { error, fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { m } from '$lib/paraglide/messages';
import * as schemas from '$lib/schemas/pillar';
import { conflictAnswer } from '$lib/server/conflict-answer';
import { requireBrand } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { listPillars } from '$lib/server/queries/pillars';
import * as pillars from '$lib/server/services/brands/pillars';
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
		await pillars.addPillar(db, { brandId: brand.id }, form.data);
		return message(form, { type: 'success', text: m.pillar_added() });
	},

	update: async ({ locals, params, request }) => {
		const { brand } = await requireBrand(locals, params.workspaceId, params.brandId, 'editContent');
		const form = await superValidate(request, zod4(schemas.editPillarSchema));
		if (!form.valid) return fail(400, { form });
		const { id, version, ...fields } = form.data;
		const saved = await pillars.savePillar(db, { brandId: brand.id }, { id, version, fields });
		if (saved.ok) {
			form.data.version = saved.version;
			return message(form, { type: 'success', text: m.saved() });
		}
		if (saved.reason === 'not-found') error(404, 'Not found');
		return conflictAnswer(form, saved.theirs, m.conflict_saved_elsewhere());
	},

	delete: async ({ locals, params, request }) => {
		const { brand } = await requireBrand(locals, params.workspaceId, params.brandId, 'editContent');
		const form = await superValidate(request, zod4(schemas.pillarIdSchema));
		if (!form.valid) return fail(400, { form });
		const deleted = await pillars.deletePillar(db, { brandId: brand.id }, form.data.id);
		if (!deleted.ok) error(404, 'Not found');
		return { deleted: m.deleted() };
	}
};
