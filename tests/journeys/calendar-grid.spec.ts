import Papa from 'papaparse';
import { type Page } from '@playwright/test';
import type { ItemInput } from '../../src/lib/server/queries/items';
import { makeCampaign, makeChannel, makeItem } from '../../src/lib/server/testing/factories';
import type { E2eDb } from '../support/database';
import { test as roles } from '../support/roles';
import {
	createBrand,
	expect,
	expectNoAxeViolations,
	signIn,
	type ApiUser
} from '../support/support';

// A US brand around Black Friday 2026 (Fri 27 Nov; en-US weeks run Sun 22 – Sat 28 Nov), with a
// campaign that starts before that week and ends after it, arranged through code.
type Ids = Record<'brandId' | 'instagram' | 'campaign' | 'deal' | 'teaser', string>;
type Fixtures = {
	ids: Ids;
	/** The brand's calendar. */
	base: string;
	/** An item of the brand as stored, in the table's own column names. */
	stored: (itemId: string) => Promise<Record<string, unknown>>;
};
const test = roles.extend<Fixtures>({
	ids: async ({ once, owner, db }, use) => {
		await use(await once('ids', () => arrange(db, owner)));
	},
	base: async ({ owner, ids }, use) => {
		await use(`/w/${owner.workspaceId}/brands/${ids.brandId}/calendar`);
	},
	stored: async ({ client }, use) => {
		await use(async (itemId) => ({
			...(await client.execute({ sql: 'SELECT * FROM content_items WHERE id = ?', args: [itemId] }))
				.rows[0]
		}));
	}
});
test.use({ names: { owner: 'Grid Planner' } });
test.describe.configure({ mode: 'serial', timeout: 90_000 });

const WEEK = '2026-11-27';
const LIST_FILLERS = 55;

function addItem(
	db: E2eDb,
	{ brandId, instagram }: Pick<Ids, 'brandId' | 'instagram'>,
	title: string,
	date: string | null,
	values: Partial<ItemInput> = {}
) {
	const schedule = date
		? {
				scheduledDate: date,
				scheduledTime: '10:00',
				timeZone: 'America/New_York',
				// 10:00 in New York in late November is 15:00 UTC (EST).
				scheduledAt: Date.parse(`${date}T15:00:00Z`)
			}
		: {};
	return makeItem(db, brandId, {
		title,
		status: 'draft',
		channelId: instagram,
		...schedule,
		...values
	});
}

async function arrange(db: E2eDb, owner: ApiUser): Promise<Ids> {
	const brandId = await createBrand(owner, { name: 'Bump & Bloom US', targetMarkets: ['US'] });
	const instagram = await makeChannel(db, brandId, 'instagram', { timeZone: 'America/New_York' });
	const campaign = await makeCampaign(db, brandId, {
		name: 'Black Friday push',
		startDate: '2026-11-20',
		endDate: '2026-12-05'
	});
	const brand = { brandId, instagram };
	const deal = await addItem(db, brand, 'Doorbuster mat deal', '2026-11-27', {
		campaignId: campaign
	});
	const teaser = await addItem(db, brand, 'Holiday gift guide', '2026-11-24');
	// Enough ideas for the list view to need a second page (all unscheduled: not in any week).
	for (let i = 0; i < LIST_FILLERS; i += 1)
		await addItem(db, brand, `Idea ${String(i).padStart(2, '0')}`, null, { status: 'idea' });
	return { brandId, instagram, campaign, deal, teaser };
}

const header = (page: Page, name: RegExp) => page.getByRole('columnheader', { name });

test('week view: holidays and shopping events on their days, campaign band links to its page', async ({
	page,
	owner,
	ids,
	base
}) => {
	await signIn(page, owner.email);
	await page.goto(`${base}?week=${WEEK}`);
	const friday = header(page, /Fri, Nov 27/);
	await expect(friday).toContainText('Black Friday');
	await expect(friday.locator('[data-event="black-friday"]')).toHaveAttribute('data-market', 'US');
	// Written out for screen readers: the kind and the market, not only a colour.
	await expect(friday.locator('[data-event="black-friday"]')).toContainText(
		'shopping event, United States'
	);
	await expect(header(page, /Thu, Nov 26/)).toContainText('Thanksgiving');
	await expect(header(page, /Mon, Nov 23/).locator('[data-event]')).toHaveCount(0);

	const band = page.getByRole('link', { name: /^Campaign: Black Friday push/ });
	await expect(band).toHaveAccessibleName(/continues from earlier, continues later$/);
	await expect(band).toHaveAttribute('href', `${base}/campaigns/${ids.campaign}`);
	await expectNoAxeViolations(page);

	// Overlays can be switched off, and the choice lives in the URL.
	await page.getByRole('link', { name: 'Hide holidays and events' }).click();
	await expect(page).toHaveURL(/events=off/);
	await expect(page.locator('[data-event]')).toHaveCount(0);
	await page.getByRole('link', { name: 'Show holidays and events' }).click();
	await expect(page.locator('[data-event="black-friday"]')).toHaveCount(1);
});

test('month view: events in the cells, the band across its weeks, axe clean', async ({
	page,
	owner,
	base
}) => {
	await signIn(page, owner.email);
	await page.goto(`${base}?view=month&week=${WEEK}`);
	const day = (date: string) => page.locator(`td[data-day="${date}"]`);
	await expect(day('2026-11-11').locator('[data-event="double-11"]')).toHaveAttribute(
		'data-market',
		'CN'
	);
	await expect(day('2026-11-11')).toContainText('Veterans Day');
	await expect(day('2026-11-27')).toContainText('Black Friday');
	await expect(day('2026-11-30')).toContainText('Cyber Monday');
	// 20 Nov – 5 Dec covers three rows of the month: one band per row, each to the campaign.
	const bands = page.getByRole('link', { name: /^Campaign: Black Friday push/ });
	await expect(bands).toHaveCount(3);
	await expect(bands.first()).not.toHaveAccessibleName(/continues from earlier/);
	await expect(bands.last()).not.toHaveAccessibleName(/continues later/);
	await expectNoAxeViolations(page);
});

test('campaign filter lives in the URL, survives a reload and goes into the export link', async ({
	page,
	owner,
	ids,
	base
}) => {
	await signIn(page, owner.email);
	await page.goto(`${base}?week=${WEEK}`);
	await page.getByText('Filters', { exact: true }).click();
	await page.getByRole('group', { name: 'Campaign' }).getByLabel('Black Friday push').check();
	await page.getByRole('button', { name: 'Apply filters' }).click();
	await expect(page).toHaveURL(new RegExp(`campaign=${ids.campaign}`));
	await page.reload();
	await expect(
		page.getByRole('group', { name: 'Campaign' }).getByLabel('Black Friday push')
	).toBeChecked();
	const grid = page.getByRole('table');
	await expect(grid).toContainText('Doorbuster mat deal');
	await expect(grid).not.toContainText('Holiday gift guide');
	await expect(page.getByRole('link', { name: /Export/ })).toHaveAttribute(
		'href',
		new RegExp(`campaign=${ids.campaign}`)
	);
	await expectNoAxeViolations(page);
});

test('list view: every item, sortable by column, paged 50 at a time', async ({
	page,
	owner,
	base
}) => {
	const total = LIST_FILLERS + 2;
	await signIn(page, owner.email);
	await page.goto(`${base}?week=${WEEK}`);
	await page.getByRole('navigation', { name: 'View' }).getByRole('link', { name: 'List' }).click();
	await expect(page).toHaveURL(/view=list/);
	const table = page.getByRole('table');
	const rows = table.locator('tbody tr');
	await expect(page.getByText(`1–50 of ${total}`)).toBeVisible();
	await expect(rows).toHaveCount(50);
	// By date, ascending: the ideas (no date yet) come first.
	await expect(header(page, /Date and time/)).toHaveAttribute('aria-sort', 'ascending');
	await expect(rows.first()).toContainText('Not scheduled');
	await expectNoAxeViolations(page);

	await header(page, /Title/).getByRole('link').click();
	await expect(page).toHaveURL(/sort=title/);
	await expect(header(page, /Title/)).toHaveAttribute('aria-sort', 'ascending');
	await expect(header(page, /Date and time/)).not.toHaveAttribute('aria-sort', /./);
	await expect(rows.first()).toContainText('Doorbuster mat deal');
	await header(page, /Title/).getByRole('link').click();
	await expect(page).toHaveURL(/dir=desc/);
	await expect(header(page, /Title/)).toHaveAttribute('aria-sort', 'descending');
	await expect(rows.first()).toContainText('Idea 54');

	const firstPage = await rows.locator('td:nth-child(2)').allTextContents();
	await page.getByRole('link', { name: 'Next page' }).click();
	await expect(page).toHaveURL(/page=2/);
	await expect(page.getByText(`51–${total} of ${total}`)).toBeVisible();
	const secondPage = await rows.locator('td:nth-child(2)').allTextContents();
	expect(secondPage).toHaveLength(total - 50);
	expect(new Set([...firstPage, ...secondPage]).size).toBe(total);
	await expect(secondPage.at(-1)).toContain('Doorbuster mat deal');
	await expect(header(page, /Title/)).toHaveAttribute('aria-sort', 'descending');

	// "Export all" holds every page of the list, ideas included, not just the one shown.
	const exportLink = page.getByRole('link', { name: `Export all ${total} as CSV` });
	const csv = await (await page.request.get((await exportLink.getAttribute('href'))!)).text();
	const exported = Papa.parse<Record<string, string>>(csv, { header: true }).data;
	expect(exported).toHaveLength(total);
	expect(exported.map((r) => r.title)).toEqual(
		expect.arrayContaining(['Doorbuster mat deal', 'Idea 54'])
	);

	// The same URL without JavaScript gives the same page: sorting and paging are plain links.
	const url = page.url();
	const context = await page.context().browser()!.newContext({ javaScriptEnabled: false });
	const plain = await context.newPage();
	await signIn(plain, owner.email);
	await plain.goto(url);
	await expect(plain.getByText(`51–${total} of ${total}`)).toBeVisible();
	await context.close();
});

test('drop a scheduled card on the ideas tray, then Undo; or Back to ideas from the Move dialog', async ({
	page,
	owner,
	ids,
	base,
	stored
}) => {
	await signIn(page, owner.email);
	await page.goto(`${base}?week=${WEEK}`);
	const tray = page.getByRole('region', { name: 'Ideas' });
	// The tray is long (55 ideas): drop at its top, where the heading is.
	await page
		.locator(`td [data-item-id="${ids.teaser}"]`)
		.dragTo(tray.getByRole('heading', { name: 'Ideas' }));
	const status = page.getByRole('status').filter({ hasText: 'Moved back to the ideas.' });
	await expect(status).toBeVisible();
	await expect(tray).toContainText('Holiday gift guide');
	await expect(page.locator('td').filter({ hasText: 'Holiday gift guide' })).toHaveCount(0);
	expect(await stored(ids.teaser)).toMatchObject({
		scheduled_date: null,
		scheduled_time: null,
		scheduled_at: null,
		channel_id: ids.instagram,
		version: 2
	});
	await expectNoAxeViolations(page);

	await status.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Moved back.' })).toBeVisible();
	await expect(
		page.locator(`td[data-cell="2026-11-24|${ids.instagram}"]`).getByText('Holiday gift guide')
	).toBeVisible();
	expect(await stored(ids.teaser)).toMatchObject({
		scheduled_date: '2026-11-24',
		scheduled_time: '10:00',
		scheduled_at: Date.UTC(2026, 10, 24, 15, 0),
		version: 3
	});

	// From the keyboard: the Move dialog offers the same.
	await page.getByRole('button', { name: 'Move “Holiday gift guide”' }).focus();
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog', { name: 'Move “Holiday gift guide”' });
	await dialog.getByRole('button', { name: 'Back to ideas' }).press('Enter');
	await expect(
		page.getByRole('status').filter({ hasText: 'Moved back to the ideas.' })
	).toBeVisible();
	await expect(tray).toContainText('Holiday gift guide');
	expect(await stored(ids.teaser)).toMatchObject({ scheduled_date: null, version: 4 });
});

test('the list view and the overlays in Chinese', async ({ page, owner, base }) => {
	await signIn(page, owner.email);
	await page.goto(`${base}?view=list`);
	await page.getByRole('button', { name: '中文' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(
		page.getByRole('navigation', { name: '视图' }).getByRole('link', { name: '列表' })
	).toHaveAttribute('aria-current', 'page');
	await expect(header(page, /标题/)).toBeVisible();
	await expect(header(page, /日期和时间/)).toHaveAttribute('aria-sort', 'ascending');
	await expect(page.getByText('第 1–50 条，共 57 条')).toBeVisible();
	await expect(page.getByRole('link', { name: '下一页' })).toBeVisible();
	await expectNoAxeViolations(page);

	await page.goto(`${base}?view=month&week=2026-11-11`);
	const day = (date: string) => page.locator(`td[data-day="${date}"]`);
	await expect(day('2026-11-11')).toContainText('双十一');
	await expect(day('2026-11-27')).toContainText('黑色星期五');
	await expect(page.getByRole('link', { name: /^营销活动：/ }).first()).toBeVisible();
	await expectNoAxeViolations(page);
});
