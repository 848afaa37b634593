import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { rateLimits } from './db/schema';
import { TEST_PASSWORD, createTestDatabase, makeUser } from './db/testing';
import { SIGN_IN_LIMITS } from './rate-limit';
import { attemptSignIn } from './sign-in';

const T0 = Date.UTC(2030, 0, 1, 9, 0, 0);
const WRONG = 'definitely not the password';

let t: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(() => t.cleanup());

// Each test signs in from its own address so address counters do not leak between tests.
let addressCounter = 0;
const freshAddress = () => `203.0.113.${++addressCounter}`;

async function failTimes(email: string, address: string, times: number, now = T0) {
	for (let i = 0; i < times; i++) {
		const result = await attemptSignIn(t.db, { email, password: WRONG, address }, now);
		expect(result).toEqual({ ok: false, reason: 'invalid' });
	}
}

describe('attemptSignIn', () => {
	it('signs in with the right password, whatever the email case and spacing', async () => {
		const { userId, email } = await makeUser(t.db);
		const address = freshAddress();
		expect(await attemptSignIn(t.db, { email, password: TEST_PASSWORD, address }, T0)).toEqual({
			ok: true,
			userId
		});
		const shouted = `  ${email.toUpperCase()} `;
		expect(
			await attemptSignIn(t.db, { email: shouted, password: TEST_PASSWORD, address }, T0)
		).toEqual({ ok: true, userId });
	});

	it('gives the same answer for an unknown email and a wrong password', async () => {
		const { email } = await makeUser(t.db);
		const address = freshAddress();
		const wrongPassword = await attemptSignIn(t.db, { email, password: WRONG, address }, T0);
		const unknownEmail = await attemptSignIn(
			t.db,
			{ email: 'nobody@example.test', password: TEST_PASSWORD, address },
			T0
		);
		expect(wrongPassword).toEqual({ ok: false, reason: 'invalid' });
		expect(unknownEmail).toEqual({ ok: false, reason: 'invalid' });
		expect(Object.keys(unknownEmail).sort()).toEqual(Object.keys(wrongPassword).sort());
	});

	it('rate-limits an account after 5 failures, even with the right password', async () => {
		const { email } = await makeUser(t.db);
		const address = freshAddress();
		await failTimes(email, address, SIGN_IN_LIMITS.account.max);

		const later = T0 + 1000;
		const sixth = await attemptSignIn(t.db, { email, password: TEST_PASSWORD, address }, later);
		expect(sixth).toEqual({
			ok: false,
			reason: 'rate-limited',
			retryAfterMs: SIGN_IN_LIMITS.account.windowMs - 1000
		});

		// The limit is on the account, so another address does not get around it.
		const elsewhere = await attemptSignIn(
			t.db,
			{ email: email.toUpperCase(), password: TEST_PASSWORD, address: freshAddress() },
			later
		);
		expect(elsewhere).toMatchObject({ ok: false, reason: 'rate-limited' });
	});

	it('lets the account in again once the window has passed', async () => {
		const { userId, email } = await makeUser(t.db);
		const address = freshAddress();
		await failTimes(email, address, SIGN_IN_LIMITS.account.max);
		const after = T0 + SIGN_IN_LIMITS.account.windowMs;
		expect(await attemptSignIn(t.db, { email, password: TEST_PASSWORD, address }, after)).toEqual({
			ok: true,
			userId
		});
	});

	it('resets the account counter on success', async () => {
		const { userId, email } = await makeUser(t.db);
		const address = freshAddress();
		await failTimes(email, address, SIGN_IN_LIMITS.account.max - 1);
		expect(await attemptSignIn(t.db, { email, password: TEST_PASSWORD, address }, T0)).toEqual({
			ok: true,
			userId
		});
		const [counter] = await t.db
			.select()
			.from(rateLimits)
			.where(eq(rateLimits.key, `signin:account:${email}`));
		expect(counter).toBeUndefined();

		// Without the reset these would make 8 failures in one window and block the next try.
		await failTimes(email, address, SIGN_IN_LIMITS.account.max - 1);
		expect(await attemptSignIn(t.db, { email, password: TEST_PASSWORD, address }, T0)).toEqual({
			ok: true,
			userId
		});
	});

	it('blocks a different email from an address that reached the address limit', async () => {
		const { email } = await makeUser(t.db);
		const address = freshAddress();
		// Unknown emails, so no single account reaches its own limit.
		for (let i = 0; i < SIGN_IN_LIMITS.address.max; i++) {
			const result = await attemptSignIn(
				t.db,
				{ email: `spray${i}@example.test`, password: WRONG, address },
				T0
			);
			expect(result).toEqual({ ok: false, reason: 'invalid' });
		}
		const blocked = await attemptSignIn(t.db, { email, password: TEST_PASSWORD, address }, T0);
		expect(blocked).toEqual({
			ok: false,
			reason: 'rate-limited',
			retryAfterMs: SIGN_IN_LIMITS.address.windowMs
		});

		// The same account from another address is fine.
		expect(
			await attemptSignIn(t.db, { email, password: TEST_PASSWORD, address: freshAddress() }, T0)
		).toMatchObject({ ok: true });
	});

	it('does not block another account because one account hit its limit', async () => {
		const victim = await makeUser(t.db);
		const other = await makeUser(t.db);
		const address = freshAddress();
		await failTimes(victim.email, address, SIGN_IN_LIMITS.account.max);
		expect(
			await attemptSignIn(t.db, { email: victim.email, password: TEST_PASSWORD, address }, T0)
		).toMatchObject({ ok: false, reason: 'rate-limited' });

		expect(
			await attemptSignIn(
				t.db,
				{ email: other.email, password: TEST_PASSWORD, address: freshAddress() },
				T0
			)
		).toEqual({ ok: true, userId: other.userId });
		// Five failures are far below the address limit, so the same address still works too.
		expect(
			await attemptSignIn(t.db, { email: other.email, password: TEST_PASSWORD, address }, T0)
		).toEqual({ ok: true, userId: other.userId });
	});
});
