import { and, asc, eq, sql } from 'drizzle-orm';
import { checkMembershipChange, type Role } from '../../domain/roles';
import type { Db } from '../db/client';
import { memberBrands, memberships, users, workspaces } from '../db/schema';
import { newId } from '../db/ids';

export async function createWorkspace(db: Db, ownerId: string, name: string) {
	const id = newId();
	await db.batch([
		db.insert(workspaces).values({ id, name }),
		db.insert(memberships).values({ workspaceId: id, userId: ownerId, role: 'owner' })
	]);
	return id;
}

export async function listWorkspacesForUser(db: Db, userId: string) {
	return db
		.select({ id: workspaces.id, name: workspaces.name, role: memberships.role })
		.from(memberships)
		.innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
		.where(eq(memberships.userId, userId))
		.orderBy(asc(workspaces.name), asc(workspaces.id));
}

/** The caller's view of a workspace, or null when they are not a member (callers answer 404). */
export async function getWorkspaceForMember(db: Db, workspaceId: string, userId: string) {
	const [row] = await db
		.select({
			id: workspaces.id,
			name: workspaces.name,
			version: workspaces.version,
			createdAt: workspaces.createdAt,
			role: memberships.role,
			brandScope: memberships.brandScope
		})
		.from(memberships)
		.innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
		.where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
	return row ?? null;
}

export async function listMembers(db: Db, workspaceId: string) {
	return db
		.select({
			userId: users.id,
			name: users.name,
			email: users.email,
			role: memberships.role,
			brandScope: memberships.brandScope,
			version: memberships.version,
			joinedAt: memberships.createdAt
		})
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(eq(memberships.workspaceId, workspaceId))
		.orderBy(asc(users.name), asc(users.id));
}

export async function renameWorkspace(db: Db, workspaceId: string, version: number, name: string) {
	const updated = await db
		.update(workspaces)
		.set({ name, version: sql`${workspaces.version} + 1` })
		.where(and(eq(workspaces.id, workspaceId), eq(workspaces.version, version)))
		.returning({ version: workspaces.version });
	return updated.length
		? { ok: true as const, version: updated[0].version }
		: { ok: false as const, reason: 'conflict' as const };
}

type ChangeResult = { ok: true } | { ok: false; reason: 'not-member' | 'last-owner' };

/**
 * Role changes and removals read the member list and write in one write transaction, so two
 * owners demoting each other at once cannot leave the workspace without an owner.
 */
export async function changeMemberRole(
	db: Db,
	workspaceId: string,
	userId: string,
	role: Role
): Promise<ChangeResult> {
	return db.transaction(async (tx) => {
		const members = await tx
			.select({ userId: memberships.userId, role: memberships.role })
			.from(memberships)
			.where(eq(memberships.workspaceId, workspaceId));
		const check = checkMembershipChange(members, { kind: 'change-role', userId, role });
		if (!check.ok) return check;
		// A role set here is the role in every brand (chosen brands are set on the member's page).
		await tx
			.update(memberships)
			.set({ role, brandScope: 'all', version: sql`${memberships.version} + 1` })
			.where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
		await tx
			.delete(memberBrands)
			.where(and(eq(memberBrands.workspaceId, workspaceId), eq(memberBrands.userId, userId)));
		return { ok: true };
	});
}

export async function removeMember(
	db: Db,
	workspaceId: string,
	userId: string
): Promise<ChangeResult> {
	return db.transaction(async (tx) => {
		const members = await tx
			.select({ userId: memberships.userId, role: memberships.role })
			.from(memberships)
			.where(eq(memberships.workspaceId, workspaceId));
		const check = checkMembershipChange(members, { kind: 'remove', userId });
		if (!check.ok) return check;
		await tx
			.delete(memberships)
			.where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
		await tx
			.update(users)
			.set({ lastWorkspaceId: null })
			.where(and(eq(users.id, userId), eq(users.lastWorkspaceId, workspaceId)));
		return { ok: true };
	});
}

export async function addMemberIfMissing(db: Db, workspaceId: string, userId: string, role: Role) {
	await db.insert(memberships).values({ workspaceId, userId, role }).onConflictDoNothing();
}
