import { fail, redirect } from '@sveltejs/kit';
import { setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { today } from '$lib/domain/zoned-time';
import { m } from '$lib/paraglide/messages';
import { noteSchema } from '$lib/schemas/annotation';
import { db } from '$lib/server/db';
import { requireBrand } from '$lib/server/guards';
import { listNotes } from '$lib/server/queries/annotations';
import { listMetrics } from '$lib/server/queries/metrics';
import { addNote } from '$lib/server/services/audience/notes';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	const values = { day: today(brand.marketTimeZone), text: '', metricId: '', version: 0 };
	const form = await superValidate(values, zod4(noteSchema), { errors: false });
	if (url.searchParams.has('added')) form.message = { type: 'success', text: m.dash_note_added() };
	if (url.searchParams.has('deleted')) {
		form.message = { type: 'success', text: m.dash_note_deleted() };
	}
	return {
		notes: await listNotes(db, brand.id),
		metrics: await listMetrics(db, brand.id),
		form
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
		const form = await superValidate(request, zod4(noteSchema));
		if (!form.valid) return fail(400, { form });
		const { version: _version, ...draft } = form.data;
		const added = await addNote(db, { brandId: brand.id, userId: user.id }, draft);
		if (!added.ok) return setError(form, added.field, m.dash_note_error_metric());
		redirect(303, `/w/${workspace.id}/brands/${brand.id}/dashboard/notes?added=1`);
	}
};
