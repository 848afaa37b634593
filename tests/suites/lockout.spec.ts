import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { AppServer, suitePort, tempDatabase } from '../support/app-server';
import { ApiUser, PASSWORD, expect, test, uniqueEmail } from '../support/support';

// Sign-in limits must hold back the guesser without locking out the owner (issue 15, item 4;
// the design is at the top of src/lib/server/sign-in.ts). The e2e server sees every request
// from loopback, so these tests start a server of their own that reads the client address from
// X-Forwarded-For (ADDRESS_HEADER, as behind a proxy) and keeps the default sign-up limit.
const A = '198.51.100.10'; // the attacker's address
const P = '198.51.100.20'; // a shared proxy's address
const B = '198.51.100.30'; // somewhere else the victim is

let server: AppServer;
let database: Awaited<ReturnType<typeof tempDatabase>>;
const contexts: APIRequestContext[] = [];

// Kept as beforeAll, not the role fixtures: its people sign up on a server of its own.
test.beforeAll(async () => {
	test.setTimeout(120_000);
	database = await tempDatabase('lockout');
	server = new AppServer(suitePort(5), database.url, {
		ADDRESS_HEADER: 'X-Forwarded-For',
		XFF_DEPTH: '1',
		SIGNUP_LIMIT: ''
	});
	await server.start();
});
test.afterAll(async () => {
	await Promise.all(contexts.map((c) => c.dispose()));
	await server?.kill('SIGTERM');
	await database?.cleanup();
});

/** A browser of its own (its own cookie jar) whose requests come from `address`. */
async function browserAt(address: string, locale = 'en-US') {
	const context = await playwrightRequest.newContext({
		baseURL: server.baseURL,
		extraHTTPHeaders: {
			origin: server.baseURL,
			accept: 'text/html',
			'accept-language': locale,
			'x-forwarded-for': address
		}
	});
	contexts.push(context);
	return context;
}

function signIn(context: APIRequestContext, email: string, password: string, address: string) {
	return context.post('/signin', {
		form: { email, password, redirectTo: '' },
		headers: { 'x-forwarded-for': address },
		maxRedirects: 0
	});
}

function signUp(context: APIRequestContext, email: string, password = PASSWORD) {
	return context.post('/signup', {
		form: { name: 'Person', email, password, timeZone: 'UTC', redirectTo: '' },
		maxRedirects: 0
	});
}

test('the victim still signs in after 100 failures from A and 30 from the proxy', async () => {
	const email = uniqueEmail('victim');
	// The victim's laptop: the account was made on it, so it holds a device cookie.
	const laptop = await browserAt(B);
	expect((await signUp(laptop, email)).status()).toBe(303);
	expect((await laptop.post('/signout', { maxRedirects: 0 })).status()).toBe(303);

	const attacker = await browserAt(A);
	const statuses: number[] = [];
	let last;
	for (let i = 0; i < 100; i++) {
		last = await signIn(attacker, email, `guess number ${i}`, A);
		statuses.push(last.status());
	}
	expect(statuses.filter((s) => s === 400)).toHaveLength(5);
	expect(statuses.filter((s) => s === 429)).toHaveLength(95);
	expect(Number(last!.headers()['retry-after'])).toBeGreaterThan(0);
	expect(await last!.text()).toContain('Too many sign-in attempts');

	// 30 failures from the proxy's address, sprayed over other accounts.
	const sprayer = await browserAt(P);
	for (let i = 0; i < 30; i++) {
		const sprayed = await signIn(sprayer, `nobody-${i}@example.test`, 'password guess', P);
		expect(sprayed.status()).toBe(400);
	}

	// The victim, at the first try: from another address, from behind the proxy, and from A on
	// the laptop that signed in before.
	for (const address of [B, P]) {
		const fresh = await browserAt(address);
		const answer = await signIn(fresh, email, PASSWORD, address);
		expect(answer.status(), `from ${address}`).toBe(303);
	}
	const fromA = await signIn(laptop, email, PASSWORD, A);
	expect(fromA.status()).toBe(303);
	expect((await laptop.get('/account', { maxRedirects: 0 })).status()).toBe(200);

	// The attacker at A is still held back, even with the right password.
	expect((await signIn(attacker, email, PASSWORD, A)).status()).toBe(429);
});

test('sign-up is limited per address, with Retry-After and a message in both languages', async () => {
	const S = '198.51.100.40';
	for (let i = 0; i < 20; i++) {
		const response = await signUp(await browserAt(S), uniqueEmail('crowd'));
		expect(response.status(), `sign-up ${i + 1}`).toBe(303);
	}
	const refused = await signUp(await browserAt(S), uniqueEmail('crowd'));
	expect(refused.status()).toBe(429);
	expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
	expect(await refused.text()).toContain('Too many accounts were created from your network');
	const refusedZh = await signUp(await browserAt(S, 'zh-CN'), uniqueEmail('crowd'));
	expect(refusedZh.status()).toBe(429);
	expect(await refusedZh.text()).toContain('你所在网络创建的账户过多');

	// Another address is not affected.
	expect((await signUp(await browserAt('198.51.100.41'), uniqueEmail('other'))).status()).toBe(303);
});

test.describe('on the e2e server', () => {
	const COMMON = ['password123', 'woaini1314', 'qq12345678', 'Password123'];

	test('sign-up refuses common passwords on the field, in both languages', async ({ baseURL }) => {
		for (const [locale, text] of [
			['en-US', 'on the lists of common passwords'],
			['zh-CN', '常见密码列表']
		]) {
			const visitor = await playwrightRequest.newContext({
				baseURL,
				extraHTTPHeaders: { origin: baseURL!, accept: 'text/html', 'accept-language': locale }
			});
			for (const password of COMMON) {
				const email = uniqueEmail('common');
				const response = await visitor.post('/signup', {
					form: { name: 'Common', email, password, timeZone: 'UTC', redirectTo: '' },
					maxRedirects: 0
				});
				expect(response.status(), password).toBe(400);
				expect(await response.text()).toContain(text);
			}
			await visitor.dispose();
		}
	});

	test('the password form refuses a common new password and throttles wrong current ones', async ({
		baseURL
	}) => {
		const user = await ApiUser.signUp(baseURL!, 'Changer');
		const change = (currentPassword: string, newPassword: string) =>
			user.api.post('/account/password', {
				form: { currentPassword, newPassword, confirmPassword: newPassword },
				maxRedirects: 0
			});
		for (const password of COMMON) {
			const response = await change(PASSWORD, password);
			expect(response.status(), password).toBe(400);
			expect(await response.text()).toContain('on the lists of common passwords');
		}

		for (let i = 0; i < 5; i++) {
			const wrong = await change(`not my password ${i}`, 'another long passphrase');
			expect(wrong.status()).toBe(400);
		}
		const throttled = await change(PASSWORD, 'another long passphrase');
		expect(throttled.status()).toBe(429);
		expect(Number(throttled.headers()['retry-after'])).toBeGreaterThan(0);
		expect(await throttled.text()).toContain('Too many wrong passwords');
		await user.dispose();
	});
});
