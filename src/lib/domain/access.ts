import { atLeast, can, type Role } from './roles';

/** Which brands a member reaches: every brand of the workspace, or the chosen ones only. */
export const BRAND_SCOPES = ['all', 'chosen'] as const;
export type BrandScope = (typeof BRAND_SCOPES)[number];

export type Capability = keyof typeof can;

/**
 * What a membership grants. With `all`, `role` applies in every brand and in the workspace; with
 * `chosen`, each listed brand has its own role and every other brand does not exist for them.
 */
export type Access =
	{ scope: 'all'; role: Role } | { scope: 'chosen'; brands: ReadonlyMap<string, Role> };

/**
 * Capabilities that concern the whole workspace, not one brand: a member limited to chosen brands
 * never has them, whatever their role in a brand (an owner of one brand cannot manage the team).
 */
const WORKSPACE_WIDE = new Set<Capability>([
	'seeTeam',
	'manageMembers',
	'manageWorkspace',
	'createBrand',
	'deleteCreator'
]);

/** The member's role in a brand, or null when the brand is out of their reach (callers 404). */
export function roleInBrand(access: Access, brandId: string): Role | null {
	return access.scope === 'all' ? access.role : (access.brands.get(brandId) ?? null);
}

/**
 * The role that applies to workspace-level things (the creators directory, the brands list):
 * with chosen brands, their strongest brand role, but never owner of the workspace.
 */
export function workspaceRole(access: Access): Role {
	if (access.scope === 'all') return access.role;
	let best: Role = 'viewer';
	for (const role of access.brands.values()) if (atLeast(role, best)) best = role;
	return best === 'owner' ? 'editor' : best;
}

/** Whether the member may do `capability` in the workspace (outside any brand). */
export function allowsInWorkspace(access: Access, capability: Capability): boolean {
	if (access.scope === 'chosen' && WORKSPACE_WIDE.has(capability)) return false;
	return can[capability](workspaceRole(access));
}

/**
 * Whether the member may do `capability` in a brand: 'hidden' when they do not reach the brand
 * (404, like a brand that does not exist), 'forbidden' when they see it but their role may not
 * (403), 'allowed' otherwise.
 */
export function allowsInBrand(
	access: Access,
	brandId: string,
	capability: Capability
): 'allowed' | 'forbidden' | 'hidden' {
	const role = roleInBrand(access, brandId);
	if (!role) return 'hidden';
	if (WORKSPACE_WIDE.has(capability)) {
		return allowsInWorkspace(access, capability) ? 'allowed' : 'forbidden';
	}
	return can[capability](role) ? 'allowed' : 'forbidden';
}

/** Brand ids the member reaches, or null for every brand of the workspace. */
export function visibleBrandIds(access: Access): string[] | null {
	return access.scope === 'all' ? null : [...access.brands.keys()];
}

/**
 * The role stored on a membership limited to chosen brands, so lists and the last-owner rule read
 * one column: the same as `workspaceRole`.
 */
export function membershipRoleFor(brandRoles: Iterable<Role>): Role {
	return workspaceRole({
		scope: 'chosen',
		brands: new Map([...brandRoles].map((r, i) => [`${i}`, r]))
	});
}

/**
 * Which creators of the directory the member sees: every one when they reach all brands or edit a
 * brand (editors work with creators: they find and add them), else only the creators their
 * brands work with. Collaborations are always limited to the brands they reach
 * (`visibleBrandIds`).
 */
export function creatorScope(access: Access): { withBrands?: string[] } {
	if (access.scope === 'all' || can.editContent(workspaceRole(access))) return {};
	return { withBrands: [...access.brands.keys()] };
}
