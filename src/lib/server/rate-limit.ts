import { eq, sql } from 'drizzle-orm';
import type { Db } from './db/client';
import { rateLimits } from './db/schema';

export type Limit = { max: number; windowMs: number };

/** Failed sign-ins allowed per account and per client address. */
export const SIGN_IN_LIMITS = {
	account: { max: 5, windowMs: 15 * 60 * 1000 },
	address: { max: 30, windowMs: 15 * 60 * 1000 }
} satisfies Record<string, Limit>;

/** Milliseconds until the key may be used again, or 0 when it is under its limit. */
export async function retryAfter(db: Db, key: string, limit: Limit, now = Date.now()) {
	const [row] = await db.select().from(rateLimits).where(eq(rateLimits.key, key));
	if (!row) return 0;
	const windowEnd = row.windowStart + limit.windowMs;
	if (now >= windowEnd) return 0;
	return row.count >= limit.max ? windowEnd - now : 0;
}

/** Counts one hit in the key's current window (a new window starts when the old one is over). */
export async function hit(db: Db, key: string, limit: Limit, now = Date.now()) {
	// One statement, so concurrent processes cannot lose a count.
	await db
		.insert(rateLimits)
		.values({ key, windowStart: now, count: 1 })
		.onConflictDoUpdate({
			target: rateLimits.key,
			set: {
				count: sql`CASE WHEN ${rateLimits.windowStart} + ${limit.windowMs} <= ${now} THEN 1 ELSE ${rateLimits.count} + 1 END`,
				windowStart: sql`CASE WHEN ${rateLimits.windowStart} + ${limit.windowMs} <= ${now} THEN ${now} ELSE ${rateLimits.windowStart} END`
			}
		});
}

export async function reset(db: Db, key: string) {
	await db.delete(rateLimits).where(eq(rateLimits.key, key));
}
