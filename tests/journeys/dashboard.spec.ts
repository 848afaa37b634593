import Papa from 'papaparse';
import { metricValues } from '../../src/lib/server/db/schema';
import { makeChannel, makeMetric } from '../../src/lib/server/testing/factories';
import type { E2eDb } from '../support/database';
import { test as roles } from '../support/roles';
import {
	createBrand,
	expect,
	expectNoAxeViolations,
	signIn,
	type ApiUser
} from '../support/support';

// The growth dashboard, arranged through the database: an owned email list, rented Instagram
// followers and storefront sessions, 120 market days of values ending today (New York).
type Ids = Record<'brandId' | 'list' | 'followers' | 'sessions', string>;
const test = roles.extend<{ ids: Ids; brandId: string; base: () => string }>({
	// The viewer is invited before the brand is made, as the journeys assume.
	ids: async ({ once, owner, viewer: _invited, db }, use) => {
		await use(await once('ids', () => arrange(db, owner)));
	},
	brandId: async ({ ids }, use) => use(ids.brandId),
	/** The brand's dashboard. */
	base: async ({ owner, brandId }, use) => {
		await use(() => `/w/${owner.workspaceId}/brands/${brandId}/dashboard`);
	}
});
test.use({ names: { owner: 'Grower', viewer: 'Growth viewer' } });

const ZONE = 'America/New_York';
const DAYS = 120;

const marketDay = (offset = 0) => {
	const today = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date());
	const d = new Date(`${today}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + offset);
	return d.toISOString().slice(0, 10);
};

async function arrange(db: E2eDb, owner: ApiUser): Promise<Ids> {
	const brandId = await createBrand(owner, { name: 'Bump & Bloom growth', marketTimeZone: ZONE });
	const email = await makeChannel(db, brandId, 'email', { timeZone: ZONE });
	const instagram = await makeChannel(db, brandId, 'instagram', { timeZone: ZONE });
	const list = await makeMetric(db, brandId, email, 'email_subscribers');
	const sessions = await makeMetric(db, brandId, email, 'sessions');
	const followers = await makeMetric(db, brandId, instagram, 'followers');
	// Day i (0 = 119 days ago … 119 = today): the list grows by 10 a day, followers by 5,
	// sessions are 100 a day.
	const rows: (typeof metricValues.$inferInsert)[] = [];
	for (let i = 0; i < DAYS; i++) {
		const day = marketDay(i - DAYS + 1);
		for (const [id, value] of [
			[list, 1000 + 10 * i],
			[followers, 5000 + 5 * i],
			[sessions, 100]
		] as const) {
			rows.push({ metricId: id, day, value });
		}
	}
	await db.insert(metricValues).values(rows);
	return { brandId, list, followers, sessions };
}

const chart = (page: import('@playwright/test').Page, name: RegExp) =>
	page.getByRole('figure', { name });

test('the growth dashboard: headline, ranges, roll-ups, comparison, table, CSV and notes', async ({
	page,
	owner,
	ids,
	brandId,
	base,
	client: db
}) => {
	await signIn(page, owner.email);
	await page.goto(base());
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Owned-audience growth');
	// Today: list 1000 + 10·119 = 2,190 owned; followers 5000 + 5·119 = 5,595 rented.
	await expect(page.getByTestId('owned-share')).toHaveText('28.1%');
	await expect(page.getByTestId('owned-total')).toHaveText('2,190');
	// Over 4 weeks the list grew by 280 from 1,910 (the day before the range).
	await expect(page.getByText('+280 (+14.7%) over the range')).toBeVisible();

	const list = chart(page, /Email subscribers · Email/);
	await expect(list.getByTestId('change')).toContainText('+280 (+14.7%)');
	await list.getByText('Show as a table').click();
	const table = list.getByRole('table', { name: /Email subscribers · Email newsletter by period/ });
	await expect(table.locator('tbody tr')).toHaveCount(28);
	await expect(table.locator('tbody tr').last().locator('td').first()).toHaveText('2,190');
	await expect(table.locator('tbody tr').first().locator('td').nth(1)).toHaveText('1,640');
	// Sessions are a flow: 28 days × 100 against the previous 28 days × 100.
	await expect(chart(page, /Sessions · Email/).getByTestId('change')).toContainText('0 (0%)');
	await expect(chart(page, /Sessions · Email/).getByText('2,800', { exact: true })).toBeVisible();
	await expectNoAxeViolations(page);

	// Roll up by week, a quarter, against the same days last year (no data then).
	await page.getByLabel('Range', { exact: true }).selectOption('quarter');
	await page.getByLabel('Group by', { exact: true }).selectOption('week');
	await page.getByLabel('Compare with', { exact: true }).selectOption('year');
	await page.getByRole('button', { name: 'Show', exact: true }).click();
	await expect(page).toHaveURL(/range=quarter/);
	await expect(page).toHaveURL(/rollup=week/);
	await expect(page).toHaveURL(/compare=year/);
	const sessions = chart(page, /Sessions · Email/);
	await sessions.getByText('Show as a table').click();
	const weeks = sessions.getByRole('table');
	const weekRows = await weeks.locator('tbody tr').count();
	expect(weekRows).toBeGreaterThanOrEqual(13);
	expect(weekRows).toBeLessThanOrEqual(14);
	await expect(weeks.getByRole('rowheader').first()).toContainText('Week of');
	// A full Monday–Sunday week sums seven days.
	await expect(weeks.locator('tbody tr').nth(1).locator('td').first()).toHaveText('700');
	await expect(weeks.getByRole('columnheader', { name: 'Comparison' })).toBeVisible();

	// The chart's data as CSV, in the same view.
	const href = await sessions.getByRole('link', { name: 'Export CSV' }).getAttribute('href');
	expect(href).toContain(`metric=${ids.sessions}`);
	const response = await page.request.get(href!);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-disposition']).toMatch(
		/attachment; filename="bump-bloom-growth-sessions/
	);
	const parsed = Papa.parse<Record<string, string>>(await response.text(), {
		header: true,
		skipEmptyLines: true
	});
	expect(parsed.meta.fields).toEqual(['period', 'value', 'comparison']);
	expect(parsed.data).toHaveLength(weekRows);
	expect(parsed.data[1]).toEqual({
		period: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
		value: '700',
		comparison: ''
	});

	// A note on a day of the range shows under every chart.
	await page.getByRole('link', { name: /add or edit notes/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chart notes');
	await page.getByLabel('Day', { exact: true }).fill(marketDay(-10));
	await page.getByLabel('Note', { exact: true }).fill('Welcome-flow test 🌱');
	await page.getByRole('button', { name: 'Add note' }).click();
	await expect(page.getByText('Note added.')).toBeVisible();
	await expect(page.getByRole('cell', { name: 'Welcome-flow test 🌱' })).toBeVisible();
	await expectNoAxeViolations(page);
	await page.goto(base());
	const notes = chart(page, /Followers · Instagram/).getByRole('list', {
		name: 'Notes on this chart'
	});
	await expect(notes).toContainText('Welcome-flow test 🌱');
	// …and as a numbered marker on the chart itself, drawn when the chart comes into view.
	await chart(page, /Followers · Instagram/).scrollIntoViewIfNeeded();
	await expect(
		chart(page, /Followers · Instagram/)
			.locator('svg text')
			.filter({ hasText: /^1$/ })
	).toHaveCount(1);

	// Edit it with a stale version: refused, the text typed is kept.
	await page.goto(`${base()}/notes`);
	await page
		.getByRole('row', { name: /Welcome-flow test/ })
		.getByRole('link')
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Note');
	await expect(page.getByLabel('Note', { exact: true })).toHaveValue('Welcome-flow test 🌱');
	const noteUrl = page.url();
	await db.execute({
		sql: "UPDATE annotations SET text = 'Changed elsewhere', version = version + 1 WHERE brand_id = ?",
		args: [brandId]
	});
	await page.getByLabel('Note', { exact: true }).fill('My wording');
	await page.getByRole('button', { name: 'Save note' }).click();
	await expect(page.getByText(/Someone changed this note/)).toBeVisible();
	await expect(page.getByLabel('Note', { exact: true })).toHaveValue('My wording');
	await page.getByRole('button', { name: 'Save note' }).click();
	await expect(page.getByText('Saved.')).toBeVisible();
	await expectNoAxeViolations(page);
	// Delete needs the confirmation box.
	await page.getByRole('button', { name: 'Delete note' }).click();
	await expect(page.getByText('Tick the box to confirm')).toBeVisible();
	await page.getByLabel('Yes, delete this note').check();
	await page.getByRole('button', { name: 'Delete note' }).click();
	await expect(page.getByText('Note deleted.')).toBeVisible();
	expect(
		(
			await db.execute({
				sql: 'SELECT count(*) AS n FROM annotations WHERE brand_id = ?',
				args: [brandId]
			})
		).rows[0].n
	).toBe(0);
	expect((await page.request.get(noteUrl)).status()).toBe(404);
});

test('a viewer reads the dashboard in Chinese and cannot write a note', async ({
	page,
	viewer,
	brandId,
	base,
	client: db
}) => {
	await viewer.api.post('/locale', { form: { locale: 'zh-CN', redirectTo: '/' } });
	await signIn(page, viewer.email);
	await page.goto(`${base()}?range=year&rollup=month`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('自有受众增长');
	await expect(page.getByTestId('owned-share')).toHaveText('28.1%');
	const list = page.getByRole('figure', { name: /邮件订阅者/ }).first();
	await expect(list.getByRole('link', { name: '导出 CSV' })).toBeVisible();
	await expectNoAxeViolations(page);

	await page.goto(`${base()}/notes`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('图表备注');
	await expect(page.getByRole('button', { name: '添加备注' })).toHaveCount(0);
	await expectNoAxeViolations(page);
	const forged = await viewer.api.post(`${base()}/notes`, {
		form: { day: marketDay(), text: 'Forged', metricId: '' },
		maxRedirects: 0
	});
	expect(forged.status()).toBe(403);
	const count = await db.execute({
		sql: "SELECT count(*) AS n FROM annotations WHERE brand_id = ? AND text = 'Forged'",
		args: [brandId]
	});
	expect(count.rows[0].n).toBe(0);
});

test('a brand without metrics shows the way to set them up', async ({ page, owner }) => {
	const empty = await createBrand(owner, { name: 'Empty growth' });
	await signIn(page, owner.email);
	await page.goto(`/w/${owner.workspaceId}/brands/${empty}/dashboard`);
	await expect(page.getByRole('heading', { name: 'No metrics yet' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Set up metrics' })).toHaveAttribute(
		'href',
		`/w/${owner.workspaceId}/brands/${empty}/dashboard/metrics`
	);
	await expectNoAxeViolations(page);
});

test('the view form works without JavaScript', async ({ browser, owner, base }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await signIn(page, owner.email);
	await page.goto(base());
	await page.getByLabel('Range', { exact: true }).selectOption('custom');
	await page.getByLabel('From', { exact: true }).fill(marketDay(-59));
	await page.getByLabel('To', { exact: true }).fill(marketDay());
	await page.getByLabel('Group by', { exact: true }).selectOption('month');
	await page.getByRole('button', { name: 'Show', exact: true }).click();
	await expect(page).toHaveURL(/range=custom/);
	await expect(page).toHaveURL(/rollup=month/);
	const list = page.getByRole('figure', { name: /Email subscribers · Email/ });
	await list.getByText('Show as a table').click();
	// Sixty days touch two or three calendar months; the last ends on today's 2,190.
	const rows = list.getByRole('table').locator('tbody tr');
	expect([2, 3]).toContain(await rows.count());
	await expect(rows.last().locator('td').first()).toHaveText('2,190');
	await context.close();
});
