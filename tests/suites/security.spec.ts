import { type APIRequestContext } from '@playwright/test';
import { request as playwrightRequest } from '@playwright/test';
import { PUBLIC_PATHS, PUBLIC_PREFIXES } from '../../src/lib/server/public-paths';
import { snapshot } from '../support/database';
import { test as roles } from '../support/roles';
import { actionUrls, discoverRoutes, fill, type Route } from '../support/routes';
import { ApiUser, expect } from '../support/support';
import {
	arrangeTargets,
	hostileBody,
	routeParams,
	type Ids,
	type Targets
} from '../support/targets';

/**
 * Every route must be classified here. A route that is added without being listed fails the
 * first test, so nobody can ship a page or an action the matrix below does not attack.
 */
const USER_ROUTES = ['/', '/account', '/account/password', '/signout', '/workspaces/new'];
const WORKSPACE_PREFIX = '/w/[workspaceId]';
/** Workspace actions any member may take on themselves (every other one needs editor or owner). */
const SELF_SERVICE_ACTIONS = ['/w/[workspaceId]/settings?/leave'];
/**
 * Every member who sees an item or a collaboration may comment on it and resolve or reopen its
 * thread.
 */
const COMMENT_ACTIONS = ['comment', 'resolve', 'reopen'].flatMap((action) => [
	`/w/[workspaceId]/brands/[brandId]/calendar/items/[itemId]?/${action}`,
	`/w/[workspaceId]/brands/[brandId]/outreach/[collaborationId]?/${action}`
]);
/** Pages only workspace owners open (every other page reads fine for a viewer). */
const OWNER_ONLY_PAGES = ['/w/[workspaceId]/members/[userId]'];

const routes = discoverRoutes();
const isPublic = (pattern: string) =>
	(PUBLIC_PATHS as readonly string[]).includes(pattern) ||
	PUBLIC_PREFIXES.some((prefix) => pattern.startsWith(prefix));
const workspaceRoutes = routes.filter((r) => r.pattern.startsWith(WORKSPACE_PREFIX));
type Fixtures = {
	/** The owner, viewer and outsider of support/targets.ts with one record of every kind. */
	targets: Targets;
	/** A member of the owner's workspace who reaches only another brand (issue 17). */
	scoped: ApiUser;
	ids: Ids;
	params: () => Record<string, string>;
	/** A client with no session. */
	anonymous: APIRequestContext;
};
const test = roles.extend<Fixtures>({
	targets: async ({ once, baseURL, client }, use) => {
		const targets = await once('targets', () => arrangeTargets(baseURL!, client));
		// Kept under the roles' names too, so the file's end disposes of them.
		for (const role of ['owner', 'viewer', 'outsider', 'scoped'] as const)
			await once(role, async () => targets[role]);
		await use(targets);
	},
	owner: async ({ targets }, use) => use(targets.owner),
	viewer: async ({ targets }, use) => use(targets.viewer),
	outsider: async ({ targets }, use) => use(targets.outsider),
	scoped: async ({ targets }, use) => use(targets.scoped),
	ids: async ({ targets }, use) => use(targets.ids),
	params: async ({ targets }, use) => use(() => routeParams(targets)),
	anonymous: async ({ baseURL }, use) => {
		const anonymous = await playwrightRequest.newContext({
			baseURL,
			extraHTTPHeaders: { origin: baseURL!, accept: 'text/html' }
		});
		await use(anonymous);
		await anonymous.dispose();
	}
});

test('every route on disk is classified', async ({ client: db }) => {
	expect(Object.keys(await snapshot(db))).toEqual(
		expect.arrayContaining([
			'brands',
			'channels',
			'invitations',
			'memberships',
			'personas',
			'pillars',
			'users',
			'workspaces'
		])
	);
	expect(routes.length).toBeGreaterThan(8);
	const unclassified = routes
		.map((r) => r.pattern)
		.filter((p) => !isPublic(p) && !USER_ROUTES.includes(p) && !p.startsWith(WORKSPACE_PREFIX));
	expect(unclassified).toEqual([]);
	expect(workspaceRoutes.flatMap((r) => r.actions).length).toBeGreaterThan(3);
});

test('anonymous: every private page, action and endpoint sends to sign-in and changes nothing', async ({
	ids,
	params,
	anonymous,
	client: db
}) => {
	const before = await snapshot(db);
	const checked: string[] = [];
	for (const route of routes) {
		const path = fill(route.pattern, params());
		const expectSignIn = async (response: Awaited<ReturnType<APIRequestContext['get']>>) => {
			expect(response.status(), `${response.url()}`).toBe(303);
			expect(response.headers()['location'], path).toMatch(/^\/signin/);
		};
		if (!isPublic(route.pattern)) {
			if (route.page) await expectSignIn(await anonymous.get(path, { maxRedirects: 0 }));
			for (const method of route.methods) {
				await expectSignIn(await anonymous.fetch(path, { method, maxRedirects: 0, form: {} }));
			}
		}
		// Public pages may be read, but their actions still need a session (an invitation is
		// accepted by a signed-in person only).
		for (const { url } of actionUrls(route, path)) {
			if (isPublic(route.pattern) && ['/signin', '/signup'].includes(route.pattern)) continue;
			await expectSignIn(await anonymous.post(url, { form: hostileBody(ids), maxRedirects: 0 }));
			checked.push(url);
		}
	}
	expect(checked.length).toBeGreaterThan(4);
	expect(await snapshot(db)).toEqual(before);
});

test('a member of another workspace gets 404 for everything in this one, and changes nothing', async ({
	owner,
	outsider,
	ids,
	params,
	client: db
}) => {
	const before = await snapshot(db);
	for (const route of workspaceRoutes) {
		const path = fill(route.pattern, params());
		if (route.page) {
			const response = await outsider.api.get(path, { maxRedirects: 0 });
			expect(response.status(), path).toBe(404);
			expect(await response.text()).not.toContain(owner.email);
		}
		for (const { url } of actionUrls(route, path)) {
			const response = await outsider.api.post(url, { form: hostileBody(ids), maxRedirects: 0 });
			expect(response.status(), url).toBe(404);
		}
		for (const method of route.methods) {
			const response = await outsider.api.fetch(path, { method, maxRedirects: 0 });
			expect(response.status(), `${method} ${path}`).toBe(404);
		}
	}
	// Through the outsider's own workspace, the owner's brand (and everything in it) is not there.
	const brandRoutes = workspaceRoutes.filter((r) => r.params.includes('brandId'));
	expect(brandRoutes.length).toBeGreaterThan(0);
	for (const route of brandRoutes) {
		const path = fill(route.pattern, { ...params(), workspaceId: outsider.workspaceId });
		if (route.page)
			expect((await outsider.api.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
		for (const { url } of actionUrls(route, path)) {
			const response = await outsider.api.post(url, { form: hostileBody(ids), maxRedirects: 0 });
			expect(response.status(), url).toBe(404);
		}
	}
	// …and the owner's persona, pillar or channel ids do not open inside the outsider's brand.
	for (const route of brandRoutes.filter((r) => r.params.length > 2)) {
		const path = fill(route.pattern, {
			...params(),
			workspaceId: outsider.workspaceId,
			brandId: ids.outsiderBrandId
		});
		if (route.page)
			expect((await outsider.api.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
	}
	// …and through the outsider's own workspace, the owner's creator is not there either.
	const creatorRoutes = workspaceRoutes.filter((r) => r.params.includes('creatorId'));
	expect(creatorRoutes.length).toBeGreaterThan(0);
	for (const route of creatorRoutes) {
		const path = fill(route.pattern, { ...params(), workspaceId: outsider.workspaceId });
		if (route.page)
			expect((await outsider.api.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
		for (const { url } of actionUrls(route, path)) {
			const response = await outsider.api.post(url, { form: hostileBody(ids), maxRedirects: 0 });
			expect(response.status(), url).toBe(404);
		}
	}
	// A workspace id that does not exist answers exactly like one that does.
	const missing = await outsider.api.get('/w/doesnotexist00000', { maxRedirects: 0 });
	expect(missing.status()).toBe(404);
	expect(await snapshot(db)).toEqual(before);
});

test('a viewer reads every workspace page but every write answers 403 and changes nothing', async ({
	viewer,
	ids,
	params,
	client: db
}) => {
	expect(workspaceRoutes.flatMap((r) => r.actions.map((a) => `${r.pattern}?/${a}`))).toEqual(
		expect.arrayContaining(COMMENT_ACTIONS)
	);
	const before = await snapshot(db);
	let writes = 0;
	for (const route of workspaceRoutes as Route[]) {
		const path = fill(route.pattern, params());
		if (route.page) {
			// Creation forms (…/new) are for editors, a member's access for owners; every other
			// page reads fine for a viewer.
			const response = await viewer.api.get(path, { maxRedirects: 0 });
			const refused = route.pattern.endsWith('/new') || OWNER_ONLY_PAGES.includes(route.pattern);
			expect(response.status(), path).toBe(refused ? 403 : 200);
		}
		for (const { action, url } of actionUrls(route, path)) {
			const label = `${route.pattern}?/${action}`;
			if (SELF_SERVICE_ACTIONS.includes(label) || COMMENT_ACTIONS.includes(label)) continue;
			const response = await viewer.api.post(url, { form: hostileBody(ids), maxRedirects: 0 });
			expect(response.status(), url).toBe(403);
			writes += 1;
		}
	}
	expect(writes).toBeGreaterThan(3);
	expect(await snapshot(db)).toEqual(before);
});

test('a member limited to another brand gets 404 for everything of this brand, and changes nothing', async ({
	owner,
	scoped,
	ids,
	params,
	client: db
}) => {
	const before = await snapshot(db);
	const brandRoutes = workspaceRoutes.filter((r) => r.params.includes('brandId'));
	expect(brandRoutes.length).toBeGreaterThan(10);
	for (const route of brandRoutes) {
		const path = fill(route.pattern, params());
		if (route.page) {
			const response = await scoped.api.get(path, { maxRedirects: 0 });
			expect(response.status(), path).toBe(404);
			expect(await response.text()).not.toContain(ids.brandName);
		}
		for (const { url } of actionUrls(route, path)) {
			const response = await scoped.api.post(url, { form: hostileBody(ids), maxRedirects: 0 });
			expect(response.status(), url).toBe(404);
		}
		for (const method of route.methods) {
			const response = await scoped.api.fetch(path, { method, maxRedirects: 0 });
			expect(response.status(), `${method} ${path}`).toBe(404);
		}
	}
	// Through their own brand's URL, a thread of the other brand is not there either.
	for (const path of [
		`/w/${owner.workspaceId}/brands/${ids.siblingBrandId}/outreach/${ids.collaborationId}`,
		`/w/${owner.workspaceId}/brands/${ids.siblingBrandId}/calendar/items/${ids.itemId}`
	]) {
		for (const action of ['comment', 'resolve', 'reopen']) {
			const url = `${path}?/${action}`;
			const response = await scoped.api.post(url, { form: hostileBody(ids), maxRedirects: 0 });
			expect(response.status(), url).toBe(404);
		}
	}
	// Their own brand opens; the workspace's lists name only it, never the brand kept from them.
	const own = `/w/${owner.workspaceId}/brands/${ids.siblingBrandId}`;
	expect((await scoped.api.get(own, { maxRedirects: 0 })).status()).toBe(200);
	for (const path of [
		`/w/${owner.workspaceId}/brands`,
		`/w/${owner.workspaceId}/creators`,
		`/w/${owner.workspaceId}/creators/${ids.creatorId}`,
		`/w/${owner.workspaceId}/creators/export.csv`
	]) {
		const response = await scoped.api.get(path, { maxRedirects: 0 });
		expect(response.status(), path).toBe(200);
		const html = await response.text();
		expect(html, path).not.toContain(ids.brandName);
		// A delete they may not make is not offered either (it would take the other brand's deals).
		expect(html, path).not.toContain('action="?/delete"');
	}
	// Members, their access and workspace settings stay with the owners.
	for (const path of [
		`/w/${owner.workspaceId}/members`,
		`/w/${owner.workspaceId}/members/${ids.viewerUserId}`
	]) {
		expect((await scoped.api.get(path, { maxRedirects: 0 })).status(), path).toBe(403);
	}
	// The workspace's home lists their brands, not the team (nor a link to it).
	const team = `/w/${owner.workspaceId}/members`;
	expect(await (await owner.api.get(`/w/${owner.workspaceId}`)).text()).toContain(team);
	const home = await (await scoped.api.get(`/w/${owner.workspaceId}`)).text();
	expect(home).not.toContain(team);
	expect(home).toContain(`/w/${owner.workspaceId}/brands/${ids.siblingBrandId}`);
	for (const url of [
		`/w/${owner.workspaceId}/members?/invite`,
		`/w/${owner.workspaceId}/members?/changeRole`,
		`/w/${owner.workspaceId}/settings?/rename`,
		`/w/${owner.workspaceId}/brands/new?/save`,
		// Deleting a creator would delete their collaborations with the brand kept from them.
		`/w/${owner.workspaceId}/creators/${ids.creatorId}?/delete`
	]) {
		const response = await scoped.api.post(url, { form: hostileBody(ids), maxRedirects: 0 });
		expect(response.status(), url).toBe(403);
	}
	expect(await snapshot(db)).toEqual(before);
});

test('a feed URL with an unknown token answers 404 and reveals nothing', async ({ anonymous }) => {
	const response = await anonymous.get('/feed/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.ics', {
		maxRedirects: 0
	});
	expect(response.status()).toBe(404);
	expect(await response.text()).not.toContain('BEGIN:VCALENDAR');
});

test('a cross-origin form post is refused before it reaches any action', async ({
	baseURL,
	owner,
	anonymous,
	client: db
}) => {
	const before = await snapshot(db);
	const evil = { origin: 'https://evil.example' };
	const signIn = await anonymous.post('/signin', {
		form: { email: owner.email, password: 'x' },
		headers: evil,
		maxRedirects: 0
	});
	expect(signIn.status()).toBe(403);
	const rename = await owner.api.post(`/w/${owner.workspaceId}/settings?/rename`, {
		form: { name: 'Cross-site', version: '1' },
		headers: evil,
		maxRedirects: 0
	});
	expect(rename.status()).toBe(403);
	const sameSite = await owner.api.get(`/w/${owner.workspaceId}/settings`, {
		headers: { origin: baseURL! }
	});
	expect(await sameSite.text()).not.toContain('Cross-site');
	expect(await snapshot(db)).toEqual(before);
});

test('responses carry a CSP with frame-ancestors none, nosniff and a referrer policy', async ({
	owner,
	anonymous
}) => {
	const responses = [
		await anonymous.get('/signin'),
		await anonymous.get('/w/x', { maxRedirects: 0 }),
		await owner.api.get(`/w/${owner.workspaceId}`),
		await owner.api.get('/w/doesnotexist00000'),
		await anonymous.get('/health')
	];
	for (const response of responses) {
		const headers = response.headers();
		expect(headers['content-security-policy'], response.url()).toContain("frame-ancestors 'none'");
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
	}
	expect(responses[0].headers()['content-security-policy']).toMatch(/script-src 'self'/);
});

test('the session cookie is HttpOnly and SameSite=Lax, and sign-in rotates it', async ({
	baseURL,
	owner
}) => {
	const api = await playwrightRequest.newContext({
		baseURL,
		extraHTTPHeaders: { origin: baseURL!, accept: 'text/html' }
	});
	const signIn = async () => {
		const response = await api.post('/signin', {
			form: { email: owner.email, password: 'a long enough passphrase', redirectTo: '' },
			maxRedirects: 0
		});
		expect(response.status()).toBe(303);
		const cookie = response.headersArray().find((h) => h.name.toLowerCase() === 'set-cookie');
		expect(cookie?.value).toMatch(/^freehold_session=[a-z0-9]+;/);
		expect(cookie?.value).toMatch(/HttpOnly/i);
		expect(cookie?.value).toMatch(/SameSite=Lax/i);
		return cookie!.value.split(';')[0];
	};
	const first = await signIn();
	const second = await signIn();
	expect(second).not.toBe(first);
	// The first token was revoked by the second sign-in.
	const stale = await playwrightRequest.newContext({
		baseURL,
		extraHTTPHeaders: { cookie: first, accept: 'text/html' }
	});
	const response = await stale.get('/account', { maxRedirects: 0 });
	expect(response.status()).toBe(303);
	await stale.dispose();
	await api.dispose();
});

test('sign-in is rate-limited per account, with the same answer for unknown emails', async ({
	baseURL
}) => {
	const victim = await ApiUser.signUp(baseURL!, 'Victim');
	const attacker = await playwrightRequest.newContext({
		baseURL,
		extraHTTPHeaders: { origin: baseURL!, accept: 'text/html' }
	});
	const attempt = (email: string, password: string) =>
		attacker.post('/signin', { form: { email, password, redirectTo: '' }, maxRedirects: 0 });

	const unknown = await attempt('nobody-here@example.test', 'whatever it is');
	const wrong = await attempt(victim.email, 'not the password');
	expect(unknown.status()).toBe(400);
	expect(wrong.status()).toBe(400);
	expect(await unknown.text()).toContain('Email or password is wrong.');
	expect(await wrong.text()).toContain('Email or password is wrong.');

	for (let i = 0; i < 4; i++)
		expect((await attempt(victim.email, `guess ${i}`)).status()).toBe(400);
	// Five failures: now even the right password is refused for a while.
	const locked = await attempt(victim.email, 'a long enough passphrase');
	expect(locked.status()).toBe(429);
	expect(await locked.text()).toContain('Too many sign-in attempts');
	await attacker.dispose();
	await victim.dispose();
});

test('an editor cannot delete a brand: the action answers 403, the brand stays, the control is hidden', async ({
	editor,
	owner,
	ids,
	client: db
}) => {
	const brandPath = `/w/${owner.workspaceId}/brands/${ids.brandId}`;
	const before = await snapshot(db);
	const response = await editor.api.post(`${brandPath}/edit?/delete`, {
		form: { confirmName: ids.brandName },
		maxRedirects: 0
	});
	expect(response.status()).toBe(403);
	expect(await snapshot(db)).toEqual(before);
	// An editor still edits and archives the brand, but is not offered the delete form.
	const page = await editor.api.get(`${brandPath}/edit`);
	const html = await page.text();
	expect(html).toContain('?/archive');
	expect(html).not.toContain('?/delete');
	expect(html).toContain('Only a workspace owner can delete this brand');
	expect(await (await owner.api.get(`${brandPath}/edit`)).text()).toContain('?/delete');
});
