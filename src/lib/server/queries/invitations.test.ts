import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { hashToken } from '../crypto';
import { invitations } from '../db/schema';
import { addMember, createTestDatabase, makeUser, membershipRole } from '../testing';
import {
	INVITATION_TTL_MS,
	acceptInvitation,
	createInvitation,
	findInvitationByToken,
	listPendingInvitations,
	revokeInvitation
} from './invitations';

const T0 = Date.UTC(2030, 0, 1, 9, 0, 0);

let t: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(() => t.cleanup());

const roleOf = (workspaceId: string, userId: string) => membershipRole(t.db, workspaceId, userId);

/** A workspace with its owner and a fresh invitation link to it. */
async function invite(role: 'viewer' | 'editor' | 'owner' = 'editor', now = T0) {
	const owner = await makeUser(t.db, { workspaceName: 'Inviting workspace' });
	const { id, token } = await createInvitation(
		t.db,
		{ workspaceId: owner.workspaceId, role, email: 'guest@example.test', createdBy: owner.userId },
		now
	);
	return { owner, id, token };
}

describe('createInvitation', () => {
	it('stores only the hash of the token', async () => {
		const { id, token } = await invite();
		const [row] = await t.db.select().from(invitations).where(eq(invitations.id, id));
		expect(row.tokenHash).toBe(hashToken(token));
		expect(row.tokenHash).not.toBe(token);
		expect(Object.values(row).map(String)).not.toContain(token);
		const byToken = await t.db.select().from(invitations).where(eq(invitations.tokenHash, token));
		expect(byToken).toEqual([]);
	});

	it('expires after the TTL and stores an empty email as null', async () => {
		const owner = await makeUser(t.db);
		const { id } = await createInvitation(
			t.db,
			{ workspaceId: owner.workspaceId, role: 'viewer', email: '', createdBy: owner.userId },
			T0
		);
		const [row] = await t.db.select().from(invitations).where(eq(invitations.id, id));
		expect(row.expiresAt.getTime()).toBe(T0 + INVITATION_TTL_MS);
		expect(row.email).toBeNull();
	});
});

describe('findInvitationByToken', () => {
	it('shows the workspace name and role of a valid link', async () => {
		const { owner, id, token } = await invite('viewer');
		expect(await findInvitationByToken(t.db, token, T0 + 1000)).toMatchObject({
			id,
			workspaceId: owner.workspaceId,
			workspaceName: 'Inviting workspace',
			role: 'viewer',
			state: 'valid'
		});
	});

	it('returns null for an unknown token and for the stored hash', async () => {
		const { token } = await invite();
		expect(await findInvitationByToken(t.db, 'no-such-token', T0)).toBeNull();
		expect(await findInvitationByToken(t.db, hashToken(token), T0)).toBeNull();
	});

	it('is expired from the expiry instant on', async () => {
		const { token } = await invite();
		expect((await findInvitationByToken(t.db, token, T0 + INVITATION_TTL_MS - 1))?.state).toBe(
			'valid'
		);
		expect((await findInvitationByToken(t.db, token, T0 + INVITATION_TTL_MS))?.state).toBe(
			'expired'
		);
	});

	it('is used once accepted and revoked once revoked', async () => {
		const used = await invite();
		const guest = await makeUser(t.db);
		await acceptInvitation(t.db, used.token, guest.userId, T0 + 1000);
		expect((await findInvitationByToken(t.db, used.token, T0 + 2000))?.state).toBe('used');

		const revoked = await invite();
		expect(await revokeInvitation(t.db, revoked.owner.workspaceId, revoked.id, T0 + 1000)).toBe(
			true
		);
		expect((await findInvitationByToken(t.db, revoked.token, T0 + 2000))?.state).toBe('revoked');
	});
});

describe('acceptInvitation', () => {
	it('adds the user with the offered role', async () => {
		const { owner, token } = await invite('editor');
		const guest = await makeUser(t.db);
		expect(await acceptInvitation(t.db, token, guest.userId, T0 + 1000)).toEqual({
			ok: true,
			workspaceId: owner.workspaceId,
			alreadyMember: false
		});
		expect(await roleOf(owner.workspaceId, guest.userId)).toBe('editor');
		const [row] = await t.db
			.select()
			.from(invitations)
			.where(eq(invitations.tokenHash, hashToken(token)));
		expect(row.acceptedBy).toBe(guest.userId);
		expect(row.acceptedAt?.getTime()).toBe(T0 + 1000);
	});

	it('is single-use: a second user gets "used" and does not join', async () => {
		const { owner, token } = await invite();
		const first = await makeUser(t.db);
		const second = await makeUser(t.db);
		expect(await acceptInvitation(t.db, token, first.userId, T0 + 1000)).toMatchObject({
			ok: true
		});
		expect(await acceptInvitation(t.db, token, second.userId, T0 + 2000)).toEqual({
			ok: false,
			reason: 'used'
		});
		expect(await roleOf(owner.workspaceId, second.userId)).toBeNull();
	});

	it('lets exactly one of two concurrent accepts through', async () => {
		const { owner, token } = await invite();
		const a = await makeUser(t.db);
		const b = await makeUser(t.db);
		const results = await Promise.all([
			acceptInvitation(t.db, token, a.userId, T0 + 1000),
			acceptInvitation(t.db, token, b.userId, T0 + 1000)
		]);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'used' }]);
		const joined = [
			await roleOf(owner.workspaceId, a.userId),
			await roleOf(owner.workspaceId, b.userId)
		];
		expect(joined.filter((role) => role !== null)).toEqual(['editor']);
	});

	it('keeps the role of someone who is already a member', async () => {
		const { owner, token } = await invite('viewer');
		const editor = await makeUser(t.db);
		await addMember(t.db, owner.workspaceId, editor.userId, 'editor');

		expect(await acceptInvitation(t.db, token, editor.userId, T0 + 1000)).toEqual({
			ok: true,
			workspaceId: owner.workspaceId,
			alreadyMember: true
		});
		expect(await roleOf(owner.workspaceId, editor.userId)).toBe('editor');

		// An owner following a viewer link stays owner too.
		const again = await invite('viewer');
		await acceptInvitation(t.db, again.token, again.owner.userId, T0 + 1000);
		expect(await roleOf(again.owner.workspaceId, again.owner.userId)).toBe('owner');
	});

	it('refuses an unknown, expired or revoked link', async () => {
		const guest = await makeUser(t.db);
		expect(await acceptInvitation(t.db, 'no-such-token', guest.userId, T0)).toEqual({
			ok: false,
			reason: 'not-found'
		});

		const expired = await invite();
		expect(
			await acceptInvitation(t.db, expired.token, guest.userId, T0 + INVITATION_TTL_MS)
		).toEqual({ ok: false, reason: 'expired' });

		const revoked = await invite();
		await revokeInvitation(t.db, revoked.owner.workspaceId, revoked.id, T0 + 1000);
		expect(await acceptInvitation(t.db, revoked.token, guest.userId, T0 + 2000)).toEqual({
			ok: false,
			reason: 'revoked'
		});
		expect(await roleOf(expired.owner.workspaceId, guest.userId)).toBeNull();
		expect(await roleOf(revoked.owner.workspaceId, guest.userId)).toBeNull();
	});
});

describe('revokeInvitation', () => {
	it('only revokes within the same workspace', async () => {
		const { owner, id, token } = await invite();
		const other = await makeUser(t.db);

		expect(await revokeInvitation(t.db, other.workspaceId, id, T0 + 1000)).toBe(false);
		expect((await findInvitationByToken(t.db, token, T0 + 2000))?.state).toBe('valid');

		expect(await revokeInvitation(t.db, owner.workspaceId, id, T0 + 1000)).toBe(true);
		expect((await findInvitationByToken(t.db, token, T0 + 2000))?.state).toBe('revoked');
		// A second revoke has nothing left to do.
		expect(await revokeInvitation(t.db, owner.workspaceId, id, T0 + 3000)).toBe(false);
	});

	it('cannot revoke an accepted link', async () => {
		const { owner, id, token } = await invite();
		const guest = await makeUser(t.db);
		await acceptInvitation(t.db, token, guest.userId, T0 + 1000);
		expect(await revokeInvitation(t.db, owner.workspaceId, id, T0 + 2000)).toBe(false);
		expect(await roleOf(owner.workspaceId, guest.userId)).toBe('editor');
	});
});

describe('listPendingInvitations', () => {
	it('lists only valid links of the workspace', async () => {
		const { owner, id } = await invite();
		const second = await createInvitation(
			t.db,
			{ workspaceId: owner.workspaceId, role: 'viewer', createdBy: owner.userId },
			T0 + 1000
		);
		const revoked = await createInvitation(
			t.db,
			{ workspaceId: owner.workspaceId, role: 'viewer', createdBy: owner.userId },
			T0
		);
		await revokeInvitation(t.db, owner.workspaceId, revoked.id, T0);
		await invite(); // another workspace's link

		const pending = await listPendingInvitations(t.db, owner.workspaceId, T0 + 2000);
		expect(pending.map((p) => p.id)).toEqual([second.id, id]);
		// The first link expires before the second.
		const late = await listPendingInvitations(t.db, owner.workspaceId, T0 + INVITATION_TTL_MS);
		expect(late.map((p) => p.id)).toEqual([second.id]);
	});
});
