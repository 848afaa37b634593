import { error, fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { m } from '$lib/paraglide/messages';
import { renameWorkspaceSchema } from '$lib/schemas/workspace';
import { requireWorkspace } from '$lib/server/guards';
import { db } from '$lib/server/db';
import * as workspaces from '$lib/server/queries/workspaces';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { workspace } = await requireWorkspace(locals, params.workspaceId);
	const values = { name: workspace.name, version: workspace.version };
	return {
		renameForm: await superValidate(values, zod4(renameWorkspaceSchema), { errors: false })
	};
};

export const actions: Actions = {
	rename: async ({ locals, params, request }) => {
		const { workspace } = await requireWorkspace(locals, params.workspaceId, 'manageWorkspace');
		const form = await superValidate(request, zod4(renameWorkspaceSchema));
		if (!form.valid) return fail(400, { renameForm: form });
		const result = await workspaces.renameWorkspace(
			db,
			workspace.id,
			form.data.version,
			form.data.name
		);
		if (!result.ok) {
			// Someone saved first (`workspace` was read by this request, after their save). Nothing is
			// lost: the typed name stays in the form and theirs is shown beside it; saving again (now
			// at their version) replaces theirs.
			form.data.version = workspace.version;
			form.message = { type: 'error', text: m.error_conflict() };
			return fail(409, { renameForm: form, theirs: { name: workspace.name } });
		}
		form.data.version = result.version;
		return message(form, { type: 'success', text: m.saved() });
	},

	leave: async ({ locals, params }) => {
		const { user, workspace } = await requireWorkspace(locals, params.workspaceId);
		const result = await workspaces.removeMember(db, workspace.id, user.id);
		if (!result.ok && result.reason === 'not-member') error(404, 'Not found');
		if (!result.ok) return fail(409, { leaveError: m.error_last_owner_leave() });
		redirect(303, '/');
	}
};
