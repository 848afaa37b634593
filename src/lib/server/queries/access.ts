import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Access, BrandScope } from '../../domain/access';
import { membershipRoleFor } from '../../domain/access';
import { checkMembershipChange, type Role } from '../../domain/roles';
import type { Db } from '../db/client';
import { brands, memberBrands, memberships, users } from '../db/schema';

/** A member's brands and roles in them, for a membership limited to chosen brands. */
export async function listBrandRoles(db: Db, workspaceId: string, userId: string) {
	return db
		.select({ brandId: memberBrands.brandId, role: memberBrands.role })
		.from(memberBrands)
		.where(and(eq(memberBrands.workspaceId, workspaceId), eq(memberBrands.userId, userId)));
}

/** What a membership grants (domain/access.ts), read fresh on every request. */
export async function getAccess(
	db: Db,
	workspaceId: string,
	userId: string,
	membership: { role: Role; brandScope: BrandScope }
): Promise<Access> {
	if (membership.brandScope === 'all') return { scope: 'all', role: membership.role };
	const rows = await listBrandRoles(db, workspaceId, userId);
	return { scope: 'chosen', brands: new Map(rows.map((r) => [r.brandId, r.role])) };
}

/** Every chosen-brand grant of the workspace, for the members page. */
export async function listWorkspaceBrandRoles(db: Db, workspaceId: string) {
	return db
		.select({
			userId: memberBrands.userId,
			brandId: memberBrands.brandId,
			brandName: brands.name,
			role: memberBrands.role
		})
		.from(memberBrands)
		.innerJoin(brands, eq(brands.id, memberBrands.brandId))
		.where(eq(memberBrands.workspaceId, workspaceId))
		.orderBy(asc(brands.name), asc(brands.id));
}

/** Of `brandIds`, the ones that are brands of the workspace. */
export async function brandsOfWorkspace(db: Db, workspaceId: string, brandIds: string[]) {
	if (brandIds.length === 0) return [];
	const rows = await db
		.select({ id: brands.id })
		.from(brands)
		.where(and(eq(brands.workspaceId, workspaceId), inArray(brands.id, brandIds)));
	return rows.map((r) => r.id);
}

export type MemberAccessInput =
	| { brandScope: 'all'; role: Role }
	| { brandScope: 'chosen'; brands: { brandId: string; role: Role }[] };

export type SetAccessResult =
	{ ok: true; version: number } | { ok: false; reason: 'not-member' | 'last-owner' | 'conflict' };

/**
 * Replaces a member's role and brands in one write transaction, if the membership is still at
 * `version` (a members page opened before someone else's change is refused). The last-owner
 * rule is checked inside the same transaction, as for role changes.
 */
export async function setMemberAccess(
	db: Db,
	workspaceId: string,
	userId: string,
	version: number,
	input: MemberAccessInput
): Promise<SetAccessResult> {
	const role =
		input.brandScope === 'all' ? input.role : membershipRoleFor(input.brands.map((b) => b.role));
	return db.transaction(async (tx) => {
		const members = await tx
			.select({ userId: memberships.userId, role: memberships.role, version: memberships.version })
			.from(memberships)
			.where(eq(memberships.workspaceId, workspaceId));
		const check = checkMembershipChange(members, { kind: 'change-role', userId, role });
		if (!check.ok) return check;
		const updated = await tx
			.update(memberships)
			.set({ role, brandScope: input.brandScope, version: sql`${memberships.version} + 1` })
			.where(
				and(
					eq(memberships.workspaceId, workspaceId),
					eq(memberships.userId, userId),
					eq(memberships.version, version)
				)
			)
			.returning({ version: memberships.version });
		if (updated.length === 0) return { ok: false, reason: 'conflict' };
		await tx
			.delete(memberBrands)
			.where(and(eq(memberBrands.workspaceId, workspaceId), eq(memberBrands.userId, userId)));
		if (input.brandScope === 'chosen' && input.brands.length > 0) {
			await tx
				.insert(memberBrands)
				.values(
					input.brands.map((b) => ({ workspaceId, userId, brandId: b.brandId, role: b.role }))
				);
		}
		return { ok: true, version: updated[0].version };
	});
}

/** Every brand of the workspace by name, archived ones too: what access can be given to. */
export async function listBrandNames(db: Db, workspaceId: string) {
	return db
		.select({ id: brands.id, name: brands.name })
		.from(brands)
		.where(eq(brands.workspaceId, workspaceId))
		.orderBy(asc(brands.name), asc(brands.id));
}

/** The people who see a brand: members of every brand, and those given this one. */
export async function listBrandAudience(db: Db, workspaceId: string, brandId: string) {
	return db
		.select({ userId: users.id, name: users.name })
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.leftJoin(
			memberBrands,
			and(eq(memberBrands.userId, memberships.userId), eq(memberBrands.brandId, brandId))
		)
		.where(
			and(
				eq(memberships.workspaceId, workspaceId),
				or(eq(memberships.brandScope, 'all'), eq(memberBrands.brandId, brandId))
			)
		)
		.orderBy(asc(users.name), asc(users.id));
}
