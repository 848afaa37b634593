import { fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { CSV_MAX_ROWS } from '$lib/domain/csv-read';
import { m } from '$lib/paraglide/messages';
import { mappingSchema } from '$lib/schemas/audience-import';
import { CSV_LIMITS, refuseFile } from '$lib/server/csv-upload';
import { db } from '$lib/server/db';
import { requireBrand } from '$lib/server/guards';
import { applyImport, listImportBatches } from '$lib/server/queries/audience-import';
import { checkImport, fileHash, readImportUpload, view } from './import.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	return {
		history: await listImportBatches(db, brand.id),
		limits: { kb: CSV_LIMITS.kb, rows: CSV_MAX_ROWS }
	};
};

const edit = (locals: App.Locals, params: { workspaceId: string; brandId: string }) =>
	requireBrand(locals, params.workspaceId, params.brandId, 'editContent');

export const actions: Actions = {
	/** Reads the file and shows the mapping step or the preview; writes nothing. */
	preview: async ({ locals, params, request }) => {
		const { brand } = await edit(locals, params);
		const upload = await readImportUpload(request);
		if (!upload.ok) return upload.failure;
		const checked = await checkImport(brand, upload.text, upload.fileName, null);
		if (!checked.ok) return refuseFile(upload.form, checked.message);
		return { form: upload.form, ...view(checked) };
	},
	/** The same, with the columns matched by hand. */
	map: async ({ locals, params, request }) => {
		const { brand } = await edit(locals, params);
		const form = await superValidate(request, zod4(mappingSchema));
		if (!form.valid) return fail(400, { form });
		const { csv, fileName, dateColumn, dateFormat, targets } = form.data;
		const mapping = { dateColumn, dateFormat, targets: targets.map((t) => t || null) };
		const checked = await checkImport(brand, csv, fileName, mapping);
		if (!checked.ok)
			return message(form, { type: 'error', text: checked.message }, { status: 400 });
		return { form, ...view(checked) };
	},
	/** Checks everything again and writes one batch, or nothing when nothing would change. */
	confirm: async ({ locals, params, request }) => {
		const { user, brand } = await edit(locals, params);
		const form = await superValidate(request, zod4(mappingSchema));
		if (!form.valid) return fail(400, { form });
		const { csv, fileName, dateColumn, dateFormat, targets } = form.data;
		const mapping = { dateColumn, dateFormat, targets: targets.map((t) => t || null) };
		const checked = await checkImport(brand, csv, fileName, mapping);
		if (!checked.ok)
			return message(form, { type: 'error', text: checked.message }, { status: 400 });
		if (checked.step === 'map' || checked.preview.errors)
			return fail(400, { form, ...view(checked) });
		const { batchId } = await applyImport(db, brand.id, user.id, {
			fileName,
			format: checked.map.format,
			fileHash: fileHash(csv),
			rowCount: checked.rowCount,
			values: checked.values
		});
		if (!batchId) return { form, nothing: m.imp_nothing_done() };
		const base = `/w/${params.workspaceId}/brands/${brand.id}/dashboard/import`;
		redirect(303, `${base}/${batchId}?done`);
	}
};
