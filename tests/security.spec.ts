import { type APIRequestContext } from '@playwright/test';
import { request as playwrightRequest } from '@playwright/test';
import { PUBLIC_PATHS, PUBLIC_PREFIXES } from '../src/lib/server/public-paths';
import { openE2eDatabase, snapshot } from './database';
import { actionUrls, discoverRoutes, fill, type Route } from './routes';
import { ApiUser, createBrand, expect, test } from './support';

/**
 * Every route must be classified here. A route that is added without being listed fails the
 * first test, so nobody can ship a page or an action the matrix below does not attack.
 */
const USER_ROUTES = ['/', '/account', '/account/password', '/signout', '/workspaces/new'];
const WORKSPACE_PREFIX = '/w/[workspaceId]';
/** Workspace actions any member may take on themselves (every other one needs editor or owner). */
const SELF_SERVICE_ACTIONS = ['/w/[workspaceId]/settings?/leave'];

const routes = discoverRoutes();
const isPublic = (pattern: string) =>
	(PUBLIC_PATHS as readonly string[]).includes(pattern) ||
	PUBLIC_PREFIXES.some((prefix) => pattern.startsWith(prefix));
const workspaceRoutes = routes.filter((r) => r.pattern.startsWith(WORKSPACE_PREFIX));

// A body with every field any action reads, aimed at real records: if a check were missing,
// the write would land and the database snapshot would show it.
function hostileBody(ids: Ids) {
	return {
		// brand studio
		confirmName: ids.brandName,
		niche: 'Pwned',
		targetMarkets: 'US',
		marketTimeZone: 'UTC',
		homeTimeZone: 'UTC',
		currency: 'USD',
		colour: '#000000',
		kind: 'email',
		ownership: 'owned',
		weeklyCadence: '1',
		targetShare: '50',
		summary: 'Pwned',
		description: 'Pwned',
		// calendar
		itemId: ids.itemId,
		title: 'Pwned',
		date: '2026-12-01',
		time: '09:00',
		scheduledDate: '2026-12-01',
		scheduledTime: '09:00',
		channelId: ids.channelId,
		status: 'published',
		format: 'other',
		body: 'Pwned',
		// calendar and creator imports: a file clean for both (the calendar reads `name` as a second
		// title and ignores it; the directory ignores `title`) and a well-formed token, so only the
		// guard can stop it
		text: 'title,name\nPwned,Pwned',
		csv: 'title,name\nPwned,Pwned',
		token: 'a'.repeat(32),
		campaignId: ids.campaignId,
		goal: 'Pwned',
		personaId: ids.personaId,
		startDate: '2026-12-01',
		endDate: '2026-12-31',
		budget: '1',
		utmCampaign: 'pwned',
		views: '1',
		likes: '1',
		signUps: '1',
		expected: ',,,,,,',
		// recurring items: a whole series created, edited or deleted if a check were missing
		repeat: 'daily',
		repeatInterval: '1',
		repeatEnds: 'count',
		repeatCount: '3',
		seriesScope: 'series',
		// creator outreach: a creator, a collaboration and its parts created, moved or changed
		// if a check were missing
		creatorId: ids.creatorId,
		collaborationId: ids.collaborationId,
		deliverableId: ids.deliverableId,
		sampleId: ids.sampleId,
		// A move the rules allow from the fixture's prospect stage, so only the guard can stop it.
		stage: 'declined',
		override: 'on',
		platform: 'tiktok',
		handle: 'pwned',
		product: 'Pwned',
		// the collaboration pipeline: moves, undo, bulk changes, follow-ups, terms and overrides
		ids: `${ids.collaborationId}:1`,
		op: 'stage',
		reason: 'Pwned',
		ownerId: ids.ownerUserId,
		nextStep: 'Pwned',
		followUpOn: '2026-12-01',
		brief: 'Pwned',
		fee: '1',
		productGiven: 'Pwned',
		usageRights: 'Pwned',
		disclosureRequired: 'on',
		promoCode: 'PWNED',
		linkUrl: 'https://pwned.example',
		paymentStatus: 'paid',
		payment: '1',
		paidOn: '2026-12-01',
		// creator directory: a profile edited or removed, a creator deleted with its collaboration
		profileId: ids.profileId,
		previous: JSON.stringify(['tiktok', 'creator', '', null, null, null, null]),
		followers: '1',
		alsoCollaborations: 'on',
		// deliverables (terms, results aimed at the fixture's empty ones, put on the calendar on
		// the brand's channel with `channelId`/`date`/`time`) and samples, all at version 1
		count: '2',
		dueOn: '2026-12-01',
		caption: 'Pwned',
		publishedUrl: 'https://pwned.example/post',
		engagements: '1',
		clicks: '1',
		orders: '1',
		revenue: '1',
		expectedResults: ',,,,',
		sku: 'PWNED',
		quantity: '2',
		shipFrom: 'fba_removal',
		carrier: 'UPS',
		trackingNumber: 'PWNED1',
		shippedOn: '2026-12-01',
		deliveredOn: '2026-12-02',
		landedCost: '1',
		shippingCost: '1',
		// owned-audience dashboard: a note added, edited (at the fixture's version 1) or deleted
		day: '2026-12-01',
		metricId: ids.metricId,
		confirm: 'yes',
		// goals (owned-audience dashboard): a valid goal on the fixture's metric, so only the guard
		// can stop a create or an edit of the fixture goal at version 1
		target: '5000',
		startDay: '2026-11-01',
		dueDay: '2027-06-30',
		note: 'Pwned',
		// audience data entry and imports: a metric renamed or deleted, an empty day of it filled
		// (a cell key as the grid draws it), a file mapped onto it and imported; the fixture batch
		// is undone through its route's params
		label: 'Pwned',
		week: '2026-11-23',
		key: `${ids.metricId}|2026-11-29||`,
		value: '5',
		fileName: 'pwned.csv',
		dateColumn: '0',
		dateFormat: 'iso',
		targets: ids.metricId,
		// workspace and account
		userId: ids.ownerUserId,
		role: 'viewer',
		invitationId: ids.invitationId,
		name: 'Pwned',
		version: '1',
		email: 'attacker@example.test',
		locale: 'zh-CN',
		timeZone: 'UTC',
		weekStart: 'monday'
	};
}

let owner: ApiUser;
let viewer: ApiUser;
let outsider: ApiUser;
let anonymous: APIRequestContext;
let invitePath: string;
type Ids = {
	ownerUserId: string;
	invitationId: string;
	brandId: string;
	brandName: string;
	personaId: string;
	pillarId: string;
	channelId: string;
	itemId: string;
	campaignId: string;
	creatorId: string;
	profileId: string;
	collaborationId: string;
	deliverableId: string;
	sampleId: string;
	metricId: string;
	goalId: string;
	annotationId: string;
	batchId: string;
	outsiderBrandId: string;
};
let ids: Ids;
const db = openE2eDatabase();

test.beforeAll(async ({ baseURL }) => {
	owner = await ApiUser.signUp(baseURL!, 'Owner');
	viewer = await ApiUser.signUp(baseURL!, 'Viewer');
	outsider = await ApiUser.signUp(baseURL!, 'Outsider');
	await viewer.accept(await owner.invite('viewer'));
	invitePath = await owner.invite('editor'); // left pending, for the revoke and accept attacks
	anonymous = await playwrightRequest.newContext({
		baseURL,
		extraHTTPHeaders: { origin: baseURL!, accept: 'text/html' }
	});
	const ownerRow = await db.execute({
		sql: 'SELECT id FROM users WHERE email = ?',
		args: [owner.email]
	});
	const invitation = await db.execute({
		sql: 'SELECT id FROM invitations WHERE workspace_id = ? AND accepted_at IS NULL',
		args: [owner.workspaceId]
	});
	const brandName = 'Target Brand';
	const brandId = await createBrand(owner, { name: brandName });
	const outsiderBrandId = await createBrand(outsider, { name: 'Outsider Brand' });
	// Brand parts arranged directly in the database: the suite must not depend on their forms.
	const part = (table: string, columns: string, values: unknown[]) =>
		db.execute({
			sql: `INSERT INTO ${table} (id, brand_id, ${columns}) VALUES (?, ?, ${values.map(() => '?').join(', ')})`,
			args: [`${table}-${brandId}`.slice(0, 30), brandId, ...(values as string[])]
		});
	await part('personas', 'name', ['Persona']);
	await part('pillars', 'name, target_share', ['Pillar', 25]);
	await part('channels', 'kind, ownership, time_zone', ['email', 'owned', 'UTC']);
	await part('campaigns', 'name, start_date, end_date', ['Campaign', '2026-11-20', '2026-12-10']);
	await part('item_series', 'frequency, start_date, count', ['weekly', '2026-11-30', 1]);
	await part(
		'content_items',
		'title, series_id, channel_id, scheduled_date, scheduled_time, time_zone, scheduled_at',
		[
			'Item',
			`item_series-${brandId}`.slice(0, 30),
			`channels-${brandId}`.slice(0, 30),
			'2026-11-30',
			'09:00',
			'UTC',
			Date.UTC(2026, 10, 30, 9)
		]
	);
	// Creator outreach: a creator of the workspace and a collaboration of the brand with a
	// deliverable and a sample, so every outreach action has a real record to aim at.
	const creatorId = `creators-${brandId}`.slice(0, 30);
	const collaborationId = `collaborations-${brandId}`.slice(0, 30);
	await db.execute({
		sql: 'INSERT INTO creators (id, workspace_id, name) VALUES (?, ?, ?)',
		args: [creatorId, owner.workspaceId, 'Creator']
	});
	await db.execute({
		sql: "INSERT INTO creator_profiles (id, creator_id, workspace_id, platform, handle, handle_key) VALUES (?, ?, ?, 'tiktok', 'creator', 'creator')",
		args: [`profiles-${brandId}`.slice(0, 30), creatorId, owner.workspaceId]
	});
	await db.execute({
		sql: "INSERT INTO collaborations (id, brand_id, creator_id, currency, stage_changed_at) VALUES (?, ?, ?, 'USD', ?)",
		args: [collaborationId, brandId, creatorId, Date.UTC(2026, 10, 30)]
	});
	await db.execute({
		sql: "INSERT INTO deliverables (id, collaboration_id, kind, platform) VALUES (?, ?, 'short_video', 'tiktok')",
		args: [`deliverables-${brandId}`.slice(0, 30), collaborationId]
	});
	await db.execute({
		sql: 'INSERT INTO samples (id, collaboration_id, product) VALUES (?, ?, ?)',
		args: [`samples-${brandId}`.slice(0, 30), collaborationId, 'Sample']
	});
	// The owned-audience dashboard: a metric on the email channel with a day's value written by
	// an import batch, a goal and a hand-written note, so every dashboard action has a target.
	const metricId = `metrics-${brandId}`.slice(0, 30);
	const batchId = `batches-${brandId}`.slice(0, 30);
	await db.execute({
		sql: "INSERT INTO metrics (id, brand_id, channel_id, kind) VALUES (?, ?, ?, 'email_subscribers')",
		args: [metricId, brandId, `channels-${brandId}`.slice(0, 30)]
	});
	await db.execute({
		sql: "INSERT INTO import_batches (id, brand_id, format, row_count, changed_count) VALUES (?, ?, 'plain', 1, 1)",
		args: [batchId, brandId]
	});
	await db.execute({
		sql: "INSERT INTO metric_values (metric_id, day, value, batch_id) VALUES (?, '2026-11-30', 100, ?)",
		args: [metricId, batchId]
	});
	await db.execute({
		sql: "INSERT INTO import_changes (batch_id, metric_id, day, previous, value) VALUES (?, ?, '2026-11-30', NULL, 100)",
		args: [batchId, metricId]
	});
	await db.execute({
		sql: "INSERT INTO goals (id, brand_id, metric_id, target, start_day, due_day) VALUES (?, ?, ?, 1000, '2026-11-01', '2027-03-31')",
		args: [`goals-${brandId}`.slice(0, 30), brandId, metricId]
	});
	await db.execute({
		sql: "INSERT INTO annotations (id, brand_id, day, text) VALUES (?, ?, '2026-11-30', 'Note')",
		args: [`annotations-${brandId}`.slice(0, 30), brandId]
	});
	ids = {
		ownerUserId: String(ownerRow.rows[0].id),
		invitationId: String(invitation.rows[0].id),
		brandId,
		brandName,
		personaId: `personas-${brandId}`.slice(0, 30),
		pillarId: `pillars-${brandId}`.slice(0, 30),
		channelId: `channels-${brandId}`.slice(0, 30),
		itemId: `content_items-${brandId}`.slice(0, 30),
		campaignId: `campaigns-${brandId}`.slice(0, 30),
		creatorId,
		profileId: `profiles-${brandId}`.slice(0, 30),
		collaborationId,
		deliverableId: `deliverables-${brandId}`.slice(0, 30),
		sampleId: `samples-${brandId}`.slice(0, 30),
		metricId,
		goalId: `goals-${brandId}`.slice(0, 30),
		annotationId: `annotations-${brandId}`.slice(0, 30),
		batchId,
		outsiderBrandId
	};
});

test.afterAll(async () => {
	await Promise.all([owner, viewer, outsider].map((u) => u?.dispose()));
	await anonymous?.dispose();
	db.close();
});

const params = () => ({
	workspaceId: owner.workspaceId,
	token: invitePath.split('/').at(-1)!,
	brandId: ids.brandId,
	personaId: ids.personaId,
	pillarId: ids.pillarId,
	channelId: ids.channelId,
	itemId: ids.itemId,
	campaignId: ids.campaignId,
	creatorId: ids.creatorId,
	collaborationId: ids.collaborationId,
	deliverableId: ids.deliverableId,
	sampleId: ids.sampleId,
	metricId: ids.metricId,
	goalId: ids.goalId,
	annotationId: ids.annotationId,
	batchId: ids.batchId,
	file: 'not-a-real-token.ics'
});

test('every route on disk is classified', async () => {
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

test('anonymous: every private page, action and endpoint sends to sign-in and changes nothing', async () => {
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

test('a member of another workspace gets 404 for everything in this one, and changes nothing', async () => {
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

test('a viewer reads every workspace page but every write answers 403 and changes nothing', async () => {
	const before = await snapshot(db);
	let writes = 0;
	for (const route of workspaceRoutes as Route[]) {
		const path = fill(route.pattern, params());
		if (route.page) {
			// Creation forms (…/new) are for editors; every other page reads fine for a viewer.
			const response = await viewer.api.get(path, { maxRedirects: 0 });
			expect(response.status(), path).toBe(route.pattern.endsWith('/new') ? 403 : 200);
		}
		for (const { action, url } of actionUrls(route, path)) {
			if (SELF_SERVICE_ACTIONS.includes(`${route.pattern}?/${action}`)) continue;
			const response = await viewer.api.post(url, { form: hostileBody(ids), maxRedirects: 0 });
			expect(response.status(), url).toBe(403);
			writes += 1;
		}
	}
	expect(writes).toBeGreaterThan(3);
	expect(await snapshot(db)).toEqual(before);
});

test('a feed URL with an unknown token answers 404 and reveals nothing', async () => {
	const response = await anonymous.get('/feed/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.ics', {
		maxRedirects: 0
	});
	expect(response.status()).toBe(404);
	expect(await response.text()).not.toContain('BEGIN:VCALENDAR');
});

test('a cross-origin form post is refused before it reaches any action', async ({ baseURL }) => {
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

test('responses carry a CSP with frame-ancestors none, nosniff and a referrer policy', async () => {
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
	baseURL
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
