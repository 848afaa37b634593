import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { workspaces } from '../db/schema';
import { addMember, createTestDatabase, makeUser, membershipRole } from '../testing';
import { getUser } from './users';
import {
	changeMemberRole,
	getWorkspaceForMember,
	listMembers,
	listWorkspacesForUser,
	removeMember,
	renameWorkspace
} from './workspaces';

let t: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(() => t.cleanup());

const roleOf = (workspaceId: string, userId: string) => membershipRole(t.db, workspaceId, userId);

async function owners(workspaceId: string) {
	const members = await listMembers(t.db, workspaceId);
	return members.filter((m) => m.role === 'owner').map((m) => m.userId);
}

describe('listWorkspacesForUser', () => {
	it('lists only the workspaces the user is a member of, with their role', async () => {
		const ada = await makeUser(t.db, { workspaceName: 'A ada' });
		const bob = await makeUser(t.db, { workspaceName: 'B bob' });
		const cy = await makeUser(t.db, { workspaceName: 'C cy' });
		await addMember(t.db, bob.workspaceId, ada.userId, 'viewer');

		expect(await listWorkspacesForUser(t.db, ada.userId)).toEqual([
			{ id: ada.workspaceId, name: 'A ada', role: 'owner' },
			{ id: bob.workspaceId, name: 'B bob', role: 'viewer' }
		]);
		expect(await listWorkspacesForUser(t.db, bob.userId)).toEqual([
			{ id: bob.workspaceId, name: 'B bob', role: 'owner' }
		]);
		const forCy = await listWorkspacesForUser(t.db, cy.userId);
		expect(forCy.map((w) => w.id)).toEqual([cy.workspaceId]);
	});
});

describe('getWorkspaceForMember', () => {
	it("returns the member's view and null for a non-member", async () => {
		const owner = await makeUser(t.db, { workspaceName: 'Private' });
		const editor = await makeUser(t.db);
		const stranger = await makeUser(t.db);
		await addMember(t.db, owner.workspaceId, editor.userId, 'editor');

		expect(await getWorkspaceForMember(t.db, owner.workspaceId, owner.userId)).toMatchObject({
			id: owner.workspaceId,
			name: 'Private',
			version: 1,
			role: 'owner'
		});
		expect(await getWorkspaceForMember(t.db, owner.workspaceId, editor.userId)).toMatchObject({
			role: 'editor'
		});
		expect(await getWorkspaceForMember(t.db, owner.workspaceId, stranger.userId)).toBeNull();
		expect(await getWorkspaceForMember(t.db, 'no-such-workspace', owner.userId)).toBeNull();
	});
});

describe('changeMemberRole', () => {
	it('refuses to demote the last owner', async () => {
		const owner = await makeUser(t.db);
		const editor = await makeUser(t.db);
		await addMember(t.db, owner.workspaceId, editor.userId, 'editor');

		expect(await changeMemberRole(t.db, owner.workspaceId, owner.userId, 'editor')).toEqual({
			ok: false,
			reason: 'last-owner'
		});
		expect(await roleOf(owner.workspaceId, owner.userId)).toBe('owner');
	});

	it('demotes an owner when another owner remains', async () => {
		const owner = await makeUser(t.db);
		const second = await makeUser(t.db);
		await addMember(t.db, owner.workspaceId, second.userId, 'owner');

		expect(await changeMemberRole(t.db, owner.workspaceId, owner.userId, 'viewer')).toEqual({
			ok: true
		});
		expect(await roleOf(owner.workspaceId, owner.userId)).toBe('viewer');
		expect(await owners(owner.workspaceId)).toEqual([second.userId]);
	});

	it('changes a non-owner freely and reports a non-member', async () => {
		const owner = await makeUser(t.db);
		const viewer = await makeUser(t.db);
		const stranger = await makeUser(t.db);
		await addMember(t.db, owner.workspaceId, viewer.userId, 'viewer');

		expect(await changeMemberRole(t.db, owner.workspaceId, viewer.userId, 'editor')).toEqual({
			ok: true
		});
		expect(await roleOf(owner.workspaceId, viewer.userId)).toBe('editor');
		expect(await changeMemberRole(t.db, owner.workspaceId, stranger.userId, 'owner')).toEqual({
			ok: false,
			reason: 'not-member'
		});
		expect(await roleOf(owner.workspaceId, stranger.userId)).toBeNull();
	});

	it('leaves at least one owner when two owners demote each other at once', async () => {
		const a = await makeUser(t.db);
		const b = await makeUser(t.db);
		await addMember(t.db, a.workspaceId, b.userId, 'owner');

		const results = await Promise.all([
			changeMemberRole(t.db, a.workspaceId, b.userId, 'editor'),
			changeMemberRole(t.db, a.workspaceId, a.userId, 'editor')
		]);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'last-owner' }]);
		expect(await owners(a.workspaceId)).toHaveLength(1);
	});
});

describe('removeMember', () => {
	it('refuses to remove the last owner', async () => {
		const owner = await makeUser(t.db);
		expect(await removeMember(t.db, owner.workspaceId, owner.userId)).toEqual({
			ok: false,
			reason: 'last-owner'
		});
		expect(await roleOf(owner.workspaceId, owner.userId)).toBe('owner');
	});

	it('removes an owner when another owner remains, and clears their last workspace', async () => {
		const owner = await makeUser(t.db);
		const second = await makeUser(t.db);
		await addMember(t.db, owner.workspaceId, second.userId, 'owner');

		expect(await removeMember(t.db, owner.workspaceId, owner.userId)).toEqual({ ok: true });
		expect(await roleOf(owner.workspaceId, owner.userId)).toBeNull();
		expect(await owners(owner.workspaceId)).toEqual([second.userId]);
		expect((await getUser(t.db, owner.userId))?.lastWorkspaceId).toBeNull();
		// The other owner's own last workspace is untouched.
		expect((await getUser(t.db, second.userId))?.lastWorkspaceId).toBe(second.workspaceId);
	});

	it('reports a non-member', async () => {
		const owner = await makeUser(t.db);
		const stranger = await makeUser(t.db);
		expect(await removeMember(t.db, owner.workspaceId, stranger.userId)).toEqual({
			ok: false,
			reason: 'not-member'
		});
	});

	it('leaves at least one owner when two owners remove each other at once', async () => {
		const a = await makeUser(t.db);
		const b = await makeUser(t.db);
		await addMember(t.db, a.workspaceId, b.userId, 'owner');

		const results = await Promise.all([
			removeMember(t.db, a.workspaceId, a.userId),
			removeMember(t.db, a.workspaceId, b.userId)
		]);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		expect(await owners(a.workspaceId)).toHaveLength(1);
	});
});

describe('renameWorkspace', () => {
	it('renames at the current version and bumps it', async () => {
		const owner = await makeUser(t.db);
		expect(await renameWorkspace(t.db, owner.workspaceId, 1, 'Renamed')).toEqual({
			ok: true,
			version: 2
		});
		const [row] = await t.db.select().from(workspaces).where(eq(workspaces.id, owner.workspaceId));
		expect(row).toMatchObject({ name: 'Renamed', version: 2 });
	});

	it('returns a conflict for a stale version and changes nothing', async () => {
		const owner = await makeUser(t.db);
		await renameWorkspace(t.db, owner.workspaceId, 1, 'First');
		expect(await renameWorkspace(t.db, owner.workspaceId, 1, 'Second')).toEqual({
			ok: false,
			reason: 'conflict'
		});
		const [row] = await t.db.select().from(workspaces).where(eq(workspaces.id, owner.workspaceId));
		expect(row).toMatchObject({ name: 'First', version: 2 });
	});
});
