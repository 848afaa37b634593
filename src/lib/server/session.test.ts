import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { hashToken } from './crypto';
import { sessions } from './db/schema';
import { createTestDatabase, makeUser } from './testing';
import {
	ABSOLUTE_TIMEOUT_MS,
	IDLE_TIMEOUT_MS,
	cookieExpiry,
	createSession,
	invalidateSession,
	invalidateUserSessions,
	validateSessionToken
} from './session';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
// A fixed instant keeps every expiry computation deterministic.
const T0 = Date.UTC(2030, 0, 1, 9, 0, 0);

let t: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(() => t.cleanup());

async function storedSession(id: string) {
	const [row] = await t.db.select().from(sessions).where(eq(sessions.id, id));
	return row ?? null;
}

describe('createSession', () => {
	it('stores only the sha256 hash of the token, never the token', async () => {
		const { userId } = await makeUser(t.db);
		const { token, session } = await createSession(t.db, userId, T0);

		expect(token.length).toBeGreaterThan(0);
		expect(session.id).not.toBe(token);
		expect(session.id).toBe(hashToken(token));
		expect(session.id).toMatch(/^[0-9a-f]{64}$/);

		const rows = await t.db.select().from(sessions).where(eq(sessions.userId, userId));
		expect(rows).toHaveLength(1);
		expect(rows[0].id).toBe(hashToken(token));
		expect(Object.values(rows[0]).map(String)).not.toContain(token);
		expect(await storedSession(token)).toBeNull();
	});

	it('sets creation, last-seen and absolute expiry from `now`', async () => {
		const { userId } = await makeUser(t.db);
		const { session } = await createSession(t.db, userId, T0);
		const row = await storedSession(session.id);
		expect(row?.createdAt.getTime()).toBe(T0);
		expect(row?.lastSeenAt.getTime()).toBe(T0);
		expect(row?.expiresAt.getTime()).toBe(T0 + ABSOLUTE_TIMEOUT_MS);
	});
});

describe('validateSessionToken', () => {
	it("returns the session's user for a fresh token", async () => {
		const { userId, email } = await makeUser(t.db);
		const { token, session } = await createSession(t.db, userId, T0);
		const result = await validateSessionToken(t.db, token, T0 + 1000);
		expect(result?.session.id).toBe(session.id);
		expect(result?.user.id).toBe(userId);
		expect(result?.user.email).toBe(email);
		expect(result?.user).not.toHaveProperty('passwordHash');
	});

	it('rejects an unknown token and the stored hash used as a token', async () => {
		const { userId } = await makeUser(t.db);
		const { session } = await createSession(t.db, userId, T0);
		expect(await validateSessionToken(t.db, 'not-a-token', T0)).toBeNull();
		// A leaked sessions.id must not work as a cookie value.
		expect(await validateSessionToken(t.db, session.id, T0)).toBeNull();
	});

	it('accepts a session just inside the idle window', async () => {
		const { userId } = await makeUser(t.db);
		const { token } = await createSession(t.db, userId, T0);
		expect(await validateSessionToken(t.db, token, T0 + IDLE_TIMEOUT_MS - 1)).not.toBeNull();
	});

	it('rejects and deletes a session left unused for the idle timeout', async () => {
		const { userId } = await makeUser(t.db);
		const { token, session } = await createSession(t.db, userId, T0);
		expect(await validateSessionToken(t.db, token, T0 + IDLE_TIMEOUT_MS)).toBeNull();
		expect(await storedSession(session.id)).toBeNull();
		// Gone for good: an earlier `now` does not bring it back.
		expect(await validateSessionToken(t.db, token, T0 + 1000)).toBeNull();
	});

	it('measures idleness from the last touch, not from sign-in', async () => {
		const { userId } = await makeUser(t.db);
		const { token } = await createSession(t.db, userId, T0);
		const touched = T0 + 6 * DAY;
		expect(await validateSessionToken(t.db, token, touched)).not.toBeNull();
		// Past sign-in + idle window, but within touch + idle window.
		expect(await validateSessionToken(t.db, token, T0 + IDLE_TIMEOUT_MS + DAY)).not.toBeNull();
	});

	it('rejects a session after the absolute timeout even when used regularly', async () => {
		const { userId } = await makeUser(t.db);
		const { token, session } = await createSession(t.db, userId, T0);
		// Touch every 6 days: never idle for the 7-day window.
		let now = T0;
		while (now + 6 * DAY < T0 + ABSOLUTE_TIMEOUT_MS) {
			now += 6 * DAY;
			expect(await validateSessionToken(t.db, token, now)).not.toBeNull();
		}
		expect(await validateSessionToken(t.db, token, T0 + ABSOLUTE_TIMEOUT_MS - 1)).not.toBeNull();
		expect(await validateSessionToken(t.db, token, T0 + ABSOLUTE_TIMEOUT_MS)).toBeNull();
		expect(await storedSession(session.id)).toBeNull();
	});

	it('writes last_seen_at only when it is at least an hour old', async () => {
		const { userId } = await makeUser(t.db);
		const { token, session } = await createSession(t.db, userId, T0);

		const early = await validateSessionToken(t.db, token, T0 + 30 * 60 * 1000);
		expect(early?.session.lastSeenAt.getTime()).toBe(T0);
		expect((await storedSession(session.id))?.lastSeenAt.getTime()).toBe(T0);

		const justUnder = await validateSessionToken(t.db, token, T0 + HOUR - 1);
		expect(justUnder?.session.lastSeenAt.getTime()).toBe(T0);
		expect((await storedSession(session.id))?.lastSeenAt.getTime()).toBe(T0);

		const later = T0 + HOUR;
		const touched = await validateSessionToken(t.db, token, later);
		expect(touched?.session.lastSeenAt.getTime()).toBe(later);
		expect((await storedSession(session.id))?.lastSeenAt.getTime()).toBe(later);

		await validateSessionToken(t.db, token, later + 59 * 60 * 1000);
		expect((await storedSession(session.id))?.lastSeenAt.getTime()).toBe(later);
	});
});

describe('cookieExpiry', () => {
	it('is the idle expiry while that comes first', () => {
		const session = { lastSeenAt: new Date(T0), expiresAt: new Date(T0 + ABSOLUTE_TIMEOUT_MS) };
		expect(cookieExpiry(session).getTime()).toBe(T0 + IDLE_TIMEOUT_MS);
	});

	it('is the absolute expiry once that comes first', () => {
		const lastSeen = T0 + ABSOLUTE_TIMEOUT_MS - DAY;
		const session = {
			lastSeenAt: new Date(lastSeen),
			expiresAt: new Date(T0 + ABSOLUTE_TIMEOUT_MS)
		};
		expect(cookieExpiry(session).getTime()).toBe(T0 + ABSOLUTE_TIMEOUT_MS);
	});
});

describe('invalidation', () => {
	it('invalidateSession removes only that session', async () => {
		const { userId } = await makeUser(t.db);
		const first = await createSession(t.db, userId, T0);
		const second = await createSession(t.db, userId, T0);
		await invalidateSession(t.db, first.session.id);
		expect(await validateSessionToken(t.db, first.token, T0 + 1000)).toBeNull();
		expect(await storedSession(first.session.id)).toBeNull();
		expect(await validateSessionToken(t.db, second.token, T0 + 1000)).not.toBeNull();
	});

	it("invalidateUserSessions removes all of a user's sessions and no one else's", async () => {
		const alice = await makeUser(t.db);
		const bob = await makeUser(t.db);
		const aliceSessions = await Promise.all([
			createSession(t.db, alice.userId, T0),
			createSession(t.db, alice.userId, T0),
			createSession(t.db, alice.userId, T0)
		]);
		const bobSession = await createSession(t.db, bob.userId, T0);

		await invalidateUserSessions(t.db, alice.userId);

		expect(await t.db.select().from(sessions).where(eq(sessions.userId, alice.userId))).toEqual([]);
		for (const { token } of aliceSessions) {
			expect(await validateSessionToken(t.db, token, T0 + 1000)).toBeNull();
		}
		const stillBob = await validateSessionToken(t.db, bobSession.token, T0 + 1000);
		expect(stillBob?.user.id).toBe(bob.userId);
	});
});
