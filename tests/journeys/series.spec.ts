import { type Page } from '@playwright/test';
import type { Client } from '@libsql/client';
import { makeChannel } from '../../src/lib/server/testing/factories';
import { test as roles } from '../support/roles';
import {
	createBrand,
	expect,
	expectNoAxeViolations,
	PASSWORD,
	type ApiUser
} from '../support/support';

// A weekly newsletter on Mondays and Thursdays from Thursday 4 November 2027, six times: New York
// leaves summer time on Sunday 7 November, so 09:00 there is 13:00 UTC on the first date and
// 14:00 UTC on the others. The planner's own zone is Berlin (already on winter time by then).

/** The planner's brand with its New York newsletter, arranged in code once for the file. */
type Plan = { owner: ApiUser; brandId: string; channelId: string };
const test = roles.extend<{ plan: Plan }>({
	plan: async ({ once, owner, db }, use) => {
		const plan = once('plan', async () => {
			const brandId = await createBrand(owner, {
				name: 'Bump & Bloom',
				marketTimeZone: 'America/New_York'
			});
			const channelId = await makeChannel(db, brandId, 'email', { timeZone: 'America/New_York' });
			return { owner, brandId, channelId };
		});
		await use(await plan);
	}
});
test.use({ names: { owner: 'Planner' } });
test.describe.configure({ mode: 'serial', timeout: 90_000 });

const START = '2027-11-04';
const DATES = ['2027-11-04', '2027-11-08', '2027-11-11', '2027-11-15', '2027-11-18', '2027-11-22'];
const base = ({ owner, brandId }: Plan) => `/w/${owner.workspaceId}/brands/${brandId}/calendar`;
const newItem = (plan: Plan) => `${base(plan)}/items/new?date=${START}&channel=${plan.channelId}`;

async function signIn(page: Page, { owner }: Plan) {
	await page.goto('/signin');
	await page.getByLabel('Email').fill(owner.email);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).not.toHaveURL(/\/signin/);
}

const occurrences = async (db: Client, { brandId }: Plan) =>
	(
		await db.execute({
			sql: 'SELECT id, title, status, scheduled_date, scheduled_time, scheduled_at, series_id FROM content_items WHERE brand_id = ? ORDER BY scheduled_date',
			args: [brandId]
		})
	).rows;
const cell = (page: Page, { channelId }: Plan, date: string) =>
	page.locator(`td[data-cell="${date}|${channelId}"]`);

test('create a weekly item on Mon and Thu, six times, across a DST change', async ({
	page,
	plan,
	client: db
}) => {
	await signIn(page, plan);
	await page.goto(newItem(plan));
	await page.getByLabel('Title').fill('Weekly tips');
	await page.getByLabel('Status').selectOption({ label: 'Scheduled' });
	await page.getByLabel('Time (America/New_York)').fill('09:00');
	const repeat = page.getByRole('group', { name: 'Repeat', exact: true });
	await repeat.getByLabel('Repeats').selectOption({ label: 'Weekly' });
	const days = repeat.getByRole('group', { name: 'On these days' });
	// The start date's own weekday is ticked to begin with.
	await expect(days.getByLabel('Thu')).toBeChecked();
	await days.getByLabel('Mon').check();
	await repeat.getByLabel('Number of times', { exact: true }).fill('6');
	await expect(repeat.getByTestId('repeat-description')).toHaveText(
		'Every week on Mon, Thu, 6 times'
	);
	await expect(repeat.getByTestId('repeat-preview').getByRole('listitem')).toHaveText([
		'Thu, Nov 4, 2027',
		'Mon, Nov 8, 2027',
		'Thu, Nov 11, 2027',
		'Mon, Nov 15, 2027',
		'Thu, Nov 18, 2027'
	]);
	await expect(repeat.getByTestId('repeat-total')).toHaveText(
		'6 items will be created, at 09:00 (America/New_York) each.'
	);
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Create item' }).click();
	await expect(page).toHaveURL(/\/items\/[a-z0-9]+\?created=1/);
	await expect(page.getByTestId('series-rule')).toHaveText(
		'Part of a series: Every week on Mon, Thu, 6 times'
	);
	await expect(page.getByTestId('series-dates').getByRole('listitem')).toHaveCount(6);
	await expectNoAxeViolations(page);

	const rows = await occurrences(db, plan);
	expect(rows.map((r) => r.scheduled_date)).toEqual(DATES);
	expect(new Set(rows.map((r) => r.scheduled_time))).toEqual(new Set(['09:00']));
	expect(new Set(rows.map((r) => r.series_id)).size).toBe(1);
	expect(rows[0].scheduled_at).toBe(Date.UTC(2027, 10, 4, 13, 0));
	expect(rows[1].scheduled_at).toBe(Date.UTC(2027, 10, 8, 14, 0));

	// In the week view, each on its day at 09:00 New York; the viewer's Berlin time moves with DST.
	const weeks = [[DATES[0]], [DATES[1], DATES[2]], [DATES[3], DATES[4]], [DATES[5]]];
	for (const shown of weeks) {
		await page.goto(`${base(plan)}?week=${shown[0]}`);
		for (const date of shown) {
			await expect(cell(page, plan, date)).toContainText('Weekly tips');
			await expect(cell(page, plan, date)).toContainText('09:00');
			await expect(cell(page, plan, date)).toContainText(date === START ? ' 14:00)' : ' 15:00)');
		}
	}
});

test('a wrong rule gets field errors and creates nothing', async ({ page, plan, client: db }) => {
	const before = (await occurrences(db, plan)).length;
	await signIn(page, plan);
	await page.goto(newItem(plan));
	await page.getByLabel('Title').fill('Never created');
	await page.getByLabel('Time (America/New_York)').fill('09:00');
	const repeat = page.getByRole('group', { name: 'Repeat', exact: true });
	await repeat.getByLabel('Repeats').selectOption({ label: 'Weekly' });
	await repeat.getByRole('group', { name: 'On these days' }).getByLabel('Thu').uncheck();
	await page.getByRole('button', { name: 'Create item' }).click();
	await expect(repeat.getByText('Choose at least one day of the week.')).toBeVisible();

	await repeat.getByRole('group', { name: 'On these days' }).getByLabel('Mon').check();
	await repeat.getByLabel('On a date').check();
	await repeat.getByLabel('Last date').fill('2027-11-01');
	await page.getByRole('button', { name: 'Create item' }).click();
	await expect(repeat.getByLabel('Last date')).toHaveAccessibleDescription(
		'The last date cannot be before the start date (2027-11-04).'
	);

	await repeat.getByLabel('After a number of times').check();
	await repeat.getByLabel('Number of times', { exact: true }).fill('0');
	await page.getByRole('button', { name: 'Create item' }).click();
	await expect(repeat.getByLabel('Number of times', { exact: true })).toHaveAccessibleDescription(
		'Enter a number of times from 1 to 200.'
	);
	await expect(repeat.getByLabel('Number of times', { exact: true })).toHaveAttribute(
		'aria-invalid',
		'true'
	);
	await expectNoAxeViolations(page);
	expect(await occurrences(db, plan)).toHaveLength(before);
});

test('edit one occurrence only', async ({ page, plan, client: db }) => {
	const [, , third] = await occurrences(db, plan);
	await signIn(page, plan);
	await page.goto(`${base(plan)}/items/${third.id}`);
	await expect(
		page.getByRole('group', { name: 'Apply these changes to' }).getByLabel('This item only')
	).toBeChecked();
	await page.getByLabel('Title').fill('Special edition');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status')).toContainText('Saved');
	const titles = (await occurrences(db, plan)).map((r) => r.title);
	expect(titles).toEqual([
		'Weekly tips',
		'Weekly tips',
		'Special edition',
		'Weekly tips',
		'Weekly tips',
		'Weekly tips'
	]);
});

test('edit the whole series: content and time, published items left alone, stale saves refused', async ({
	page,
	plan,
	client: db
}) => {
	const rows = await occurrences(db, plan);
	await db.execute({
		sql: "UPDATE content_items SET status = 'published', version = version + 1 WHERE id = ?",
		args: [rows[0].id]
	});
	await signIn(page, plan);
	await page.goto(`${base(plan)}/items/${rows[3].id}`);
	// A save of this item alone first: the page must then know the series' new state.
	await page.getByLabel('Brief').fill('Only this one');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status')).toHaveText('Saved.');
	const scope = page.getByRole('group', { name: 'Apply these changes to' });
	await page.getByLabel('Title').fill('Weekly tips v2');
	await page.getByLabel('Time (America/New_York)').fill('10:30');
	await scope.getByLabel(/This item and every item of the series/).check();
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status')).toContainText('Saved this item and 4 more of the series.');
	await expect(scope.getByLabel('This item only')).toBeChecked();
	const after = await occurrences(db, plan);
	expect(after.map((r) => [r.title, r.scheduled_date, r.scheduled_time])).toEqual([
		['Weekly tips', DATES[0], '09:00'],
		...DATES.slice(1).map((d) => ['Weekly tips v2', d, '10:30'])
	]);
	// Each keeps its own date; 10:30 New York is 15:30 UTC after the DST change.
	expect(after[1].scheduled_at).toBe(Date.UTC(2027, 10, 8, 15, 30));
	await expectNoAxeViolations(page);

	// Someone moves another occurrence meanwhile: the series save is refused, nothing changes.
	await page.getByLabel('Title').fill('Weekly tips v3');
	await scope.getByLabel(/This item and every item of the series/).check();
	await db.execute({
		sql: 'UPDATE content_items SET version = version + 1 WHERE id = ?',
		args: [rows[5].id]
	});
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('alert')).toContainText('Someone changed this series');
	expect((await occurrences(db, plan)).map((r) => r.title)).not.toContain('Weekly tips v3');
	// The edit is kept, scope and all; this item as stored is shown beside it.
	await expect(page.getByLabel('Title')).toHaveValue('Weekly tips v3');
	await expect(scope.getByLabel(/This item and every item of the series/)).toBeChecked();
	await expect(page.getByTestId('item-conflict')).toContainText('Weekly tips v2');
	await expectNoAxeViolations(page);
	// Saving again applies the edit to the series as it is now.
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status')).toContainText('Saved this item and 4 more of the series.');
	await expect(page.getByTestId('item-conflict')).toHaveCount(0);
	expect((await occurrences(db, plan)).map((r) => r.title)).toEqual([
		'Weekly tips',
		...DATES.slice(1).map(() => 'Weekly tips v3')
	]);
});

test('delete this and every unpublished item of the series', async ({ page, plan, client: db }) => {
	const rows = await occurrences(db, plan);
	await signIn(page, plan);
	await page.goto(`${base(plan)}/items/${rows[2].id}`);
	await page
		.getByRole('radio', { name: 'This item and every unpublished item of the series' })
		.check();
	page.once('dialog', (dialog) => {
		expect(dialog.message()).toContain('every unpublished item of its series');
		return dialog.accept();
	});
	await page.getByRole('button', { name: /^Delete/ }).click();
	await expect(page).toHaveURL(new RegExp(`${base(plan)}$`));
	const left = await occurrences(db, plan);
	expect(left.map((r) => [r.title, r.status])).toEqual([['Weekly tips', 'published']]);
});

test('the repeat fieldset in Chinese', async ({ page, plan }) => {
	await signIn(page, plan);
	await page.goto(newItem(plan));
	await page.getByRole('button', { name: '中文' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await page.getByLabel('时间 (America/New_York)').fill('09:00');
	const repeat = page.getByRole('group', { name: '重复', exact: true });
	await repeat.getByLabel('重复方式').selectOption({ label: '按周' });
	await repeat.getByRole('group', { name: '重复的星期' }).getByLabel('周一').check();
	await expect(repeat.getByTestId('repeat-description')).toHaveText('每周的周一、周四，共6次');
	await expect(repeat.getByLabel('每几周一次')).toHaveValue('1');
	await expect(
		repeat.getByText('将创建 6 条内容，每条都在 09:00（America/New_York）。')
	).toBeVisible();
	await repeat.getByLabel('次数', { exact: true }).fill('0');
	await page.getByRole('button', { name: '创建内容' }).click();
	await expect(repeat.getByLabel('次数', { exact: true })).toHaveAccessibleDescription(
		'请输入 1 到 200 之间的次数。'
	);
	await expectNoAxeViolations(page);
	await page.screenshot({ path: '/tmp/pw-series/repeat-zh.png', fullPage: true });
});
