import { eq } from 'drizzle-orm';
import type { Cookies } from '@sveltejs/kit';
import type { Db } from './db/client';
import { sessions, users, type User } from './db/schema';
import { hashToken, newToken } from './crypto';

export const SESSION_COOKIE = 'freehold_session';
const DAY = 24 * 60 * 60 * 1000;
/** A session dies after this long without a request… */
export const IDLE_TIMEOUT_MS = 7 * DAY;
/** …and in any case this long after sign-in. */
export const ABSOLUTE_TIMEOUT_MS = 30 * DAY;
/** last_seen_at is written at most this often, so reads do not turn into writes. */
const TOUCH_INTERVAL_MS = 60 * 60 * 1000;

export type SessionUser = Pick<
	User,
	'id' | 'email' | 'name' | 'locale' | 'timeZone' | 'weekStart' | 'lastWorkspaceId' | 'version'
>;

export async function createSession(db: Db, userId: string, now = Date.now()) {
	const token = newToken();
	const session = {
		id: hashToken(token),
		userId,
		createdAt: new Date(now),
		lastSeenAt: new Date(now),
		expiresAt: new Date(now + ABSOLUTE_TIMEOUT_MS)
	};
	await db.insert(sessions).values(session);
	return { token, session };
}

/** Returns the session's user, or null when the token is unknown, idle too long or expired. */
export async function validateSessionToken(db: Db, token: string, now = Date.now()) {
	const id = hashToken(token);
	const [row] = await db
		.select({
			session: sessions,
			user: {
				id: users.id,
				email: users.email,
				name: users.name,
				locale: users.locale,
				timeZone: users.timeZone,
				weekStart: users.weekStart,
				lastWorkspaceId: users.lastWorkspaceId,
				version: users.version
			}
		})
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(eq(sessions.id, id));
	if (!row) return null;
	const { session } = row;
	const idleExpiry = session.lastSeenAt.getTime() + IDLE_TIMEOUT_MS;
	if (now >= session.expiresAt.getTime() || now >= idleExpiry) {
		await db.delete(sessions).where(eq(sessions.id, id));
		return null;
	}
	if (now - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
		session.lastSeenAt = new Date(now);
		await db.update(sessions).set({ lastSeenAt: session.lastSeenAt }).where(eq(sessions.id, id));
	}
	return { session, user: row.user as SessionUser };
}

/** When the cookie should lapse: the earlier of the idle and the absolute expiry. */
export function cookieExpiry(session: { lastSeenAt: Date; expiresAt: Date }) {
	return new Date(
		Math.min(session.lastSeenAt.getTime() + IDLE_TIMEOUT_MS, session.expiresAt.getTime())
	);
}

/** The session id a cookie value maps to. */
export const hashSessionCookie = (token: string) => hashToken(token);

export async function invalidateSession(db: Db, sessionId: string) {
	await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function invalidateUserSessions(db: Db, userId: string) {
	await db.delete(sessions).where(eq(sessions.userId, userId));
}

export function setSessionCookie(cookies: Cookies, token: string, expires: Date) {
	// SvelteKit sets Secure on everything but http://localhost.
	cookies.set(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', expires });
}

export function deleteSessionCookie(cookies: Cookies) {
	cookies.delete(SESSION_COOKIE, { path: '/' });
}
