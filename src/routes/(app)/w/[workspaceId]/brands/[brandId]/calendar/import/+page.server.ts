import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from '$lib/domain/item-import';
import { requireBrand } from '$lib/server/guards';
import { newToken } from '$lib/server/crypto';
import { refuseFile } from '$lib/server/csv-upload';
import { db } from '$lib/server/db';
import { getBatch, isBatch } from '$lib/server/queries/import';
import { checkCalendarImport, importCalendarItems } from '$lib/server/services/imports/calendar';
import { confirmSchema, previewView, problemText, readUpload, spellings } from './messages';
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
		const scope = { ...brand, brandId: brand.id };
		const checked = await checkCalendarImport(db, scope, { text, spellings: spellings() });
		if (!checked.ok) return refuseFile(form, problemText(checked.problem));
		const preview = previewView(checked, locals.locale);
		if (checked.errors) return fail(400, { form, preview });
		return { form, preview, confirm: { csv: text, token: newToken() } };
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
		const scope = { ...brand, brandId: brand.id, userId: user.id };
		const outcome = await importCalendarItems(db, scope, {
			text: csv,
			token,
			spellings: spellings()
		});
		if (!outcome.ok && outcome.reason === 'file')
			return refuseFile(form, problemText(outcome.problem));
		if (!outcome.ok && outcome.reason === 'not-ready')
			return fail(400, { form, preview: previewView(outcome.checked, locals.locale) });
		const again = outcome.ok ? '' : '&again';
		redirect(
			303,
			`/w/${workspace.id}/brands/${brand.id}/calendar/import?batch=${outcome.batch}${again}`
		);
	}
};
