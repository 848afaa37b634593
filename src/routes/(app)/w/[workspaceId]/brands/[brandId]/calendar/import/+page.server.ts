import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from '$lib/domain/item-import';
import { requireBrand } from '$lib/server/guards';
import { newToken } from '$lib/server/crypto';
import { refuseFile } from '$lib/server/csv-upload';
import { db } from '$lib/server/db';
import { getBatch, importItems, isBatch } from '$lib/server/queries/import';
import { checkImport, confirmSchema, readUpload } from './import.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	// `?batch=` names an import just made: its count is read back, so the URL cannot claim more.
	const batch = url.searchParams.get('batch') ?? '';
	const done = isBatch(batch)
		? { ...(await getBatch(db, brand.id, batch)), again: url.searchParams.has('again') }
		: null;
	return { done, limits: { kb: Math.floor(IMPORT_MAX_BYTES / 1000), rows: IMPORT_MAX_ROWS } };
};

export const actions: Actions = {
	/** Reads and checks the file; writes nothing. A clean file comes back with a confirm token. */
	preview: async ({ locals, params, request }) => {
		const { brand } = await requireBrand(locals, params.workspaceId, params.brandId, 'editContent');
		const upload = await readUpload(request);
		if (!upload.ok) return upload.failure;
		const { form, text } = upload;
		const checked = await checkImport(brand, text, locals.locale);
		if (!checked.ok) return refuseFile(form, checked.message);
		if (checked.preview.errors) return fail(400, { form, preview: checked.preview });
		return { form, preview: checked.preview, confirm: { csv: text, token: newToken() } };
	},
	/**
	 * Checks the file again (the browser's copy proves nothing) and writes every row or none.
	 * The same confirmation sent twice names the same batch, which is then found, not re-written.
	 */
	confirm: async ({ locals, params, request }) => {
		const { user, workspace, brand } = await requireBrand(
			locals,
			params.workspaceId,
			params.brandId,
			'editContent'
		);
		const form = await superValidate(request, zod4(confirmSchema));
		if (!form.valid) return fail(400, { form });
		const { csv, token } = form.data;
		const checked = await checkImport(brand, csv, locals.locale);
		if (!checked.ok) return refuseFile(form, checked.message);
		if (checked.preview.errors) return fail(400, { form, preview: checked.preview });
		// Browsers resend a form's line breaks as CRLF whatever the page held: the batch ignores them.
		const seed = `${token}\u0000${csv.replace(/\r\n?/g, '\n')}`;
		const outcome = await importItems(db, brand.id, seed, checked.items, user.id);
		const again = outcome.ok ? '' : '&again';
		redirect(
			303,
			`/w/${workspace.id}/brands/${brand.id}/calendar/import?batch=${outcome.batch}${again}`
		);
	}
};
