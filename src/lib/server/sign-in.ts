import type { Db } from './db/client';
import { verifyAgainstDummy, verifyPassword } from './password';
import { findUserByEmail, normaliseEmail } from './queries/users';
import { SIGN_IN_LIMITS, hit, reset, retryAfter } from './rate-limit';

export type SignInResult =
	| { ok: true; userId: string }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'rate-limited'; retryAfterMs: number };

/**
 * Checks a password with the same answer for an unknown email and a wrong password, and counts
 * failures per account and per client address (in the database, so every app process agrees).
 */
export async function attemptSignIn(
	db: Db,
	input: { email: string; password: string; address: string },
	now = Date.now()
): Promise<SignInResult> {
	const accountKey = `signin:account:${normaliseEmail(input.email)}`;
	const addressKey = `signin:address:${input.address}`;
	const wait = Math.max(
		await retryAfter(db, accountKey, SIGN_IN_LIMITS.account, now),
		await retryAfter(db, addressKey, SIGN_IN_LIMITS.address, now)
	);
	if (wait > 0) return { ok: false, reason: 'rate-limited', retryAfterMs: wait };

	const user = await findUserByEmail(db, input.email);
	const valid = user
		? await verifyPassword(user.passwordHash, input.password)
		: await verifyAgainstDummy(input.password);
	if (!user || !valid) {
		await hit(db, accountKey, SIGN_IN_LIMITS.account, now);
		await hit(db, addressKey, SIGN_IN_LIMITS.address, now);
		return { ok: false, reason: 'invalid' };
	}
	await reset(db, accountKey);
	return { ok: true, userId: user.id };
}
