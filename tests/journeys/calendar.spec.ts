import { type Page } from '@playwright/test';
import type { Client } from '@libsql/client';
import { openE2eDatabase } from '../support/database';
import {
	ApiUser,
	createBrand,
	expect,
	expectNoAxeViolations,
	signIn,
	test
} from '../support/support';

// One brand with two channels in different zones, arranged through code; the journeys build on
// each other in order. The week of Sunday 1 March 2026 (en-US starts weeks on Sunday) holds the
// New York DST change on the 8th, just after it.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

let owner: ApiUser;
let db: Client;
let brandId: string;
const WEEK = '2026-03-04';
const base = () => `/w/${owner.workspaceId}/brands/${brandId}/calendar`;
const ids = { instagram: '', email: '', post: '', newsletter: '', idea: '' };
let counter = 0;
const id = (prefix: string) => `${prefix}${Date.now().toString(36)}${(counter += 1)}`.slice(0, 24);

async function row(table: string, values: Record<string, string | number | null>) {
	const columns = Object.keys(values);
	await db.execute({
		sql: `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
		args: Object.values(values)
	});
}

async function addItem(title: string, values: Record<string, string | number | null>) {
	const itemId = id('item');
	await row('content_items', { id: itemId, brand_id: brandId, title, status: 'draft', ...values });
	return itemId;
}

const stored = async (itemId: string) =>
	(await db.execute({ sql: 'SELECT * FROM content_items WHERE id = ?', args: [itemId] })).rows[0];

test.beforeAll(async ({ baseURL }) => {
	db = openE2eDatabase();
	owner = await ApiUser.signUp(baseURL!, 'Planner');
	brandId = await createBrand(owner, { name: 'Bump & Bloom', marketTimeZone: 'America/New_York' });
	ids.instagram = id('ch');
	ids.email = id('ch');
	for (const [channelId, kind, zone] of [
		[ids.instagram, 'instagram', 'America/New_York'],
		[ids.email, 'email', 'Europe/Berlin']
	]) {
		await row('channels', {
			id: channelId,
			brand_id: brandId,
			kind,
			ownership: kind === 'email' ? 'owned' : 'rented',
			time_zone: zone
		});
	}
	// 09:00 New York on Tue 3 March = 14:00 UTC; 07:30 Berlin on Wed 4 March = 06:30 UTC.
	ids.post = await addItem('Mat unboxing reel', {
		channel_id: ids.instagram,
		scheduled_date: '2026-03-03',
		scheduled_time: '09:00',
		time_zone: 'America/New_York',
		scheduled_at: Date.UTC(2026, 2, 3, 14, 0)
	});
	ids.newsletter = await addItem('Third-trimester stretches', {
		channel_id: ids.email,
		status: 'approved',
		scheduled_date: '2026-03-04',
		scheduled_time: '07:30',
		time_zone: 'Europe/Berlin',
		scheduled_at: Date.UTC(2026, 2, 4, 6, 30)
	});
	ids.idea = await addItem('Partner yoga poses', { status: 'idea', channel_id: null });
});

test.afterAll(() => {
	db?.close();
	return owner?.dispose();
});

const cell = (page: Page, date: string, channelId: string) =>
	page.locator(`td[data-cell="${date}|${channelId}"]`);
const status = (page: Page) => page.getByRole('status').filter({ hasText: /Moved/ });

test('the week shows each item in its day × channel cell, and the ideas tray', async ({ page }) => {
	await signIn(page, owner.email);
	await page.goto(`/w/${owner.workspaceId}/brands/${brandId}`);
	await page.getByRole('link', { name: 'Calendar' }).click();
	await expect(page.getByRole('heading', { name: 'Content calendar' })).toBeVisible();
	await expectNoAxeViolations(page);

	await page.goto(`${base()}?week=${WEEK}`);
	await expect(page.getByText('Week of Mar 1 – 7, 2026')).toBeVisible();
	const headers = page.getByRole('columnheader');
	await expect(headers).toHaveText([
		'Channel',
		/Sun, Mar 1/,
		/Mon, Mar 2/,
		/Tue, Mar 3/,
		/Wed, Mar 4/,
		/Thu, Mar 5/,
		/Fri, Mar 6/,
		/Sat, Mar 7/
	]);
	await expect(page.getByRole('rowheader')).toHaveText([/Instagram$/, /Email newsletter$/]);
	await expect(cell(page, '2026-03-03', ids.instagram)).toContainText('Mat unboxing reel');
	await expect(cell(page, '2026-03-03', ids.instagram)).toContainText('09:00');
	await expect(cell(page, '2026-03-04', ids.email)).toContainText('Third-trimester stretches');
	await expect(cell(page, '2026-03-04', ids.email)).toContainText('Approved');
	await expect(page.locator('td').filter({ hasText: 'Mat unboxing reel' })).toHaveCount(1);
	const tray = page.getByRole('region', { name: 'Ideas' });
	await expect(tray).toContainText('Partner yoga poses');
	await expect(
		page.getByRole('link', { name: 'Add item on Tue, Mar 3, Instagram' })
	).toHaveAttribute('href', `${base()}/items/new?date=2026-03-03&channel=${ids.instagram}`);
	await expectNoAxeViolations(page);

	// An invalid week falls back to this week rather than failing.
	await page.goto(`${base()}?week=2026-02-30`);
	await expect(page.getByRole('table')).toBeVisible();
});

test('drag a card to another day: the time of day is kept; Undo puts it back', async ({ page }) => {
	await signIn(page, owner.email);
	await page.goto(`${base()}?week=${WEEK}`);
	await page
		.locator(`[data-item-id="${ids.post}"]`)
		.dragTo(cell(page, '2026-03-05', ids.instagram));
	await expect(status(page)).toContainText('Moved to Thu, Mar 5, 09:00');
	await expect(cell(page, '2026-03-05', ids.instagram)).toContainText('Mat unboxing reel');
	await expect(cell(page, '2026-03-03', ids.instagram)).not.toContainText('Mat unboxing reel');
	expect(await stored(ids.post)).toMatchObject({
		scheduled_date: '2026-03-05',
		scheduled_time: '09:00',
		scheduled_at: Date.UTC(2026, 2, 5, 14, 0),
		version: 2
	});
	await expectNoAxeViolations(page);

	await status(page).getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Moved back.' })).toBeVisible();
	await expect(cell(page, '2026-03-03', ids.instagram)).toContainText('Mat unboxing reel');
	expect(await stored(ids.post)).toMatchObject({
		scheduled_date: '2026-03-03',
		scheduled_time: '09:00',
		version: 3
	});
});

test('drag an idea from the tray: a time is asked for', async ({ page }) => {
	await signIn(page, owner.email);
	await page.goto(`${base()}?week=${WEEK}`);
	await page
		.locator(`[data-item-id="${ids.idea}"]`)
		.dragTo(cell(page, '2026-03-06', ids.instagram));
	const dialog = page.getByRole('dialog', { name: 'Pick a time for “Partner yoga poses”' });
	await expect(dialog.getByLabel('Time')).toHaveValue('09:00');
	await expectNoAxeViolations(page);
	await dialog.getByLabel('Time').fill('18:30');
	await dialog.getByRole('button', { name: 'Move here' }).click();
	await expect(status(page)).toContainText('Moved to Fri, Mar 6, 18:30');
	await expect(cell(page, '2026-03-06', ids.instagram)).toContainText('Partner yoga poses');
	expect(await stored(ids.idea)).toMatchObject({
		channel_id: ids.instagram,
		scheduled_date: '2026-03-06',
		scheduled_time: '18:30',
		time_zone: 'America/New_York'
	});
});

test('keyboard move through the Move dialog, into another zone', async ({ page }) => {
	await signIn(page, owner.email);
	await page.goto(`${base()}?week=${WEEK}`);
	await page.getByRole('button', { name: 'Move “Mat unboxing reel”' }).focus();
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog', { name: 'Move “Mat unboxing reel”' });
	await expect(dialog.getByLabel('Date')).toBeFocused();
	await expect(dialog.getByLabel('Time')).toHaveCount(0);
	await dialog.getByLabel('Date').fill('2026-03-02');
	await dialog.getByLabel('Channel').selectOption({ label: 'Email newsletter' });
	await expectNoAxeViolations(page);
	await dialog.getByRole('button', { name: 'Move here' }).press('Enter');
	await expect(status(page)).toContainText('Moved to Mon, Mar 2, 09:00');
	await expect(page.getByRole('button', { name: 'Move “Mat unboxing reel”' })).toBeFocused();
	await expect(cell(page, '2026-03-02', ids.email)).toContainText('Mat unboxing reel');
	expect(await stored(ids.post)).toMatchObject({
		channel_id: ids.email,
		scheduled_date: '2026-03-02',
		scheduled_time: '09:00',
		time_zone: 'Europe/Berlin',
		scheduled_at: Date.UTC(2026, 2, 2, 8, 0)
	});
});

test('a move of a card changed meanwhile is refused and the grid reloads', async ({ page }) => {
	await signIn(page, owner.email);
	await page.goto(`${base()}?week=${WEEK}`);
	// Someone else renames and re-versions the item after this page loaded.
	await db.execute({
		sql: "UPDATE content_items SET title = 'Stretches for week 30', version = version + 1 WHERE id = ?",
		args: [ids.newsletter]
	});
	await page.getByRole('button', { name: 'Move “Third-trimester stretches”' }).click();
	const dialog = page.getByRole('dialog', { name: 'Move “Third-trimester stretches”' });
	await dialog.getByLabel('Date').fill('2026-03-07');
	await dialog.getByRole('button', { name: 'Move here' }).click();
	await expect(page.getByRole('alert')).toContainText('Someone changed this item meanwhile');
	await expect(cell(page, '2026-03-04', ids.email)).toContainText('Stretches for week 30');
	expect(await stored(ids.newsletter)).toMatchObject({ scheduled_date: '2026-03-04' });
	await expectNoAxeViolations(page);
});

test('filters live in the URL and survive a reload', async ({ page }) => {
	await signIn(page, owner.email);
	await page.goto(`${base()}?week=${WEEK}`);
	await page.getByText('Filters', { exact: true }).click();
	await page.getByRole('group', { name: 'Status' }).getByLabel('Approved').check();
	await page.getByRole('button', { name: 'Apply filters' }).click();
	await expect(page).toHaveURL(/status=approved/);
	await expect(page).toHaveURL(/week=2026-03-01/);
	await page.reload();
	await expect(page.getByRole('group', { name: 'Status' }).getByLabel('Approved')).toBeChecked();
	await expect(page.getByRole('table')).toContainText('Stretches for week 30');
	await expect(page.getByRole('table')).not.toContainText('Mat unboxing reel');
	await expectNoAxeViolations(page);
	await page.getByRole('link', { name: 'Clear filters' }).click();
	await expect(page.getByRole('table')).toContainText('Mat unboxing reel');
});

test('week navigation keeps the filters', async ({ page }) => {
	await signIn(page, owner.email);
	await page.goto(`${base()}?week=${WEEK}&channel=${ids.email}`);
	await expect(page.getByRole('rowheader')).toHaveText([/Email newsletter$/]);
	await page.getByRole('link', { name: 'Next week' }).click();
	await expect(page).toHaveURL(
		new RegExp(`week=2026-03-08.*channel=${ids.email}|channel=${ids.email}.*week=2026-03-08`)
	);
	await expect(page.getByText('Week of Mar 8 – 14, 2026')).toBeVisible();
});

test('without JavaScript the Move form posts and comes back to the same week', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await signIn(page, owner.email);
	await page.goto(`${base()}?week=${WEEK}&status=draft`);
	await page.getByRole('button', { name: 'Move “Mat unboxing reel”' }).click();
	await expect(page).toHaveURL(/move=/);
	const dialog = page.getByRole('dialog', { name: 'Move “Mat unboxing reel”' });
	await dialog.getByLabel('Date').fill('2026-03-03');
	await dialog.getByRole('button', { name: 'Move here' }).click();
	await expect(page).toHaveURL(`${base()}?week=${WEEK}&status=draft`);
	await expect(cell(page, '2026-03-03', ids.email)).toContainText('Mat unboxing reel');
	expect(await stored(ids.post)).toMatchObject({
		scheduled_date: '2026-03-03',
		scheduled_time: '09:00',
		channel_id: ids.email
	});
	await context.close();
});

test('a viewer sees no Move controls and a forged move answers 403', async ({ page, baseURL }) => {
	const viewer = await ApiUser.signUp(baseURL!, 'Client');
	await viewer.accept(await owner.invite('viewer'));
	await signIn(page, viewer.email);
	await page.goto(`${base()}?week=${WEEK}`);
	await expect(page.getByRole('table')).toContainText('Mat unboxing reel');
	await expect(page.getByRole('button', { name: /^Move/ })).toHaveCount(0);
	await expect(page.getByRole('link', { name: /^Add item/ })).toHaveCount(0);
	await expect(page.locator('[draggable="true"]')).toHaveCount(0);
	await expectNoAxeViolations(page);
	const before = await stored(ids.post);
	const forged = await viewer.api.post(`${base()}?/move`, {
		form: { itemId: ids.post, version: String(before.version), date: '2026-03-07' }
	});
	expect(forged.status()).toBe(403);
	expect(await stored(ids.post)).toEqual(before);
	await viewer.dispose();
});

test('month view: items on their days, "+N more" opens the week, filters kept', async ({
	page
}) => {
	// April 2026 starts on a Wednesday: the grid runs Sun 29 March – Sat 2 May.
	const at = (date: string, time: string, channelId = ids.instagram) => ({
		channel_id: channelId,
		scheduled_date: date,
		scheduled_time: time,
		time_zone: 'America/New_York',
		scheduled_at: Date.parse(`${date}T${time}:00-04:00`)
	});
	await addItem('Spring sale teaser', at('2026-04-07', '10:00'));
	for (const [i, title] of [
		'Bump diary',
		'Hospital bag',
		'Nursery tour',
		'Q&A live',
		'Recap'
	].entries())
		await addItem(title, at('2026-04-15', `0${8 + i}:00`.slice(-5)));
	await addItem('Earth day newsletter', at('2026-04-22', '07:00', ids.email));

	await signIn(page, owner.email);
	await page.goto(`${base()}?week=2026-04-15&channel=${ids.instagram}`);
	const views = page.getByRole('navigation', { name: 'View' });
	await expect(views.getByRole('link', { name: 'Week', exact: true })).toHaveAttribute(
		'aria-current',
		'page'
	);
	await views.getByRole('link', { name: 'Month', exact: true }).click();
	await expect(page).toHaveURL(/view=month/);
	await expect(page).toHaveURL(new RegExp(`channel=${ids.instagram}`));
	await expect(page.getByText('April 2026', { exact: true })).toBeVisible();
	await expect(views.getByRole('link', { name: 'Month', exact: true })).toHaveAttribute(
		'aria-current',
		'page'
	);
	await expect(page.getByRole('columnheader')).toHaveText([
		'Sun',
		'Mon',
		'Tue',
		'Wed',
		'Thu',
		'Fri',
		'Sat'
	]);
	const day = (date: string) => page.locator(`td[data-day="${date}"]`);
	await expect(day('2026-04-07')).toContainText('Spring sale teaser');
	await expect(day('2026-04-07')).toContainText('10:00');
	await expect(day('2026-04-07').getByRole('link', { name: 'Spring sale teaser' })).toHaveAttribute(
		'href',
		/\/calendar\/items\/item/
	);
	// The channel filter holds in month view too: the email on the 22nd is not shown.
	await expect(day('2026-04-22')).not.toContainText('Earth day newsletter');
	await expect(day('2026-04-15').getByRole('listitem')).toHaveText([
		/08:00\s*Bump diary/,
		/09:00\s*Hospital bag/,
		/10:00\s*Nursery tour/
	]);
	await expect(page.locator('td').filter({ hasText: 'Spring sale teaser' })).toHaveCount(1);
	await expectNoAxeViolations(page);

	await day('2026-04-15')
		.getByRole('link', { name: /^\+2 more/ })
		.click();
	await expect(page).toHaveURL(/view=week/);
	await expect(page).toHaveURL(/week=2026-04-15/);
	await expect(page).toHaveURL(new RegExp(`channel=${ids.instagram}`));
	await expect(page.getByText('Week of Apr 12 – 18, 2026')).toBeVisible();
	await expect(cell(page, '2026-04-15', ids.instagram)).toContainText('Recap');

	// Month and back again: the filter stays in the URL throughout.
	await views.getByRole('link', { name: 'Month', exact: true }).click();
	await expect(page).toHaveURL(
		new RegExp(`view=month.*channel=${ids.instagram}|channel=${ids.instagram}.*view=month`)
	);
	await views.getByRole('link', { name: 'Week', exact: true }).click();
	await expect(page).toHaveURL(/view=week/);
	await expect(page).toHaveURL(new RegExp(`channel=${ids.instagram}`));
	await expect(page.getByText('Week of Apr 12 – 18, 2026')).toBeVisible();

	// Without the filter the email shows; previous/next go by month.
	await page.goto(`${base()}?view=month&week=2026-04-22`);
	await expect(day('2026-04-22')).toContainText('Earth day newsletter');
	await page.getByRole('link', { name: 'Next month' }).click();
	await expect(page.getByText('May 2026', { exact: true })).toBeVisible();
	await page.getByRole('link', { name: 'Previous month' }).click();
	await expect(page.getByText('April 2026', { exact: true })).toBeVisible();
});
