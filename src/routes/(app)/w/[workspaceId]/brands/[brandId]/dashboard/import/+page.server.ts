import { fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { CSV_MAX_ROWS, type CsvProblem } from '$lib/domain/csv-read';
import { m } from '$lib/paraglide/messages';
import { mappingSchema } from '$lib/schemas/audience-import';
import { CSV_LIMITS, refuseFile } from '$lib/server/csv-upload';
import { db } from '$lib/server/db';
import { requireBrand } from '$lib/server/guards';
import { listImportBatches } from '$lib/server/queries/audience-import';
import { applyAudienceImport, checkAudienceImport } from '$lib/server/services/imports/audience';
import { fileProblemText, readImportUpload, view } from './messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	return {
		history: await listImportBatches(db, brand.id),
		limits: { kb: CSV_LIMITS.kb, rows: CSV_MAX_ROWS }
	};
};

const refuse = (form: Parameters<typeof message>[0], problem: CsvProblem) =>
	message(form, { type: 'error', text: fileProblemText(problem) }, { status: 400 });

const edit = (locals: App.Locals, params: { workspaceId: string; brandId: string }) =>
	requireBrand(locals, params.workspaceId, params.brandId, 'editContent');

export const actions: Actions = {
	/** Reads the file and shows the mapping step or the preview; writes nothing. */
	preview: async ({ locals, params, request }) => {
		const { brand } = await edit(locals, params);
		const upload = await readImportUpload(request);
		if (!upload.ok) return upload.failure;
		const { text, fileName } = upload;
		const scope = { ...brand, brandId: brand.id };
		const checked = await checkAudienceImport(db, scope, { text, fileName, mapping: null });
		if (!checked.ok) return refuseFile(upload.form, fileProblemText(checked.problem));
		return { form: upload.form, ...view(checked) };
	},
	/** The same, with the columns matched by hand. */
	map: async ({ locals, params, request }) => {
		const { brand } = await edit(locals, params);
		const form = await superValidate(request, zod4(mappingSchema));
		if (!form.valid) return fail(400, { form });
		const { csv, fileName, dateColumn, dateFormat, targets } = form.data;
		const mapping = { dateColumn, dateFormat, targets: targets.map((t) => t || null) };
		const scope = { ...brand, brandId: brand.id };
		const checked = await checkAudienceImport(db, scope, { text: csv, fileName, mapping });
		if (!checked.ok) return refuse(form, checked.problem);
		return { form, ...view(checked) };
	},
	/** Checks everything again and writes one batch, or nothing when nothing would change. */
	confirm: async ({ locals, params, request }) => {
		const { user, brand } = await edit(locals, params);
		const form = await superValidate(request, zod4(mappingSchema));
		if (!form.valid) return fail(400, { form });
		const { csv, fileName, dateColumn, dateFormat, targets } = form.data;
		const mapping = { dateColumn, dateFormat, targets: targets.map((t) => t || null) };
		const scope = { ...brand, brandId: brand.id, userId: user.id };
		const applied = await applyAudienceImport(db, scope, { text: csv, fileName, mapping });
		if (!applied.ok && applied.reason === 'file') return refuse(form, applied.problem);
		if (!applied.ok && applied.reason === 'not-ready')
			return fail(400, { form, ...view(applied.checked) });
		if (!applied.ok) return { form, nothing: m.imp_nothing_done() };
		const { batchId } = applied;
		const base = `/w/${params.workspaceId}/brands/${brand.id}/dashboard/import`;
		redirect(303, `${base}/${batchId}?done`);
	}
};
