import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { memberships, users, workspaces } from '../db/schema';
import { createTestDatabase, makeUser } from '../testing';
import { createAccount, findUserByEmail, getUser, updateAccountSettings } from './users';

let t: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(() => t.cleanup());

const account = (email: string) => ({
	name: 'Ada',
	email,
	passwordHash: '$argon2id$placeholder',
	workspaceName: "Ada's workspace"
});

async function tableCounts() {
	const [[u], [w], [m]] = await Promise.all([
		t.db.select({ n: count() }).from(users),
		t.db.select({ n: count() }).from(workspaces),
		t.db.select({ n: count() }).from(memberships)
	]);
	return { users: u.n, workspaces: w.n, memberships: m.n };
}

describe('createAccount', () => {
	it('creates the user, their workspace and an owner membership', async () => {
		const result = await createAccount(t.db, {
			...account('  Ada@Example.TEST '),
			timeZone: 'Asia/Shanghai'
		});
		if (!result.ok) throw new Error(`unexpected ${result.reason}`);

		const user = await getUser(t.db, result.userId);
		expect(user).toMatchObject({
			email: 'ada@example.test',
			name: 'Ada',
			timeZone: 'Asia/Shanghai',
			locale: null,
			lastWorkspaceId: result.workspaceId,
			version: 1
		});
		const [workspace] = await t.db
			.select()
			.from(workspaces)
			.where(eq(workspaces.id, result.workspaceId));
		expect(workspace.name).toBe("Ada's workspace");
		const rows = await t.db
			.select({ workspaceId: memberships.workspaceId, role: memberships.role })
			.from(memberships)
			.where(eq(memberships.userId, result.userId));
		expect(rows).toEqual([{ workspaceId: result.workspaceId, role: 'owner' }]);
	});

	it('refuses an email already taken, ignoring case and surrounding spaces', async () => {
		await createAccount(t.db, account('grace@example.test'));
		const before = await tableCounts();

		for (const email of ['grace@example.test', 'GRACE@example.test', ' Grace@Example.Test\t']) {
			expect(await createAccount(t.db, account(email))).toEqual({
				ok: false,
				reason: 'email-taken'
			});
		}
		// Nothing half-made: no extra user, workspace or membership.
		expect(await tableCounts()).toEqual(before);
	});
});

describe('findUserByEmail', () => {
	it('finds by the normalised email and returns null for an unknown one', async () => {
		const { userId, email } = await makeUser(t.db);
		expect((await findUserByEmail(t.db, ` ${email.toUpperCase()} `))?.id).toBe(userId);
		expect(await findUserByEmail(t.db, 'nobody@example.test')).toBeNull();
	});
});

describe('updateAccountSettings', () => {
	const settings = { name: 'New name', locale: 'zh-CN', timeZone: 'Europe/Paris', weekStart: 1 };

	it('saves and bumps the version when the version is current', async () => {
		const { userId } = await makeUser(t.db);
		expect(await updateAccountSettings(t.db, userId, 1, settings)).toEqual({
			ok: true,
			version: 2
		});
		expect(await getUser(t.db, userId)).toMatchObject({ ...settings, version: 2 });
	});

	it('returns a conflict for a stale version and changes nothing', async () => {
		const { userId } = await makeUser(t.db);
		await updateAccountSettings(t.db, userId, 1, settings);
		const before = await getUser(t.db, userId);

		const stale = await updateAccountSettings(t.db, userId, 1, {
			name: 'Lost update',
			locale: null,
			timeZone: 'UTC',
			weekStart: null
		});
		expect(stale).toEqual({ ok: false, reason: 'conflict' });
		expect(await getUser(t.db, userId)).toEqual(before);
		expect(before).toMatchObject({ name: 'New name', version: 2 });
	});
});
