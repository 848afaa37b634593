import { type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { makeChannel } from '../../src/lib/server/testing/factories';
import { test as roles } from '../support/roles';
import {
	createBrand,
	expect,
	expectNoAxeViolations,
	signIn,
	waitForHydration
} from '../support/support';

// One brand arranged through code; the journeys build on each other in order.
type Channels = Record<'NY' | 'PIN', string>;
type Fixtures = {
	brandId: string;
	/** The brand's pages. */
	base: () => string;
	/** The arranged channel's id: the Instagram one in New York, or the Pinterest one. */
	channelId: (name: keyof Channels) => string;
	/** An item as stored, in the table's own column names. */
	itemRow: (id: string) => Promise<Record<string, unknown>>;
};
const test = roles.extend<Fixtures & { arranged: { brandId: string; channels: Channels } }>({
	// The viewer is invited before the brand is made, as the journeys assume.
	arranged: async ({ once, owner, viewer: _invited, db }, use) => {
		const arranged = once('arranged', async () => {
			const brandId = await createBrand(owner, {
				name: 'Bump & Bloom',
				marketTimeZone: 'America/New_York'
			});
			const channel = (kind: 'instagram' | 'pinterest', label: string) =>
				makeChannel(db, brandId, kind, { timeZone: 'America/New_York', label });
			return {
				brandId,
				channels: { NY: await channel('instagram', 'US'), PIN: await channel('pinterest', 'Pins') }
			};
		});
		await use(await arranged);
	},
	brandId: async ({ arranged }, use) => use(arranged.brandId),
	base: async ({ owner, brandId }, use) => use(() => `/w/${owner.workspaceId}/brands/${brandId}`),
	channelId: async ({ arranged }, use) => use((name) => arranged.channels[name]),
	itemRow: async ({ client }, use) => {
		await use(async (id) => ({
			...(await client.execute({ sql: 'SELECT * FROM content_items WHERE id = ?', args: [id] }))
				.rows[0]
		}));
	}
});
test.use({ names: { owner: 'Planner', viewer: 'Client' } });
test.describe.configure({ mode: 'serial', timeout: 90_000 });

/** The item made in the first journey; the others open it. */
let itemId: string;
const NY = 'NY';
const PIN = 'PIN';

// The next 10 June: inside the feed's window (90 days back, 400 ahead) whenever the suite runs,
// and in summer time in both New York and Berlin, so 09:00 there is 13:00 UTC and 15:00 Berlin.
const now = new Date();
const year =
	now.getTime() < Date.UTC(now.getUTCFullYear(), 5, 10)
		? now.getUTCFullYear()
		: now.getUTCFullYear() + 1;
const JUNE_10 = `${year}-06-10`;
const JUNE_10_0900_NY = Date.UTC(year, 5, 10, 13, 0);

const idFromUrl = (page: Page) => page.url().match(/\/items\/([a-z0-9]+)/)![1];

test('create an item at 09:00 New York, shown in the viewer’s own time', async ({
	page,
	owner,
	base,
	channelId,
	itemRow
}) => {
	await signIn(page, owner.email);
	await page.goto(`${base()}/calendar/items/new?date=${JUNE_10}&channel=${channelId(NY)}`);
	await expectNoAxeViolations(page);
	await expect(page.getByLabel('Channel')).toHaveValue(channelId(NY));
	await expect(page.getByLabel('Date')).toHaveValue(JUNE_10);
	await page.getByLabel('Title').fill('Mat demo 🧘');
	await page.getByLabel('Status').selectOption({ label: 'Scheduled' });
	await page.getByLabel('Time (America/New_York)').fill('09:00');
	await expect(page.getByTestId('your-time')).toHaveText('= 15:00 your time (Europe/Berlin)');
	await page.getByLabel('Link', { exact: true }).fill('https://shop.example/mat?ref=ig');
	await expect(page.getByLabel('Tracked link (with UTM tags)')).toHaveValue(
		'https://shop.example/mat?ref=ig&utm_source=instagram&utm_medium=social&utm_campaign=bump-bloom&utm_content=mat-demo'
	);
	await page.getByRole('button', { name: 'Create item' }).click();
	await expect(page.getByRole('status')).toHaveText('Item created.');
	itemId = idFromUrl(page);
	const row = await itemRow(itemId);
	expect(row).toMatchObject({
		scheduled_date: JUNE_10,
		scheduled_time: '09:00',
		time_zone: 'America/New_York',
		scheduled_at: JUNE_10_0900_NY,
		status: 'scheduled'
	});
	await expect(page.getByTestId('your-time')).toHaveText('= 15:00 your time (Europe/Berlin)');
	await expectNoAxeViolations(page);
});

test('02:30 on the spring-forward day is saved as 03:30, and the user is told', async ({
	page,
	owner,
	base,
	channelId,
	itemRow
}) => {
	await signIn(page, owner.email);
	await page.goto(`${base()}/calendar/items/new?date=2026-03-08&channel=${channelId(NY)}`);
	await page.getByLabel('Title').fill('Clocks change');
	await page.getByLabel('Time (America/New_York)').fill('02:30');
	await expect(page.getByText('it will be saved as 03:30')).toBeVisible();
	await page.getByRole('button', { name: 'Create item' }).click();
	await expect(page.getByRole('status')).toHaveText(
		'02:30 does not exist on Mar 8 in New York (clocks go forward); saved as 03:30.'
	);
	await expect(page.getByLabel('Time (America/New_York)')).toHaveValue('03:30');
	const row = await itemRow(idFromUrl(page));
	expect(row).toMatchObject({ scheduled_time: '03:30', scheduled_at: Date.UTC(2026, 2, 8, 7, 30) });
	await expectNoAxeViolations(page);
});

test('a caption over the channel’s limit is refused with a field message', async ({
	page,
	owner,
	base,
	channelId,
	itemRow
}) => {
	await signIn(page, owner.email);
	await page.goto(`${base()}/calendar/items/${itemId}`);
	// The live count is the page's script: typing before it runs would count nothing.
	await waitForHydration(page);
	await page.getByLabel('Channel').selectOption(channelId(PIN));
	await page.getByLabel('Caption').fill('a'.repeat(501));
	await expect(page.getByText('501 / 500 characters')).toBeVisible();
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(
		page.getByText('Too long for this channel: use at most 500 characters.')
	).toBeVisible();
	await expect(page.getByLabel('Caption')).toHaveAttribute('aria-invalid', 'true');
	await expectNoAxeViolations(page);
	expect(await itemRow(itemId)).toMatchObject({
		channel_id: channelId(NY),
		caption: '',
		version: 1
	});
});

test('a save from a stale second tab is refused, keeps its typing and shows the newer values', async ({
	page,
	context,
	owner,
	base,
	itemRow
}) => {
	await signIn(page, owner.email);
	const url = `${base()}/calendar/items/${itemId}`;
	const second = await context.newPage();
	await page.goto(url);
	await second.goto(url);
	await page.getByLabel('Title').fill('Mat demo — final');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status')).toHaveText('Saved.');
	await second.getByLabel('Title').fill('Mat demo — stale');
	await second.getByRole('button', { name: 'Save' }).click();
	await expect(second.getByRole('alert')).toContainText('Someone else saved this');
	await expect(second.getByLabel('Title')).toHaveValue('Mat demo — stale');
	await expect(second.getByTestId('item-conflict')).toContainText('Mat demo — final');
	expect(await itemRow(itemId)).toMatchObject({ title: 'Mat demo — final', version: 2 });
	await expectNoAxeViolations(second);
});

test('a comment is added and shown as plain text', async ({ page, owner, base }) => {
	await signIn(page, owner.email);
	await page.goto(`${base()}/calendar/items/${itemId}`);
	await page.getByLabel('Add a comment').fill('Looks good <b>ship it</b>\n第二行');
	await page.getByRole('button', { name: 'Post comment' }).click();
	const comments = page.getByRole('list', { name: 'Comments' });
	await expect(comments.getByRole('listitem')).toHaveCount(1);
	await expect(comments).toContainText('Looks good <b>ship it</b>');
	await expect(comments).toContainText('Planner');
	await expect(page.getByLabel('Add a comment')).toHaveValue('');
	await expectNoAxeViolations(page);
});

test('subscribe link serves the item at its instant; revoked → 404', async ({
	page,
	request,
	owner,
	base
}) => {
	await signIn(page, owner.email);
	await page.goto(`${base()}/calendar/subscribe`);
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Create subscribe link' }).click();
	const feedUrl = await page.getByLabel('Feed address').inputValue();
	expect(feedUrl).toMatch(/\/feed\/[a-z0-9]+\.ics$/);
	await expect(page.getByRole('link', { name: 'Open in my calendar app' })).toHaveAttribute(
		'href',
		feedUrl.replace(/^http:/, 'webcal:')
	);
	await expectNoAxeViolations(page);

	const response = await request.get(feedUrl);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
	expect(response.headers()['cache-control']).toBe('private, max-age=300');
	const calendar = new ICAL.Component(ICAL.parse(await response.text()));
	const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
	const event = events.find((e) => e.uid === `${itemId}@freehold`);
	expect(event, 'the item is in the feed').toBeTruthy();
	expect(event!.startDate.toJSDate().getTime()).toBe(JUNE_10_0900_NY);
	expect(event!.summary).toBe('[US] Mat demo — final');

	page.once('dialog', (dialog) => dialog.accept());
	await page.getByRole('button', { name: /^Revoke the link created/ }).click();
	await expect(page.getByText('Link revoked.')).toBeVisible();
	await expect(page.getByText('No active links.')).toBeVisible();
	expect((await request.get(feedUrl)).status()).toBe(404);
	expect((await request.get('/feed/notarealtoken00000000.ics')).status()).toBe(404);
});

test('a viewer reads the item and comments on it, but cannot change it', async ({
	page,
	viewer,
	base,
	itemRow
}) => {
	await signIn(page, viewer.email);
	const url = `${base()}/calendar/items/${itemId}`;
	await page.goto(url);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Content item');
	await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
	await expect(page.getByLabel('Title')).toHaveCount(0);
	// Every member who sees an item may discuss it (issue 17): viewers comment too.
	await expect(page.getByLabel('Add a comment')).toBeVisible();
	await expect(page.getByText('Looks good <b>ship it</b>')).toBeVisible();
	await expectNoAxeViolations(page);

	const before = await itemRow(itemId);
	const forged = await viewer.api.post(`${url}?/save`, {
		form: { title: 'Pwned', status: 'idea', version: String(before.version) }
	});
	expect(forged.status()).toBe(403);
	expect((await viewer.api.post(`${url}?/comment`, { form: { body: 'hi' } })).status()).toBe(200);
	expect((await viewer.api.get(`${base()}/calendar/items/new`)).status()).toBe(403);
	expect(await itemRow(itemId)).toEqual(before);
});
