import type { Cookies } from '@sveltejs/kit';
import type { Db } from './db/client';
import { rememberDevice } from './queries/devices';
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

/** The device cookie (see sign-in.ts): only the sign-in form needs it, so only /signin gets it. */
export const DEVICE_COOKIE = 'freehold_device';

/** Marks this browser as one the user signed in from (a fresh token replaces any old one). */
export async function rememberThisDevice(db: Db, cookies: Cookies, userId: string) {
	const { token, expiresAt } = await rememberDevice(db, userId, cookies.get(DEVICE_COOKIE));
	cookies.set(DEVICE_COOKIE, token, {
		path: '/signin',
		httpOnly: true,
		sameSite: 'lax',
		expires: expiresAt
	});
}
