import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, like } from 'drizzle-orm';
import { rateLimits } from './db/schema';
import { TEST_PASSWORD, createTestDatabase, makeUser } from './testing';
import { DEVICE_LIFETIME_MS, rememberDevice } from './queries/devices';
import { PASSWORD_CHECK_LIMIT, SIGN_IN_LIMITS, signUpLimit } from './rate-limit';
import { attemptSignIn, checkCurrentPassword, slowDownMs, takeSignUp } from './sign-in';

const T0 = Date.UTC(2030, 0, 1, 9, 0, 0);
const WRONG = 'definitely not the password';

let t: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(() => t.cleanup());

// Each test signs in from its own addresses so address counters do not leak between tests.
let addressCounter = 0;
const freshAddress = () => `203.0.113.${++addressCounter}`;

/** Records the slow-down instead of sleeping, so tests stay fast and can see it. */
function recordWaits() {
	const waits: number[] = [];
	return { waits, wait: async (ms: number) => void waits.push(ms) };
}

type Attempt = { email: string; password: string; address: string; deviceToken?: string };
const signIn = (attempt: Attempt, now = T0, wait = recordWaits().wait) =>
	attemptSignIn(t.db, attempt, now, wait);

async function failTimes(email: string, address: string, times: number, now = T0) {
	for (let i = 0; i < times; i++) {
		expect(await signIn({ email, password: WRONG, address }, now)).toEqual({
			ok: false,
			reason: 'invalid'
		});
	}
}

describe('attemptSignIn', () => {
	it('signs in with the right password, whatever the email case and spacing', async () => {
		const { userId, email } = await makeUser(t.db);
		const address = freshAddress();
		expect(await signIn({ email, password: TEST_PASSWORD, address })).toEqual({
			ok: true,
			userId
		});
		const shouted = `  ${email.toUpperCase()} `;
		expect(await signIn({ email: shouted, password: TEST_PASSWORD, address })).toEqual({
			ok: true,
			userId
		});
	});

	it('gives the same answer for an unknown email and a wrong password', async () => {
		const { email } = await makeUser(t.db);
		const address = freshAddress();
		const wrongPassword = await signIn({ email, password: WRONG, address });
		const unknownEmail = await signIn({
			email: 'nobody@example.test',
			password: TEST_PASSWORD,
			address
		});
		expect(wrongPassword).toEqual({ ok: false, reason: 'invalid' });
		expect(unknownEmail).toEqual({ ok: false, reason: 'invalid' });
	});

	// Issue 15, item 4, as written: the attacker floods the victim from A, and 30 failures come
	// from the proxy's address P; the victim must still get in at the first try.
	it('does not lock the victim out: 100 failures from A and 30 from the proxy', async () => {
		const victim = await makeUser(t.db);
		const [A, P, B] = [freshAddress(), freshAddress(), freshAddress()];
		// The victim's laptop signed in from A last week and kept its device cookie.
		const laptop = await rememberDevice(t.db, victim.userId, undefined, T0 - 7 * 86_400_000);

		const answers = [];
		for (let i = 0; i < 100; i++) {
			answers.push(await signIn({ email: victim.email, password: `guess ${i}`, address: A }));
		}
		// Only five guesses were ever checked; the rest waited, told how long (Retry-After).
		expect(answers.filter((a) => a.ok === false && a.reason === 'invalid')).toHaveLength(5);
		expect(answers.at(-1)).toEqual({
			ok: false,
			reason: 'rate-limited',
			retryAfterMs: SIGN_IN_LIMITS.pair.windowMs
		});
		// 30 failures from the proxy's address, spread over other accounts (a spray).
		for (let i = 0; i < 30; i++) {
			const sprayed = await signIn({
				email: `spray${i}@example.test`,
				password: WRONG,
				address: P
			});
			expect(sprayed).toEqual({ ok: false, reason: 'invalid' });
		}

		const later = T0 + 60_000;
		const right = (address: string, deviceToken?: string) =>
			signIn({ email: victim.email, password: TEST_PASSWORD, address, deviceToken }, later);
		expect(await right(B)).toEqual({ ok: true, userId: victim.userId });
		expect(await right(P)).toEqual({ ok: true, userId: victim.userId });
		expect(await right(A, laptop.token)).toEqual({ ok: true, userId: victim.userId });
		// The attacker at A, without the victim's cookie, is still held back.
		expect(await right(A)).toMatchObject({ ok: false, reason: 'rate-limited' });
	});

	it('counts parallel guesses before checking them: no burst gets past the limit', async () => {
		const { email } = await makeUser(t.db);
		const address = freshAddress();
		const answers = await Promise.all(
			Array.from({ length: 20 }, (_, i) => signIn({ email, password: `burst ${i}`, address }))
		);
		const checked = answers.filter((a) => a.ok === false && a.reason === 'invalid');
		expect(checked).toHaveLength(SIGN_IN_LIMITS.pair.max);
	});

	it('holds back the account at that address for the rest of the window, then lets it in', async () => {
		const { userId, email } = await makeUser(t.db);
		const address = freshAddress();
		await failTimes(email, address, SIGN_IN_LIMITS.pair.max);
		const sixth = await signIn({ email, password: TEST_PASSWORD, address }, T0 + 1000);
		expect(sixth).toEqual({
			ok: false,
			reason: 'rate-limited',
			retryAfterMs: SIGN_IN_LIMITS.pair.windowMs - 1000
		});
		const after = T0 + SIGN_IN_LIMITS.pair.windowMs;
		expect(await signIn({ email, password: TEST_PASSWORD, address }, after)).toEqual({
			ok: true,
			userId
		});
	});

	it('clears the account-address counter on success', async () => {
		const { userId, email } = await makeUser(t.db);
		const address = freshAddress();
		await failTimes(email, address, SIGN_IN_LIMITS.pair.max - 1);
		expect(await signIn({ email, password: TEST_PASSWORD, address })).toEqual({
			ok: true,
			userId
		});
		const left = await t.db
			.select()
			.from(rateLimits)
			.where(eq(rateLimits.key, `signin:pair:${email} ${address}`));
		expect(left).toEqual([]);
		// Without the reset these would make 8 attempts in one window and hold back the next.
		await failTimes(email, address, SIGN_IN_LIMITS.pair.max - 1);
		expect(await signIn({ email, password: TEST_PASSWORD, address })).toEqual({
			ok: true,
			userId
		});
	});

	it('past the address limit, holds back accounts that failed there, not the others', async () => {
		const tried = await makeUser(t.db);
		const untouched = await makeUser(t.db);
		const address = freshAddress();
		await failTimes(tried.email, address, 1);
		for (let i = 0; i < SIGN_IN_LIMITS.address.max - 1; i++) {
			await failTimes(`spray${i}@example.test`, address, 1);
		}
		// The account that failed here waits (with Retry-After), even with the right password…
		expect(await signIn({ email: tried.email, password: TEST_PASSWORD, address })).toEqual({
			ok: false,
			reason: 'rate-limited',
			retryAfterMs: SIGN_IN_LIMITS.address.windowMs
		});
		// …and so does a sprayed email at its second guess.
		expect(await signIn({ email: 'spray0@example.test', password: WRONG, address })).toMatchObject({
			reason: 'rate-limited'
		});
		// Someone else behind the same address signs in at the first try.
		expect(await signIn({ email: untouched.email, password: TEST_PASSWORD, address })).toEqual({
			ok: true,
			userId: untouched.userId
		});
		// The held-back account is fine from anywhere else.
		expect(
			await signIn({ email: tried.email, password: TEST_PASSWORD, address: freshAddress() })
		).toEqual({ ok: true, userId: tried.userId });
	});

	it('slows down, never refuses, an account guessed at from many addresses', async () => {
		const { userId, email } = await makeUser(t.db);
		const addresses = Array.from({ length: 4 }, freshAddress);
		for (const address of addresses) await failTimes(email, address, SIGN_IN_LIMITS.pair.max);

		const { waits, wait } = recordWaits();
		const answer = await signIn(
			{ email, password: TEST_PASSWORD, address: freshAddress() },
			T0 + 1000,
			wait
		);
		expect(answer).toEqual({ ok: true, userId });
		expect(waits).toEqual([slowDownMs(4 * SIGN_IN_LIMITS.pair.max)]);
		expect(waits[0]).toBeGreaterThan(0);
		expect(waits[0]).toBeLessThanOrEqual(3000);
	});

	it('gives a known browser its own limit, and only for its own account', async () => {
		const owner = await makeUser(t.db);
		const other = await makeUser(t.db);
		const address = freshAddress();
		const { token } = await rememberDevice(t.db, owner.userId, undefined, T0);
		for (let i = 0; i < SIGN_IN_LIMITS.device.max; i++) {
			const answer = await signIn({
				email: owner.email,
				password: WRONG,
				address,
				deviceToken: token
			});
			expect(answer).toEqual({ ok: false, reason: 'invalid' });
		}
		expect(
			await signIn({ email: owner.email, password: TEST_PASSWORD, address, deviceToken: token })
		).toMatchObject({ ok: false, reason: 'rate-limited' });
		// The device's failures locked nothing else: the same account without the cookie is fine.
		expect(await signIn({ email: owner.email, password: TEST_PASSWORD, address })).toEqual({
			ok: true,
			userId: owner.userId
		});

		// Another account's cookie is no pass: that attempt is an unknown browser's.
		const elsewhere = freshAddress();
		await failTimes(other.email, elsewhere, SIGN_IN_LIMITS.pair.max);
		expect(
			await signIn({
				email: other.email,
				password: TEST_PASSWORD,
				address: elsewhere,
				deviceToken: token
			})
		).toMatchObject({ ok: false, reason: 'rate-limited' });
	});

	it('does not honour an expired or unknown device cookie', async () => {
		const { email, userId } = await makeUser(t.db);
		const address = freshAddress();
		const { token } = await rememberDevice(t.db, userId, undefined, T0 - DEVICE_LIFETIME_MS);
		await failTimes(email, address, SIGN_IN_LIMITS.pair.max);
		for (const deviceToken of [token, 'made-up-token']) {
			expect(await signIn({ email, password: TEST_PASSWORD, address, deviceToken })).toMatchObject({
				ok: false,
				reason: 'rate-limited'
			});
		}
	});
});

describe('checkCurrentPassword', () => {
	it('throttles guesses at the current password per user', async () => {
		const user = await makeUser(t.db);
		const other = await makeUser(t.db);
		for (let i = 0; i < PASSWORD_CHECK_LIMIT.max; i++) {
			expect(await checkCurrentPassword(t.db, user.userId, `guess ${i}`, T0)).toEqual({
				ok: false,
				reason: 'invalid'
			});
		}
		expect(await checkCurrentPassword(t.db, user.userId, TEST_PASSWORD, T0 + 1000)).toEqual({
			ok: false,
			reason: 'rate-limited',
			retryAfterMs: PASSWORD_CHECK_LIMIT.windowMs - 1000
		});
		expect(await checkCurrentPassword(t.db, other.userId, TEST_PASSWORD, T0)).toMatchObject({
			ok: true
		});
		const after = T0 + PASSWORD_CHECK_LIMIT.windowMs;
		expect(await checkCurrentPassword(t.db, user.userId, TEST_PASSWORD, after)).toMatchObject({
			ok: true
		});
		const left = await t.db
			.select()
			.from(rateLimits)
			.where(like(rateLimits.key, `password:user:${user.userId}`));
		expect(left).toEqual([]);
	});
});

describe('takeSignUp', () => {
	it('allows the limit of sign-ups per address and hour, then says how long to wait', async () => {
		const limit = signUpLimit(undefined);
		const address = freshAddress();
		for (let i = 0; i < limit.max; i++) expect(await takeSignUp(t.db, address, limit, T0)).toBe(0);
		expect(await takeSignUp(t.db, address, limit, T0 + 1000)).toBe(limit.windowMs - 1000);
		expect(await takeSignUp(t.db, freshAddress(), limit, T0)).toBe(0);
		expect(await takeSignUp(t.db, address, limit, T0 + limit.windowMs)).toBe(0);
	});
});
