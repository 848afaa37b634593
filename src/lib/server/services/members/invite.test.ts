import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAccess } from '../../queries/access';
import { acceptInvitation, listPendingInvitations } from '../../queries/invitations';
import { getWorkspaceForMember } from '../../queries/workspaces';
import { createTestDatabase, makeBrand, makeUser } from '../../testing';
import { inviteMember } from './invite';

let t: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(() => t.cleanup());

async function arrange() {
	const owner = await makeUser(t.db);
	const bump = await makeBrand(t.db, owner.workspaceId, { name: 'Bump & Bloom' });
	const chew = await makeBrand(t.db, owner.workspaceId, { name: 'BigChew' });
	const scope = { workspaceId: owner.workspaceId, userId: owner.userId };
	return { owner, bump, chew, scope };
}

async function accessOf(workspaceId: string, userId: string) {
	const membership = await getWorkspaceForMember(t.db, workspaceId, userId);
	if (!membership) return null;
	return { membership, access: await getAccess(t.db, workspaceId, userId, membership) };
}

describe('inviteMember', () => {
	it('invites as approver for one brand only: the person joins with that brand alone', async () => {
		const { owner, bump, chew, scope } = await arrange();
		const result = await inviteMember(t.db, scope, {
			role: 'approver',
			email: 'client@example.test',
			brandScope: 'chosen',
			brandIds: [bump, bump]
		});
		if (!result.ok) throw new Error(result.reason);
		const [pending] = await listPendingInvitations(t.db, owner.workspaceId);
		expect(pending).toMatchObject({ role: 'approver', brandScope: 'chosen' });
		const client = await makeUser(t.db);
		expect((await acceptInvitation(t.db, result.token, client.userId)).ok).toBe(true);
		const found = await accessOf(owner.workspaceId, client.userId);
		expect(found?.membership.role).toBe('approver');
		expect(found?.access.scope).toBe('chosen');
		if (found?.access.scope !== 'chosen') return;
		expect([...found.access.brands]).toEqual([[bump, 'approver']]);
		expect(found.access.brands.has(chew)).toBe(false);
	});

	it('invites to every brand by default', async () => {
		const { owner, bump, scope } = await arrange();
		const result = await inviteMember(t.db, scope, {
			role: 'editor',
			email: '',
			brandScope: 'all',
			brandIds: [bump]
		});
		if (!result.ok) throw new Error(result.reason);
		const editor = await makeUser(t.db);
		await acceptInvitation(t.db, result.token, editor.userId);
		expect((await accessOf(owner.workspaceId, editor.userId))?.access).toEqual({
			scope: 'all',
			role: 'editor'
		});
	});

	it('refuses chosen brands with none chosen', async () => {
		const { owner, scope } = await arrange();
		const input = { role: 'viewer' as const, email: '', brandScope: 'chosen' as const };
		expect(await inviteMember(t.db, scope, { ...input, brandIds: [] })).toEqual({
			ok: false,
			reason: 'no-brands',
			field: 'brandIds'
		});
		expect(await listPendingInvitations(t.db, owner.workspaceId)).toEqual([]);
	});

	it("refuses another workspace's brand or a missing one, and writes nothing", async () => {
		const { owner, bump, scope } = await arrange();
		const other = await makeUser(t.db);
		const theirs = await makeBrand(t.db, other.workspaceId);
		for (const brandIds of [[bump, theirs], ['missing']]) {
			const result = await inviteMember(t.db, scope, {
				role: 'viewer',
				email: '',
				brandScope: 'chosen',
				brandIds
			});
			expect(result).toEqual({ ok: false, reason: 'unknown-brand', field: 'brandIds' });
		}
		expect(await listPendingInvitations(t.db, owner.workspaceId)).toEqual([]);
	});
});
