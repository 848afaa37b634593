import { type Page } from '@playwright/test';
import type { Client } from '@libsql/client';
import type { ItemInput } from '../../src/lib/server/queries/items';
import { makeChannel, makeItem } from '../../src/lib/server/testing/factories';
import type { E2eDb } from '../support/database';
import { test as roles } from '../support/roles';
import {
	createBrand,
	expect,
	expectNoAxeViolations,
	signIn,
	type ApiUser
} from '../support/support';

// One brand with two channels in different zones, arranged through code; the journeys build on
// each other in order. The week of Sunday 1 March 2026 (en-US starts weeks on Sunday) holds the
// New York DST change on the 8th, just after it.
type Ids = Record<'brandId' | 'instagram' | 'email' | 'post' | 'newsletter' | 'idea', string>;
type Fixtures = {
	ids: Ids;
	/** The brand's calendar. */
	base: string;
	/** An item of the brand as stored, in the table's own column names. */
	stored: (itemId: string) => Promise<Record<string, unknown>>;
	addItem: (title: string, values: Partial<ItemInput>) => Promise<string>;
};
const test = roles.extend<Fixtures>({
	ids: async ({ once, owner, db }, use) => {
		await use(await once('ids', () => arrange(db, owner)));
	},
	base: async ({ owner, ids }, use) => {
		await use(`/w/${owner.workspaceId}/brands/${ids.brandId}/calendar`);
	},
	stored: async ({ client }, use) => {
		await use(async (itemId) => ({ ...(await storedItem(client, itemId)) }));
	},
	addItem: async ({ db, ids }, use) => {
		await use((title, values) => addItem(db, ids.brandId, title, values));
	}
});
test.use({ names: { owner: 'Planner', viewer: 'Client' } });
test.describe.configure({ mode: 'serial', timeout: 90_000 });

const WEEK = '2026-03-04';

function addItem(db: E2eDb, brandId: string, title: string, values: Partial<ItemInput>) {
	return makeItem(db, brandId, { title, status: 'draft', ...values });
}

const storedItem = async (db: Client, itemId: string) =>
	(await db.execute({ sql: 'SELECT * FROM content_items WHERE id = ?', args: [itemId] })).rows[0];

async function arrange(db: E2eDb, owner: ApiUser): Promise<Ids> {
	const brandId = await createBrand(owner, {
		name: 'Bump & Bloom',
		marketTimeZone: 'America/New_York'
	});
	const instagram = await makeChannel(db, brandId, 'instagram', { timeZone: 'America/New_York' });
	const email = await makeChannel(db, brandId, 'email', { timeZone: 'Europe/Berlin' });
	// 09:00 New York on Tue 3 March = 14:00 UTC; 07:30 Berlin on Wed 4 March = 06:30 UTC.
	const post = await addItem(db, brandId, 'Mat unboxing reel', {
		channelId: instagram,
		scheduledDate: '2026-03-03',
		scheduledTime: '09:00',
		timeZone: 'America/New_York',
		scheduledAt: Date.UTC(2026, 2, 3, 14, 0)
	});
	const newsletter = await addItem(db, brandId, 'Third-trimester stretches', {
		channelId: email,
		status: 'approved',
		scheduledDate: '2026-03-04',
		scheduledTime: '07:30',
		timeZone: 'Europe/Berlin',
		scheduledAt: Date.UTC(2026, 2, 4, 6, 30)
	});
	const idea = await addItem(db, brandId, 'Partner yoga poses', {
		status: 'idea',
		channelId: null
	});
	return { brandId, instagram, email, post, newsletter, idea };
}

const cell = (page: Page, date: string, channelId: string) =>
	page.locator(`td[data-cell="${date}|${channelId}"]`);
const status = (page: Page) => page.getByRole('status').filter({ hasText: /Moved/ });

test('the week shows each item in its day × channel cell, and the ideas tray', async ({
	page,
	owner,
	ids,
	base
}) => {
	await signIn(page, owner.email);
	await page.goto(`/w/${owner.workspaceId}/brands/${ids.brandId}`);
	await page.getByRole('link', { name: 'Calendar' }).click();
	await expect(page.getByRole('heading', { name: 'Content calendar' })).toBeVisible();
	await expectNoAxeViolations(page);

	await page.goto(`${base}?week=${WEEK}`);
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
	).toHaveAttribute('href', `${base}/items/new?date=2026-03-03&channel=${ids.instagram}`);
	await expectNoAxeViolations(page);

	// An invalid week falls back to this week rather than failing.
	await page.goto(`${base}?week=2026-02-30`);
	await expect(page.getByRole('table')).toBeVisible();
});

test('drag a card to another day: the time of day is kept; Undo puts it back', async ({
	page,
	owner,
	ids,
	base,
	stored
}) => {
	await signIn(page, owner.email);
	await page.goto(`${base}?week=${WEEK}`);
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

test('drag an idea from the tray: a time is asked for', async ({
	page,
	owner,
	ids,
	base,
	stored
}) => {
	await signIn(page, owner.email);
	await page.goto(`${base}?week=${WEEK}`);
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

test('keyboard move through the Move dialog, into another zone', async ({
	page,
	owner,
	ids,
	base,
	stored
}) => {
	await signIn(page, owner.email);
	await page.goto(`${base}?week=${WEEK}`);
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

test('a move of a card changed meanwhile is refused and the grid reloads', async ({
	page,
	owner,
	ids,
	base,
	stored,
	client: db
}) => {
	await signIn(page, owner.email);
	await page.goto(`${base}?week=${WEEK}`);
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

test('filters live in the URL and survive a reload', async ({ page, owner, base }) => {
	await signIn(page, owner.email);
	await page.goto(`${base}?week=${WEEK}`);
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

test('week navigation keeps the filters', async ({ page, owner, ids, base }) => {
	await signIn(page, owner.email);
	await page.goto(`${base}?week=${WEEK}&channel=${ids.email}`);
	await expect(page.getByRole('rowheader')).toHaveText([/Email newsletter$/]);
	await page.getByRole('link', { name: 'Next week' }).click();
	await expect(page).toHaveURL(
		new RegExp(`week=2026-03-08.*channel=${ids.email}|channel=${ids.email}.*week=2026-03-08`)
	);
	await expect(page.getByText('Week of Mar 8 – 14, 2026')).toBeVisible();
});

test('without JavaScript the Move form posts and comes back to the same week', async ({
	browser,
	owner,
	ids,
	base,
	stored
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await signIn(page, owner.email);
	await page.goto(`${base}?week=${WEEK}&status=draft`);
	await page.getByRole('button', { name: 'Move “Mat unboxing reel”' }).click();
	await expect(page).toHaveURL(/move=/);
	const dialog = page.getByRole('dialog', { name: 'Move “Mat unboxing reel”' });
	await dialog.getByLabel('Date').fill('2026-03-03');
	await dialog.getByRole('button', { name: 'Move here' }).click();
	await expect(page).toHaveURL(`${base}?week=${WEEK}&status=draft`);
	await expect(cell(page, '2026-03-03', ids.email)).toContainText('Mat unboxing reel');
	expect(await stored(ids.post)).toMatchObject({
		scheduled_date: '2026-03-03',
		scheduled_time: '09:00',
		channel_id: ids.email
	});
	await context.close();
});

test('a viewer sees no Move controls and a forged move answers 403', async ({
	page,
	viewer,
	ids,
	base,
	stored
}) => {
	await signIn(page, viewer.email);
	await page.goto(`${base}?week=${WEEK}`);
	await expect(page.getByRole('table')).toContainText('Mat unboxing reel');
	await expect(page.getByRole('button', { name: /^Move/ })).toHaveCount(0);
	await expect(page.getByRole('link', { name: /^Add item/ })).toHaveCount(0);
	await expect(page.locator('[draggable="true"]')).toHaveCount(0);
	await expectNoAxeViolations(page);
	const before = await stored(ids.post);
	const forged = await viewer.api.post(`${base}?/move`, {
		form: { itemId: ids.post, version: String(before.version), date: '2026-03-07' }
	});
	expect(forged.status()).toBe(403);
	expect(await stored(ids.post)).toEqual(before);
});

test('month view: items on their days, "+N more" opens the week, filters kept', async ({
	page,
	owner,
	ids,
	base,
	addItem
}) => {
	// April 2026 starts on a Wednesday: the grid runs Sun 29 March – Sat 2 May.
	const at = (date: string, time: string, channelId = ids.instagram) => ({
		channelId,
		scheduledDate: date,
		scheduledTime: time,
		timeZone: 'America/New_York',
		scheduledAt: Date.parse(`${date}T${time}:00-04:00`)
	});
	const teaser = await addItem('Spring sale teaser', at('2026-04-07', '10:00'));
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
	await page.goto(`${base}?week=2026-04-15&channel=${ids.instagram}`);
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
		`${base}/items/${teaser}`
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
	await page.goto(`${base}?view=month&week=2026-04-22`);
	await expect(day('2026-04-22')).toContainText('Earth day newsletter');
	await page.getByRole('link', { name: 'Next month' }).click();
	await expect(page.getByText('May 2026', { exact: true })).toBeVisible();
	await page.getByRole('link', { name: 'Previous month' }).click();
	await expect(page.getByText('April 2026', { exact: true })).toBeVisible();
});
