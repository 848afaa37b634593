import { error, fail, redirect } from '@sveltejs/kit';
import { message, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { m } from '$lib/paraglide/messages';
import { deleteNoteSchema, noteSchema } from '$lib/schemas/annotation';
import { db } from '$lib/server/db';
import { conflictAnswer } from '$lib/server/conflict-answer';
import { requireBrand } from '$lib/server/guards';
import * as notes from '$lib/server/queries/annotations';
import { deleteNote, saveNote } from '$lib/server/services/audience/notes';
import { listMetrics } from '$lib/server/queries/metrics';
import type { Actions, PageServerLoad } from './$types';

async function noteOr404(brandId: string, id: string) {
	const note = await notes.getNote(db, brandId, id);
	if (!note) error(404, 'Not found');
	return note;
}

export const load: PageServerLoad = async ({ locals, params }) => {
	const { brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	const note = await noteOr404(brand.id, params.annotationId);
	const values = { ...note, metricId: note.metricId ?? '' };
	return {
		note,
		metrics: await listMetrics(db, brand.id),
		form: await superValidate(values, zod4(noteSchema), { errors: false }),
		deleteForm: await superValidate(zod4(deleteNoteSchema), { id: 'delete' })
	};
};

export const actions: Actions = {
	save: async ({ locals, params, request }) => {
		const guard = [locals, params.workspaceId, params.brandId, 'editContent'] as const;
		const { brand } = await requireBrand(...guard);
		await noteOr404(brand.id, params.annotationId);
		const form = await superValidate(request, zod4(noteSchema));
		if (!form.valid) return fail(400, { form });
		const { version, ...draft } = form.data;
		const input = { id: params.annotationId, version, draft };
		const saved = await saveNote(db, { brandId: brand.id }, input);
		if (saved.ok) {
			form.data.version = saved.version;
			return message(form, { type: 'success', text: m.saved() });
		}
		if (saved.reason === 'unknown-metric')
			return setError(form, saved.field, m.dash_note_error_metric());
		if (saved.reason === 'not-found') error(404, 'Not found');
		return conflictAnswer(form, saved.theirs, m.dash_note_conflict());
	},

	delete: async ({ locals, params, request }) => {
		const { workspace, brand } = await requireBrand(
			locals,
			params.workspaceId,
			params.brandId,
			'editContent'
		);
		await noteOr404(brand.id, params.annotationId);
		const deleteForm = await superValidate(request, zod4(deleteNoteSchema), { id: 'delete' });
		if (!deleteForm.valid) return fail(400, { deleteForm });
		const deleted = await deleteNote(db, { brandId: brand.id }, params.annotationId);
		if (!deleted.ok) error(404, 'Not found');
		redirect(303, `/w/${workspace.id}/brands/${brand.id}/dashboard/notes?deleted=1`);
	}
};
