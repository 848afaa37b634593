import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { memberships, users, workspaces } from '../db/schema';
import { newId } from '../db/ids';

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export async function findUserByEmail(db: Db, email: string) {
	const [user] = await db
		.select()
		.from(users)
		.where(eq(users.email, normaliseEmail(email)));
	return user ?? null;
}

export async function getUser(db: Db, id: string) {
	const [user] = await db.select().from(users).where(eq(users.id, id));
	return user ?? null;
}

type NewAccount = {
	name: string;
	email: string;
	passwordHash: string;
	workspaceName: string;
	timeZone?: string;
	locale?: string | null;
};

/** A new user always lands in a workspace of their own, as its owner. */
export async function createAccount(
	db: Db,
	account: NewAccount
): Promise<
	{ ok: true; userId: string; workspaceId: string } | { ok: false; reason: 'email-taken' }
> {
	const userId = newId();
	const workspaceId = newId();
	const email = normaliseEmail(account.email);
	return db.transaction(async (tx) => {
		const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
		if (existing) return { ok: false as const, reason: 'email-taken' as const };
		await tx.insert(users).values({
			id: userId,
			email,
			name: account.name,
			passwordHash: account.passwordHash,
			timeZone: account.timeZone ?? 'UTC',
			locale: account.locale ?? null,
			lastWorkspaceId: workspaceId
		});
		await tx.insert(workspaces).values({ id: workspaceId, name: account.workspaceName });
		await tx.insert(memberships).values({ workspaceId, userId, role: 'owner' });
		return { ok: true as const, userId, workspaceId };
	});
}

export type AccountSettings = {
	name: string;
	locale: string | null;
	timeZone: string;
	weekStart: number | null;
};

/** Saves only if nobody saved since `version` was read. */
export async function updateAccountSettings(
	db: Db,
	userId: string,
	version: number,
	settings: AccountSettings
) {
	const updated = await db
		.update(users)
		.set({ ...settings, version: sql`${users.version} + 1`, updatedAt: new Date() })
		.where(and(eq(users.id, userId), eq(users.version, version)))
		.returning({ version: users.version });
	if (updated.length === 0) return { ok: false as const, reason: 'conflict' as const };
	return { ok: true as const, version: updated[0].version };
}

export async function setLocale(db: Db, userId: string, locale: string) {
	await db
		.update(users)
		.set({ locale, version: sql`${users.version} + 1`, updatedAt: new Date() })
		.where(eq(users.id, userId));
}

export async function setPasswordHash(db: Db, userId: string, passwordHash: string) {
	await db
		.update(users)
		.set({ passwordHash, version: sql`${users.version} + 1`, updatedAt: new Date() })
		.where(eq(users.id, userId));
}

export async function setLastWorkspace(db: Db, userId: string, workspaceId: string) {
	await db.update(users).set({ lastWorkspaceId: workspaceId }).where(eq(users.id, userId));
}
