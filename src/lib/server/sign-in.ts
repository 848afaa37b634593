/*
 * Sign-in limits: throttle the guesser, never lock out the owner (OWASP Authentication and
 * Credential Stuffing cheat sheets, "device cookies"). All counters live in the database
 * (rate-limit.ts), so every app process agrees. A refusal answers 429 with Retry-After.
 *
 * 1. A known browser. After a successful sign-in the browser gets a device cookie: a random
 *    160-bit token (HttpOnly, SameSite=Lax, a year, path /signin) whose SHA-256 is stored against
 *    the account in `known_devices`; it is replaced at every sign-in. A sign-in for that account
 *    from a browser presenting it skips every limit below and has its own: 10 attempts without a
 *    success per device in 15 minutes. An attacker who floods the account, from any address,
 *    cannot lock its owner out of a browser they have used before.
 * 2. An unknown browser is limited per (account, address): 5 attempts without a success in
 *    15 minutes, then that pair waits until the window ends. The count is taken before the
 *    password is checked, so parallel requests cannot slip past it, and a success clears it.
 *    The guesser at address A locks only themselves (and whoever shares A for that account):
 *    the owner still signs in from any other address, at the first try.
 * 3. Per address: past 30 failures in 15 minutes, an account that already failed from that
 *    address in the window waits too — but an account that has not is still checked, so 30 wrong
 *    guesses behind a shared proxy (no ADDRESS_HEADER) lock out nobody else behind it.
 * 4. Per account, across addresses (unknown browsers only): past 10 failures in 15 minutes every
 *    check waits 250 ms per further failure, at most 3 s. It slows a guesser spread over many
 *    addresses without ever refusing the owner. Common passwords are refused when they are set
 *    (common-passwords.ts), so spraying them finds nothing.
 * 5. The current password on /account/password: 5 wrong ones per user in 15 minutes (a stolen
 *    session must not become an unlimited password oracle). Sign-ups: per address and hour
 *    (SIGNUP_LIMIT).
 *
 * Unknown emails go through the same steps (against a dummy hash) and get the same answers.
 */
import type { Db } from './db/client';
import { verifyAgainstDummy, verifyPassword } from './password';
import { findKnownDevice } from './queries/devices';
import { findUserByEmail, getUser, normaliseEmail } from './queries/users';
import {
	PASSWORD_CHECK_LIMIT,
	SIGN_IN_LIMITS,
	countOf,
	hit,
	reset,
	retryAfter,
	take,
	type Limit
} from './rate-limit';

export type SignInResult =
	| { ok: true; userId: string }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'rate-limited'; retryAfterMs: number };

/** Delay before checking a password for an account under a spread-out attack (step 4). */
export function slowDownMs(accountFailures: number) {
	const over = accountFailures - SIGN_IN_LIMITS.account.max;
	return over < 0 ? 0 : Math.min(250 * (over + 1), 3000);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const limited = (retryAfterMs: number) =>
	({ ok: false, reason: 'rate-limited', retryAfterMs }) as const;
const INVALID = { ok: false, reason: 'invalid' } as const;

/** Checks a password under the limits above, with one answer for unknown emails and wrong passwords. */
export async function attemptSignIn(
	db: Db,
	input: { email: string; password: string; address: string; deviceToken?: string | null },
	now = Date.now(),
	wait: (ms: number) => Promise<void> = sleep
): Promise<SignInResult> {
	const email = normaliseEmail(input.email);
	const user = await findUserByEmail(db, email);

	const device =
		user && input.deviceToken ? await findKnownDevice(db, user.id, input.deviceToken, now) : null;
	if (user && device) {
		const deviceKey = `signin:device:${device}`;
		const { waitMs } = await take(db, deviceKey, SIGN_IN_LIMITS.device, now);
		if (waitMs > 0) return limited(waitMs);
		if (!(await verifyPassword(user.passwordHash, input.password))) return INVALID;
		await reset(db, deviceKey);
		return { ok: true, userId: user.id };
	}

	const pairKey = `signin:pair:${email} ${input.address}`;
	const addressKey = `signin:address:${input.address}`;
	const accountKey = `signin:account:${email}`;
	const pair = await take(db, pairKey, SIGN_IN_LIMITS.pair, now);
	if (pair.waitMs > 0) return limited(pair.waitMs);
	if (pair.count > 1) {
		const addressWait = await retryAfter(db, addressKey, SIGN_IN_LIMITS.address, now);
		if (addressWait > 0) return limited(addressWait);
	}
	const delay = slowDownMs(await countOf(db, accountKey, SIGN_IN_LIMITS.account, now));
	if (delay > 0) await wait(delay);

	const valid = user
		? await verifyPassword(user.passwordHash, input.password)
		: await verifyAgainstDummy(input.password);
	if (!user || !valid) {
		await hit(db, addressKey, SIGN_IN_LIMITS.address, now);
		await hit(db, accountKey, SIGN_IN_LIMITS.account, now);
		return INVALID;
	}
	await reset(db, pairKey);
	return { ok: true, userId: user.id };
}

/** The current-password check of the password form, limited per user (step 5). */
export async function checkCurrentPassword(
	db: Db,
	userId: string,
	password: string,
	now = Date.now()
): Promise<SignInResult> {
	const key = `password:user:${userId}`;
	const { waitMs } = await take(db, key, PASSWORD_CHECK_LIMIT, now);
	if (waitMs > 0) return limited(waitMs);
	const user = await getUser(db, userId);
	if (!user || !(await verifyPassword(user.passwordHash, password))) return INVALID;
	await reset(db, key);
	return { ok: true, userId };
}

/** Counts one sign-up from an address: 0 when it may go ahead, else milliseconds to wait. */
export async function takeSignUp(db: Db, address: string, limit: Limit, now = Date.now()) {
	return (await take(db, `signup:address:${address}`, limit, now)).waitMs;
}
