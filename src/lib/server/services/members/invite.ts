import type { Role } from '../../../domain/roles';
import type { Db } from '../../db/client';
import { brandsOfWorkspace } from '../../queries/access';
import { createInvitation } from '../../queries/invitations';

export type InviteScope = { workspaceId: string; userId: string };

export type InviteInput = {
	role: Role;
	email: string;
	brandScope: 'all' | 'chosen';
	brandIds: string[];
};

export type InviteResult =
	| { ok: true; token: string }
	| { ok: false; reason: 'no-brands' | 'unknown-brand'; field: 'brandIds' };

/**
 * An invitation link: as `role` in every brand, or in the chosen brands only ("an approver for
 * Bump & Bloom only"), which must be at least one brand of the workspace.
 */
export async function inviteMember(
	db: Db,
	scope: InviteScope,
	input: InviteInput
): Promise<InviteResult> {
	const brandIds = input.brandScope === 'chosen' ? [...new Set(input.brandIds)] : [];
	if (input.brandScope === 'chosen') {
		if (brandIds.length === 0) return { ok: false, reason: 'no-brands', field: 'brandIds' };
		const known = await brandsOfWorkspace(db, scope.workspaceId, brandIds);
		if (known.length !== brandIds.length) {
			return { ok: false, reason: 'unknown-brand', field: 'brandIds' };
		}
	}
	const { token } = await createInvitation(db, {
		workspaceId: scope.workspaceId,
		role: input.role,
		email: input.email,
		createdBy: scope.userId,
		brandScope: input.brandScope,
		brandIds
	});
	return { ok: true, token };
}
