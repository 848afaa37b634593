import { allowsInWorkspace, roleInBrand } from '$lib/domain/access';
import { requireWorkspace } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { listBrandNames } from '$lib/server/queries/access';
import { listPendingInvitations } from '$lib/server/queries/invitations';
import { listMembers } from '$lib/server/queries/workspaces';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { workspace, access } = await requireWorkspace(locals, params.workspaceId);
	if (!allowsInWorkspace(access, 'seeTeam')) {
		// Let into chosen brands: their brands and their role in each, never the team.
		const brands = (await listBrandNames(db, workspace.id)).flatMap((brand) => {
			const role = roleInBrand(access, brand.id);
			return role ? [{ ...brand, role }] : [];
		});
		return { members: [], pendingInvitations: 0, createdAt: workspace.createdAt, brands };
	}
	const [members, invitations] = await Promise.all([
		listMembers(db, workspace.id),
		workspace.role === 'owner' ? listPendingInvitations(db, workspace.id) : Promise.resolve([])
	]);
	return { members, pendingInvitations: invitations.length, createdAt: workspace.createdAt };
};
