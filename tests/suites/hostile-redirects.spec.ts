import { expect, request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { test as roles } from '../support/roles';
import { ApiUser, PASSWORD } from '../support/support';

const test = roles.extend<{ anonymous: APIRequestContext }>({
	/** A client with no session of its own. */
	anonymous: async ({ baseURL }, use) => {
		const anonymous = await playwrightRequest.newContext({
			baseURL,
			extraHTTPHeaders: { origin: baseURL!, accept: 'text/html' }
		});
		await use(anonymous);
		await anonymous.dispose();
	}
});
test.use({ names: { owner: 'Redirected', outsider: 'Bounced' } });

// Every redirect target a form or link can carry, with the characters browsers strip or trim
// (tab, CR, LF, other controls), backslashes, and other hosts in every spelling. Each must answer
// a redirect that stays on our origin, never a 5xx.
const HOSTILE_TARGETS = [
	'/\t/evil.example',
	'/\r/evil.example',
	'/\n/evil.example',
	'/\r\n/evil.example',
	'\t//evil.example',
	'/\\evil.example',
	'\\\\evil.example',
	'//evil.example',
	'https:evil.example',
	'https://evil.example',
	'/.//evil.example',
	'/\u0000/evil.example',
	'/\u3000/evil.example',
	'javascript:alert(1)',
	'/%09/evil.example',
	'/\r\nSet-Cookie: stolen=1'
];

function expectOnOurOrigin(location: string | undefined, baseURL: string) {
	expect(location, 'a Location header').toBeTruthy();
	// What a browser does with the header: strip tab/CR/LF, then resolve against the page.
	const asBrowser = new URL(location!.replace(/[\t\r\n]/g, ''), baseURL);
	expect(asBrowser.origin).toBe(new URL(baseURL).origin);
}

test('sign-in sends a hostile redirectTo home, on our origin', async ({
	baseURL,
	anonymous,
	owner: user
}) => {
	for (const redirectTo of HOSTILE_TARGETS) {
		const response = await anonymous.post('/signin', {
			form: { email: user.email, password: PASSWORD, redirectTo },
			maxRedirects: 0
		});
		expect(response.status(), JSON.stringify(redirectTo)).toBe(303);
		expectOnOurOrigin(response.headers()['location'], baseURL!);
	}
});

test('sign-up sends a hostile redirectTo to the new workspace, on our origin', async ({
	baseURL
}) => {
	for (const [i, redirectTo] of HOSTILE_TARGETS.entries()) {
		const fresh = await playwrightRequest.newContext({
			baseURL,
			extraHTTPHeaders: { origin: baseURL!, accept: 'text/html' }
		});
		const response = await fresh.post('/signup', {
			form: {
				name: 'Redirected',
				email: `redirected-${Date.now().toString(36)}-${i}@example.test`,
				password: PASSWORD,
				timeZone: 'UTC',
				redirectTo
			},
			maxRedirects: 0
		});
		expect(response.status(), JSON.stringify(redirectTo)).toBe(303);
		expectOnOurOrigin(response.headers()['location'], baseURL!);
		await fresh.dispose();
	}
});

test('the sign-in and sign-up pages take a hostile redirectTo without a 5xx', async ({
	baseURL,
	outsider: user
}) => {
	const visitor = await playwrightRequest.newContext({ baseURL });
	for (const path of ['/signin', '/signup']) {
		for (const redirectTo of HOSTILE_TARGETS) {
			const response = await visitor.get(`${path}?redirectTo=${encodeURIComponent(redirectTo)}`);
			expect(response.status(), `${path} ${JSON.stringify(redirectTo)}`).toBe(200);
		}
	}
	await visitor.dispose();
	// A signed-in visitor is sent on at once: that redirect must stay home too.
	for (const redirectTo of HOSTILE_TARGETS) {
		const response = await user.api.get(`/signin?redirectTo=${encodeURIComponent(redirectTo)}`, {
			maxRedirects: 0
		});
		expect(response.status()).toBe(303);
		expectOnOurOrigin(response.headers()['location'], baseURL!);
	}
});

test('the language switch sends a hostile redirectTo home, never a 5xx', async ({
	baseURL,
	anonymous
}) => {
	for (const redirectTo of HOSTILE_TARGETS) {
		const response = await anonymous.post('/locale', {
			form: { locale: 'zh-CN', redirectTo },
			maxRedirects: 0
		});
		expect(response.status(), JSON.stringify(redirectTo)).toBe(303);
		expectOnOurOrigin(response.headers()['location'], baseURL!);
	}
	// A POST without a form body switches nothing and still answers with a redirect.
	const bare = await anonymous.post('/locale', { maxRedirects: 0 });
	expect(bare.status()).toBe(303);
	expect(bare.headers()['location']).toBe('/');
});

test('another site cannot sign a user out with a body-less POST', async ({ baseURL }) => {
	// A person of its own, not a role of the file: the test ends their session.
	const user = await ApiUser.signUp(baseURL!, 'Stays');
	const storageState = await user.api.storageState();
	const stillSignedIn = async () =>
		(await user.api.get('/account', { maxRedirects: 0 })).status() === 200;

	const crossSite: Record<string, string>[] = [
		{ origin: 'http://evil.example' },
		{ origin: 'null' },
		{ 'sec-fetch-site': 'cross-site' },
		{ 'sec-fetch-site': 'same-site' }
	];
	for (const headers of crossSite) {
		const attacker = await playwrightRequest.newContext({ baseURL, storageState });
		const response = await attacker.post('/signout', { headers, maxRedirects: 0 });
		expect(response.status(), JSON.stringify(headers)).toBe(403);
		await attacker.dispose();
		expect(await stillSignedIn()).toBe(true);
	}

	// Our own page's sign-out works.
	const own = await user.api.post('/signout', { maxRedirects: 0 });
	expect(own.status()).toBe(303);
	expect(await stillSignedIn()).toBe(false);
	await user.dispose();
});
