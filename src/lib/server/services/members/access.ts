import type { Role } from '../../../domain/roles';
import type { Db } from '../../db/client';
import { brandsOfWorkspace, setMemberAccess } from '../../queries/access';

export type MembersScope = { workspaceId: string };

export type AccessChange = {
	userId: string;
	version: number;
	brandScope: 'all' | 'chosen';
	/** The role in every brand when `brandScope` is 'all'. */
	role: Role;
	/** The brands and their roles when `brandScope` is 'chosen'. */
	brands: { brandId: string; role: Role }[];
};

export type AccessResult =
	| { ok: true; version: number }
	| { ok: false; reason: 'not-member' | 'last-owner' | 'conflict' }
	| { ok: false; reason: 'no-brands' | 'unknown-brand'; field: 'brands' };

/**
 * Sets what a member reaches: every brand with one role, or chosen brands with a role each. A
 * member limited to chosen brands needs at least one; every brand must be the workspace's. The
 * change is refused when the member was changed since the page showed `version`, and when it
 * would leave the workspace without an all-brands owner.
 */
export async function changeMemberAccess(
	db: Db,
	scope: MembersScope,
	change: AccessChange
): Promise<AccessResult> {
	if (change.brandScope === 'all') {
		return setMemberAccess(db, scope.workspaceId, change.userId, change.version, {
			brandScope: 'all',
			role: change.role
		});
	}
	if (change.brands.length === 0) return { ok: false, reason: 'no-brands', field: 'brands' };
	const ids = change.brands.map((b) => b.brandId);
	const known = await brandsOfWorkspace(db, scope.workspaceId, ids);
	if (known.length !== new Set(ids).size) {
		return { ok: false, reason: 'unknown-brand', field: 'brands' };
	}
	return setMemberAccess(db, scope.workspaceId, change.userId, change.version, {
		brandScope: 'chosen',
		brands: change.brands
	});
}
