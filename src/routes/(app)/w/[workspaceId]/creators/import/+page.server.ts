import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { CSV_MAX_ROWS } from '$lib/domain/csv-read';
import { can } from '$lib/domain/roles';
import { m } from '$lib/paraglide/messages';
import { newToken } from '$lib/server/crypto';
import { CSV_LIMITS, refuseFile } from '$lib/server/csv-upload';
import { db } from '$lib/server/db';
import { requireWorkspace } from '$lib/server/guards';
import { getCreatorBatch, isCreatorBatch } from '$lib/server/queries/creator-import';
import {
	checkCreatorImport,
	hasNew,
	importCreatorFile
} from '$lib/server/services/imports/creators';
import { confirmSchema, previewView, problemText, readUpload, vocabulary } from './messages';
import type { PreviewView } from './messages';
import type { Actions, PageServerLoad } from './$types';

// Only a preview with something new to write carries the token a confirmation needs.
const confirmable = (csv: string, preview: PreviewView) =>
	hasNew(preview.counts) ? { csv, token: newToken() } : null;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { workspace } = await requireWorkspace(locals, params.workspaceId);
	// `?batch=` names an import just made: its counts are read back, so the URL cannot claim more.
	const batch = url.searchParams.get('batch') ?? '';
	const done = isCreatorBatch(batch)
		? { ...(await getCreatorBatch(db, workspace.id, batch)), again: url.searchParams.has('again') }
		: null;
	return {
		canEdit: can.editContent(workspace.role),
		done,
		limits: { kb: CSV_LIMITS.kb, rows: CSV_MAX_ROWS }
	};
};

export const actions: Actions = {
	/** Reads and checks the file against the directory; writes nothing. */
	preview: async ({ locals, params, request }) => {
		const { workspace } = await requireWorkspace(locals, params.workspaceId, 'editContent');
		const upload = await readUpload(request);
		if (!upload.ok) return upload.failure;
		const { form, text } = upload;
		const scope = { workspaceId: workspace.id };
		const checked = await checkCreatorImport(db, scope, { text, vocabulary: vocabulary() });
		if (!checked.ok) return refuseFile(form, problemText(checked.problem));
		const preview = previewView(checked, locals.locale);
		if (preview.errors) return fail(400, { form, preview });
		return { form, preview, confirm: confirmable(text, preview) };
	},
	/**
	 * Checks the file again (the browser's copy proves nothing) and writes every new creator and
	 * profile or none. The same confirmation sent twice names the same batch and writes nothing.
	 */
	confirm: async ({ locals, params, request }) => {
		const { user, workspace } = await requireWorkspace(locals, params.workspaceId, 'editContent');
		const form = await superValidate(request, zod4(confirmSchema));
		if (!form.valid) return fail(400, { form });
		const { csv, token } = form.data;
		const scope = { workspaceId: workspace.id, userId: user.id };
		const input = { text: csv, token, vocabulary: vocabulary() };
		const outcome = await importCreatorFile(db, scope, input);
		if (!outcome.ok && outcome.reason === 'file')
			return refuseFile(form, problemText(outcome.problem));
		if (!outcome.ok && outcome.reason === 'not-ready')
			return fail(400, { form, preview: previewView(outcome.checked, locals.locale) });
		if (!outcome.ok && outcome.reason === 'conflict') {
			// Someone else's import won the race: show the directory as it is now.
			const preview = previewView(outcome.checked, locals.locale);
			const conflict = m.creator_csv_conflict();
			return fail(409, { form, preview, confirm: confirmable(csv, preview), conflict });
		}
		const repeat = outcome.ok ? '' : '&again';
		redirect(303, `/w/${workspace.id}/creators/import?batch=${outcome.batch}${repeat}`);
	}
};
