import type { Cookies } from '@sveltejs/kit';
import type { Db } from './db/client';
import {
	SESSION_COOKIE,
	cookieExpiry,
	createSession,
	hashSessionCookie,
	invalidateSession,
	setSessionCookie
} from './session';

/** Starts a fresh session (rotation): whatever session the browser held before is revoked. */
export async function startSession(db: Db, cookies: Cookies, userId: string) {
	const previous = cookies.get(SESSION_COOKIE);
	if (previous) await invalidateSession(db, hashSessionCookie(previous));
	const { token, session } = await createSession(db, userId);
	setSessionCookie(cookies, token, cookieExpiry(session));
}
