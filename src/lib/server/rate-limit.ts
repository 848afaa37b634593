import { eq, sql } from 'drizzle-orm';
import type { Db } from './db/client';
import { rateLimits } from './db/schema';

export type Limit = { max: number; windowMs: number };

const MINUTE = 60 * 1000;

/** Sign-in limits; how they work together is described at the top of sign-in.ts. */
export const SIGN_IN_LIMITS = {
	/** Attempts without a success for one account from one address: the guesser's own lock. */
	pair: { max: 5, windowMs: 15 * MINUTE },
	/** Failures from one address; past it, an account that already failed there waits. */
	address: { max: 30, windowMs: 15 * MINUTE },
	/** Failures on one account from unknown browsers anywhere; past it, sign-in slows down. */
	account: { max: 10, windowMs: 15 * MINUTE },
	/** Attempts without a success from one known browser (device cookie) for its account. */
	device: { max: 10, windowMs: 15 * MINUTE }
} satisfies Record<string, Limit>;

/** Wrong current passwords on the password form, per signed-in user. */
export const PASSWORD_CHECK_LIMIT: Limit = { max: 5, windowMs: 15 * MINUTE };

/**
 * Sign-ups per client address and hour. `SIGNUP_LIMIT` raises it (an office onboarding behind
 * one address, or a test run that signs up hundreds of users from loopback).
 */
export function signUpLimit(perHour?: string): Limit {
	const max = Number(perHour);
	return { max: Number.isInteger(max) && max > 0 ? max : 20, windowMs: 60 * MINUTE };
}

/** Milliseconds until the key may be used again, or 0 when it is under its limit. */
export async function retryAfter(db: Db, key: string, limit: Limit, now = Date.now()) {
	const [row] = await db.select().from(rateLimits).where(eq(rateLimits.key, key));
	if (!row) return 0;
	const windowEnd = row.windowStart + limit.windowMs;
	if (now >= windowEnd) return 0;
	return row.count >= limit.max ? windowEnd - now : 0;
}

/** Hits counted in the key's current window (0 once the window is over). */
export async function countOf(db: Db, key: string, limit: Limit, now = Date.now()) {
	const [row] = await db.select().from(rateLimits).where(eq(rateLimits.key, key));
	return row && now < row.windowStart + limit.windowMs ? row.count : 0;
}

/**
 * Counts one hit in the key's current window (a new window starts when the old one is over) and
 * returns the count including it, with the window's start.
 */
export async function hit(db: Db, key: string, limit: Limit, now = Date.now()) {
	// One statement, so concurrent processes cannot lose a count.
	const [row] = await db
		.insert(rateLimits)
		.values({ key, windowStart: now, count: 1 })
		.onConflictDoUpdate({
			target: rateLimits.key,
			set: {
				count: sql`CASE WHEN ${rateLimits.windowStart} + ${limit.windowMs} <= ${now} THEN 1 ELSE ${rateLimits.count} + 1 END`,
				windowStart: sql`CASE WHEN ${rateLimits.windowStart} + ${limit.windowMs} <= ${now} THEN ${now} ELSE ${rateLimits.windowStart} END`
			}
		})
		.returning({ count: rateLimits.count, windowStart: rateLimits.windowStart });
	return row;
}

/**
 * Takes one use of the key *before* the work it guards, so parallel requests cannot all slip in
 * under the limit: 0 when this use is within the limit, else the milliseconds until the window
 * ends. `count` is the number of uses in the window, this one included.
 */
export async function take(db: Db, key: string, limit: Limit, now = Date.now()) {
	const { count, windowStart } = await hit(db, key, limit, now);
	return { count, waitMs: count > limit.max ? windowStart + limit.windowMs - now : 0 };
}

export async function reset(db: Db, key: string) {
	await db.delete(rateLimits).where(eq(rateLimits.key, key));
}
