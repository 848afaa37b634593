import { requireWorkspace } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { listPendingInvitations } from '$lib/server/queries/invitations';
import { listMembers } from '$lib/server/queries/workspaces';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { workspace } = await requireWorkspace(locals, params.workspaceId);
	const [members, invitations] = await Promise.all([
		listMembers(db, workspace.id),
		workspace.role === 'owner' ? listPendingInvitations(db, workspace.id) : Promise.resolve([])
	]);
	return { members, pendingInvitations: invitations.length, createdAt: workspace.createdAt };
};
