import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { rateLimits } from './db/schema';
import { createTestDatabase } from './testing';
import { countOf, hit, reset, retryAfter, signUpLimit, take, type Limit } from './rate-limit';

const LIMIT: Limit = { max: 5, windowMs: 60_000 };
const T0 = Date.UTC(2030, 0, 1, 9, 0, 0);

let t: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(() => t.cleanup());

let keyCounter = 0;
const freshKey = () => `test:key:${++keyCounter}`;

async function row(key: string) {
	const [found] = await t.db.select().from(rateLimits).where(eq(rateLimits.key, key));
	return found ?? null;
}

async function hitTimes(key: string, times: number, now: number) {
	for (let i = 0; i < times; i++) await hit(t.db, key, LIMIT, now);
}

describe('rate limit', () => {
	it('is 0 for a key never hit', async () => {
		expect(await retryAfter(t.db, freshKey(), LIMIT, T0)).toBe(0);
	});

	it('is 0 while under the limit', async () => {
		const key = freshKey();
		await hitTimes(key, LIMIT.max - 1, T0);
		expect(await retryAfter(t.db, key, LIMIT, T0 + 1000)).toBe(0);
		expect((await row(key))?.count).toBe(LIMIT.max - 1);
	});

	it('returns the milliseconds left in the window once at the limit', async () => {
		const key = freshKey();
		await hitTimes(key, LIMIT.max, T0);
		expect(await retryAfter(t.db, key, LIMIT, T0)).toBe(LIMIT.windowMs);
		expect(await retryAfter(t.db, key, LIMIT, T0 + 1000)).toBe(LIMIT.windowMs - 1000);
		expect(await retryAfter(t.db, key, LIMIT, T0 + LIMIT.windowMs - 1)).toBe(1);
		expect(await retryAfter(t.db, key, LIMIT, T0 + LIMIT.windowMs)).toBe(0);
	});

	it('counts hits within the window from its start, not from the latest hit', async () => {
		const key = freshKey();
		await hit(t.db, key, LIMIT, T0);
		await hitTimes(key, LIMIT.max - 1, T0 + 30_000);
		expect(await row(key)).toMatchObject({ windowStart: T0, count: LIMIT.max });
		expect(await retryAfter(t.db, key, LIMIT, T0 + 30_000)).toBe(LIMIT.windowMs - 30_000);
	});

	it('starts a new window (count 1) on the first hit after the old one ends', async () => {
		const key = freshKey();
		await hitTimes(key, LIMIT.max + 2, T0);
		expect((await row(key))?.count).toBe(LIMIT.max + 2);

		const next = T0 + LIMIT.windowMs;
		await hit(t.db, key, LIMIT, next);
		expect(await row(key)).toMatchObject({ windowStart: next, count: 1 });
		expect(await retryAfter(t.db, key, LIMIT, next)).toBe(0);
	});

	it('counts concurrent hits exactly', async () => {
		const key = freshKey();
		await Promise.all(Array.from({ length: 20 }, () => hit(t.db, key, LIMIT, T0)));
		expect((await row(key))?.count).toBe(20);
		expect(await retryAfter(t.db, key, LIMIT, T0)).toBe(LIMIT.windowMs);
	});

	it('reset clears the key and leaves others alone', async () => {
		const key = freshKey();
		const other = freshKey();
		await hitTimes(key, LIMIT.max, T0);
		await hitTimes(other, LIMIT.max, T0);
		await reset(t.db, key);
		expect(await row(key)).toBeNull();
		expect(await retryAfter(t.db, key, LIMIT, T0)).toBe(0);
		expect(await retryAfter(t.db, other, LIMIT, T0)).toBe(LIMIT.windowMs);
	});
});

describe('take', () => {
	it('counts the use before the work it guards and refuses past the limit', async () => {
		const key = freshKey();
		for (let i = 1; i <= LIMIT.max; i++) {
			expect(await take(t.db, key, LIMIT, T0)).toEqual({ count: i, waitMs: 0 });
		}
		expect(await take(t.db, key, LIMIT, T0 + 1000)).toEqual({
			count: LIMIT.max + 1,
			waitMs: LIMIT.windowMs - 1000
		});
		expect(await take(t.db, key, LIMIT, T0 + LIMIT.windowMs)).toEqual({ count: 1, waitMs: 0 });
	});

	it('lets exactly the limit through when uses arrive together', async () => {
		const key = freshKey();
		const results = await Promise.all(Array.from({ length: 20 }, () => take(t.db, key, LIMIT, T0)));
		expect(results.filter((r) => r.waitMs === 0)).toHaveLength(LIMIT.max);
		expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(
			Array.from({ length: 20 }, (_, i) => i + 1)
		);
	});

	it('countOf reads the window without counting', async () => {
		const key = freshKey();
		await hitTimes(key, 3, T0);
		expect(await countOf(t.db, key, LIMIT, T0 + 1000)).toBe(3);
		expect(await countOf(t.db, key, LIMIT, T0 + LIMIT.windowMs)).toBe(0);
		expect(await countOf(t.db, freshKey(), LIMIT, T0)).toBe(0);
	});
});

describe('signUpLimit', () => {
	it('defaults to 20 an hour and takes a positive whole number from SIGNUP_LIMIT', () => {
		expect(signUpLimit(undefined)).toEqual({ max: 20, windowMs: 3_600_000 });
		expect(signUpLimit('')).toEqual({ max: 20, windowMs: 3_600_000 });
		expect(signUpLimit('abc').max).toBe(20);
		expect(signUpLimit('-5').max).toBe(20);
		expect(signUpLimit('500').max).toBe(500);
	});
});
