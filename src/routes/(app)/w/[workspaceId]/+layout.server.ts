import { allowsInWorkspace } from '$lib/domain/access';
import { requireWorkspace } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { setLastWorkspace } from '$lib/server/queries/users';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, params }) => {
	const { user, workspace, access } = await requireWorkspace(locals, params.workspaceId);
	// "Home" reopens the workspace used last.
	if (user.lastWorkspaceId !== workspace.id) await setLastWorkspace(db, user.id, workspace.id);
	const seesTeam = allowsInWorkspace(access, 'seeTeam');
	return { workspace: { id: workspace.id, name: workspace.name, role: workspace.role, seesTeam } };
};
