/**
 * Roles, weakest first, in a workspace (all brands) or in one brand. An approver sees and comments
 * on everything of its brands and changes nothing else (approving content comes with approvals).
 * Kept free of database imports so the client can use them.
 */
export const ROLES = ['viewer', 'approver', 'editor', 'owner'] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { viewer: 0, approver: 1, editor: 2, owner: 3 };

export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** True when `role` is at least `needed`. */
export function atLeast(role: Role, needed: Role) {
	return RANK[role] >= RANK[needed];
}

/** What each role may do; a route names the capability, never a role. */
export const can = {
	read: (role: Role) => atLeast(role, 'viewer'),
	// Every member who can see an item or collaboration may discuss it, viewers included.
	comment: (role: Role) => atLeast(role, 'viewer'),
	// The team list, the members pages and the workspace's settings: every member of all brands;
	// never someone let into chosen brands (a client need not see the agency's other clients).
	seeTeam: (role: Role) => atLeast(role, 'viewer'),
	editContent: (role: Role) => atLeast(role, 'editor'),
	manageMembers: (role: Role) => atLeast(role, 'owner'),
	manageWorkspace: (role: Role) => atLeast(role, 'owner'),
	// A new brand is reached by every all-brands member; someone limited to chosen brands would
	// make one they could not open, so it is a workspace-wide capability (see domain/access.ts).
	createBrand: (role: Role) => atLeast(role, 'editor'),
	// Deleting a creator deletes their collaborations with every brand: an all-brands editor's call.
	deleteCreator: (role: Role) => atLeast(role, 'editor'),
	// Wipes a brand with everything planned in it: not an editor's call.
	deleteBrand: (role: Role) => atLeast(role, 'owner')
};

export type MemberRef = { userId: string; role: Role };

export type MembershipChange =
	{ kind: 'change-role'; userId: string; role: Role } | { kind: 'remove'; userId: string };

/**
 * Whether a change keeps the workspace governable: every workspace keeps at least one owner, so
 * the last owner can neither leave, be removed, nor be demoted.
 */
export function checkMembershipChange(
	members: readonly MemberRef[],
	change: MembershipChange
): { ok: true } | { ok: false; reason: 'not-member' | 'last-owner' } {
	const target = members.find((m) => m.userId === change.userId);
	if (!target) return { ok: false, reason: 'not-member' };
	const losesOwner =
		target.role === 'owner' && (change.kind === 'remove' || change.role !== 'owner');
	if (losesOwner && members.filter((m) => m.role === 'owner').length <= 1) {
		return { ok: false, reason: 'last-owner' };
	}
	return { ok: true };
}
