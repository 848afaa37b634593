import { redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { listWorkspacesForUser } from '$lib/server/queries/workspaces';
import type { PageServerLoad } from './$types';

/** Home: the workspace used last, else the first one, else a prompt to create one. */
export const load: PageServerLoad = async ({ locals }) => {
	const user = requireUser(locals);
	const workspaces = await listWorkspacesForUser(db, user.id);
	const target = workspaces.find((w) => w.id === user.lastWorkspaceId) ?? workspaces[0];
	redirect(303, target ? `/w/${target.id}` : '/workspaces/new');
};
