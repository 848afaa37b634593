import AxeBuilder from '@axe-core/playwright';
import {
	expect,
	test as base,
	request as playwrightRequest,
	type APIRequestContext,
	type Page
} from '@playwright/test';

export { expect };

/**
 * Every spec imports `test` from here. A page that navigates with `goto` or `reload` waits until
 * the app's scripts have taken over (the root layout marks `html[data-hydrated]`), so a test never
 * types into a field that hydration is about to reset or clicks a button before its handler
 * exists — the races that made journeys fail on a loaded CI machine. Pages of a context with
 * JavaScript disabled navigate as plain pages. Patched on the prototype, so pages opened with
 * `browser.newContext()` inside a test get the same behaviour.
 */
export const test = base.extend<{ hydrationAware: void }>({
	hydrationAware: [
		async ({ page }, use) => {
			patchNavigation(Object.getPrototypeOf(page));
			await use();
		},
		{ auto: true }
	]
});

const PATCHED = Symbol('hydration-aware');

function patchNavigation(proto: Record<string | symbol, unknown>) {
	if (proto[PATCHED]) return;
	proto[PATCHED] = true;
	for (const name of ['goto', 'reload'] as const) {
		const original = proto[name] as (this: Page, ...args: unknown[]) => Promise<unknown>;
		proto[name] = async function (this: Page, ...args: unknown[]) {
			const response = await original.apply(this, args);
			if (runsScripts(this) && isHtml(response)) await waitForHydration(this);
			return response;
		};
	}
}

function runsScripts(page: Page) {
	// Playwright keeps the context's options on the (undocumented) `_options` field.
	const options = (page.context() as unknown as { _options?: { javaScriptEnabled?: boolean } })
		._options;
	return options?.javaScriptEnabled !== false;
}

function isHtml(response: unknown) {
	const r = response as { headers?: () => Record<string, string> } | null;
	return !!r?.headers && (r.headers()['content-type'] ?? '').includes('text/html');
}

export const PASSWORD = 'a long enough passphrase';
let counter = 0;

export function uniqueEmail(prefix = 'user') {
	counter += 1;
	return `${prefix}-${Date.now().toString(36)}-${counter}@example.test`;
}

/** Fails the test with the list of violations, so a report says what to fix. */
export async function expectNoAxeViolations(page: Page) {
	// WCAG 2.5.3 (a control's name contains its visible text) is experimental in axe: on by id.
	const results = await new AxeBuilder({ page })
		.options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
		.analyze();
	const summary = results.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Signs in through the form, as a person would. */
export async function signIn(page: Page, email: string) {
	await page.goto('/signin');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).not.toHaveURL(/\/signin/);
}

export async function signUpInBrowser(page: Page, name: string, email: string) {
	await page.goto('/signup');
	await page.getByLabel('Name').fill(name);
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Create account' }).click();
	await page.waitForURL(/\/w\/[a-z0-9]+$/);
}

/**
 * A user with their own cookie jar, signed up over HTTP exactly as a form post from the page
 * would (same Origin), for tests that arrange state without clicking.
 */
export class ApiUser {
	constructor(
		readonly api: APIRequestContext,
		readonly email: string,
		readonly workspaceId: string
	) {}

	static async signUp(baseURL: string, name: string) {
		const api = await playwrightRequest.newContext({
			baseURL,
			extraHTTPHeaders: { origin: baseURL, accept: 'text/html' }
		});
		const email = uniqueEmail(name.toLowerCase().replace(/\W+/g, '-'));
		const response = await api.post('/signup', {
			form: { name, email, password: PASSWORD, timeZone: 'Europe/Berlin', redirectTo: '' },
			maxRedirects: 0
		});
		expect(response.status(), await response.text()).toBe(303);
		const location = response.headers()['location'] ?? '';
		const workspaceId = location.match(/^\/w\/([a-z0-9]+)$/)?.[1];
		expect(workspaceId, `sign-up redirected to ${location}`).toBeTruthy();
		return new ApiUser(api, email, workspaceId!);
	}

	/**
	 * Creates an invitation link to the user's own workspace and returns its path; with `brandIds`
	 * the link opens those brands only.
	 */
	async invite(role: 'owner' | 'editor' | 'approver' | 'viewer', brandIds: string[] = []) {
		const form = new URLSearchParams({ role, email: '' });
		if (brandIds.length) form.append('brandScope', 'chosen');
		for (const id of brandIds) form.append('brandIds', id);
		const response = await this.api.post(`/w/${this.workspaceId}/members?/invite`, {
			data: form.toString(),
			headers: { 'content-type': 'application/x-www-form-urlencoded' }
		});
		expect(response.status()).toBe(200);
		const path = (await response.text()).match(/\/invite\/[a-z0-9]+/)?.[0];
		expect(path, 'invitation link in the page').toBeTruthy();
		return path!;
	}

	async accept(invitePath: string) {
		const response = await this.api.post(`${invitePath}?/accept`, { form: {}, maxRedirects: 0 });
		expect(response.status()).toBe(303);
	}

	dispose() {
		return this.api.dispose();
	}
}

/** Creates a brand in the user's workspace through the real form; returns its id. */
export async function createBrand(
	user: ApiUser,
	fields: Partial<Record<string, string | string[]>> = {}
) {
	const form = new URLSearchParams();
	const values: Record<string, string | string[]> = {
		name: `Brand ${uniqueEmail('b').slice(0, 12)}`,
		niche: 'yoga mats for pregnant women',
		targetMarkets: ['US'],
		homeTimeZone: 'Asia/Shanghai',
		marketTimeZone: 'America/New_York',
		currency: 'USD',
		colour: '#166534',
		...fields
	} as Record<string, string | string[]>;
	for (const [key, value] of Object.entries(values)) {
		for (const v of Array.isArray(value) ? value : [value]) form.append(key, v);
	}
	const response = await user.api.post(`/w/${user.workspaceId}/brands/new?/save`, {
		data: form.toString(),
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		maxRedirects: 0
	});
	expect(response.status(), await response.text()).toBe(303);
	const id = response.headers()['location']?.match(/\/brands\/([a-z0-9]+)$/)?.[1];
	expect(id, 'brand id in the redirect').toBeTruthy();
	return id!;
}

/** Waits until the page's scripts have taken over (see the root layout), before JS-only behaviour. */
export async function waitForHydration(page: Page) {
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}
