import { type Page } from '@playwright/test';
import { channels } from '../../src/lib/server/db/schema';
import { openE2eDatabase, openE2eDb } from '../support/database';
import {
	ApiUser,
	createBrand,
	expect,
	expectNoAxeViolations,
	PASSWORD,
	signUpInBrowser,
	test
} from '../support/support';
import { uniqueEmail } from '../support/support';

// The Monday journey, end to end through the browser: nothing is arranged through code in the
// first test. A fixed week in 2027 keeps the dates stable whenever the suite runs; en-US weeks
// start on Sunday, so the week of Wed 10 March 2027 is Sun 7 – Sat 13 March (before the US DST
// change on the 14th).
test.describe.configure({ timeout: 120_000 });

const WEEK = '2027-03-10';
const db = openE2eDatabase();
test.afterAll(() => db.close());

const cellOf = (page: Page, date: string, channel: string) =>
	page
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name: channel }) })
		.locator(`td[data-cell^="${date}|"]`);

async function addChannel(page: Page, kind: string, cadence: string) {
	await page.getByRole('link', { name: 'Add channel' }).click();
	await page.getByRole('radio', { name: kind, exact: true }).check();
	await page.getByLabel('Handle or URL').fill(`@tidytails-${kind.toLowerCase().split(' ')[0]}`);
	await page.getByLabel('Posts per week (target)').fill(cadence);
	await page.getByRole('button', { name: 'Add channel' }).click();
	await expect(page).toHaveURL(/\/channels$/);
}

async function planItem(page: Page, day: string, channel: string, title: string, time: string) {
	await page.getByRole('link', { name: `Add item on ${day}, ${channel}` }).click();
	await expect(page.getByRole('heading', { name: 'New content item' })).toBeVisible();
	await page.getByLabel('Title').fill(title);
	await page.getByLabel('Brief').fill(`Why: ${title}`);
	await page.getByLabel('Status').selectOption({ label: 'Draft' });
	await page.getByLabel(/^Time \(/).fill(time);
	await page.getByRole('button', { name: 'Create item' }).click();
	await expect(page.getByRole('status')).toHaveText('Item created.');
	// Back lands on the item's own week, not on today's.
	await page.getByRole('link', { name: 'Back to the calendar' }).click();
	await expect(page.getByRole('heading', { name: 'Content calendar' })).toBeVisible();
	await expect(page.getByText('Week of Mar 7 – 13, 2027')).toBeVisible();
}

test('plan a week from empty: brand, channels, three posts, a drag, plan health', async ({
	page
}) => {
	await signUpInBrowser(page, 'Mei Chen', uniqueEmail('mei'));
	await page.getByRole('link', { name: 'Brands', exact: true }).click();
	await page.getByRole('link', { name: /New brand/ }).click();
	await page.getByLabel('Brand name').fill('Tidy Tails');
	await page.getByLabel('Niche').fill('Grooming kits for double-coated dogs');
	await page.getByRole('button', { name: 'Create brand' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tidy Tails');

	await page.getByRole('link', { name: 'Channels', exact: true }).click();
	await addChannel(page, 'Instagram', '2');
	await addChannel(page, 'Email newsletter', '1');

	await page.getByRole('link', { name: 'Calendar', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Content calendar' })).toBeVisible();
	await page.goto(`${page.url().split('?')[0]}?week=${WEEK}`);
	await expect(page.getByRole('rowheader')).toHaveText([/Instagram$/, /Email newsletter$/]);
	await expect(page.locator('[data-item-id]')).toHaveCount(0);
	const health = page.getByRole('region', { name: 'Plan health for this week' });
	await expect(health).toContainText('0 of 2 planned');
	await expectNoAxeViolations(page);

	await planItem(page, 'Tue, Mar 9', 'Instagram', 'Deshedding in 5 minutes', '10:00');
	await planItem(page, 'Thu, Mar 11', 'Instagram', 'Before / after: husky coat', '18:30');
	await planItem(page, 'Wed, Mar 10', 'Email newsletter', 'Spring shedding guide', '07:00');

	await expect(cellOf(page, '2027-03-09', 'Instagram')).toContainText('Deshedding in 5 minutes');
	await expect(cellOf(page, '2027-03-09', 'Instagram')).toContainText('10:00');
	await expect(cellOf(page, '2027-03-10', 'Email newsletter')).toContainText(
		'Spring shedding guide'
	);
	await expect(health).toContainText('2 of 2 planned');
	await expect(health).toContainText('1 of 1 planned');

	// Thursday's post slips to Friday: dragged, the time of day stays 18:30.
	const husky = page.locator('[data-item-id]').filter({ hasText: 'Before / after: husky coat' });
	await husky.dragTo(cellOf(page, '2027-03-12', 'Instagram'));
	await expect(page.getByRole('status').filter({ hasText: /Moved/ })).toContainText(
		'Moved to Fri, Mar 12, 18:30'
	);
	await page.reload();
	await expect(cellOf(page, '2027-03-12', 'Instagram')).toContainText('18:30');
	await expect(cellOf(page, '2027-03-11', 'Instagram')).not.toContainText('husky');
	// By id from the URL: other suites may have a brand of the same name.
	const brandId = page.url().match(/\/brands\/([a-z0-9]+)\/calendar/)![1];
	const rows = await db.execute({
		sql: `SELECT title, scheduled_date, scheduled_time, time_zone, scheduled_at FROM content_items
		      WHERE brand_id = ? ORDER BY scheduled_date`,
		args: [brandId]
	});
	expect(rows.rows.map((r) => [r.title, r.scheduled_date, r.scheduled_time])).toEqual([
		['Deshedding in 5 minutes', '2027-03-09', '10:00'],
		['Spring shedding guide', '2027-03-10', '07:00'],
		['Before / after: husky coat', '2027-03-12', '18:30']
	]);
	// New York is on EST (UTC−5) that week.
	expect(rows.rows[2].scheduled_at).toBe(Date.UTC(2027, 2, 12, 23, 30));
	await expectNoAxeViolations(page);
});

test('the calendar in Chinese: week, a new item, a keyboard move, the month', async ({
	page,
	baseURL
}) => {
	const owner = await ApiUser.signUp(baseURL!, '李娜');
	const brandId = await createBrand(owner, {
		name: '大嚼家',
		marketTimeZone: 'Asia/Shanghai',
		targetMarkets: 'CN',
		currency: 'CNY'
	});
	const channelId = `zh-${brandId}`.slice(0, 30);
	await openE2eDb(db).insert(channels).values({
		id: channelId,
		brandId,
		kind: 'xiaohongshu',
		ownership: 'rented',
		timeZone: 'Asia/Shanghai',
		weeklyCadence: 3
	});
	await page.goto('/signin');
	await page.getByLabel('Email').fill(owner.email);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	// The sign-in page has its own language switch: wait to be past it before switching.
	await expect(page).not.toHaveURL(/\/signin/);
	await page.getByRole('button', { name: '中文' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

	const base = `/w/${owner.workspaceId}/brands/${brandId}/calendar`;
	await page.goto(`${base}?week=${WEEK}`);
	await expect(page.getByRole('heading', { name: '内容日历' })).toBeVisible();
	await expect(page.getByRole('region', { name: '创意池' })).toContainText('没有未排期的创意。');
	// zh-CN weeks start on Monday: 8 – 14 March.
	await expect(page.getByRole('columnheader').nth(1)).toContainText('3月8日');
	await expect(page.getByRole('columnheader').nth(7)).toContainText('3月14日');
	await expectNoAxeViolations(page);

	await page.getByRole('link', { name: /^在3月9日.*添加内容$/ }).click();
	await expect(page.getByRole('heading', { name: '新建内容' })).toBeVisible();
	await page.getByLabel('标题').fill('');
	await page.getByRole('button', { name: '创建内容' }).click();
	await expect(page.getByText('此项为必填项。')).toBeVisible();
	await page.getByLabel('标题').fill('开箱：耐咬玩具实测 🐶');
	await page.getByLabel(/^时间/).fill('20:00');
	await page.getByRole('button', { name: '创建内容' }).click();
	await expect(page.getByRole('status')).toHaveText('内容已创建。');
	await expectNoAxeViolations(page);

	await page.getByRole('link', { name: '返回日历' }).click();
	const move = page.getByRole('button', { name: '移动“开箱：耐咬玩具实测 🐶”' });
	await move.focus();
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog', { name: '移动“开箱：耐咬玩具实测 🐶”' });
	await dialog.getByLabel('日期').fill('2027-03-12');
	await expectNoAxeViolations(page);
	await dialog.getByRole('button', { name: '移到这里' }).press('Enter');
	await expect(page.getByRole('status').filter({ hasText: '已移至' })).toContainText('20:00');
	const [row] = (
		await db.execute({
			sql: 'SELECT scheduled_date, scheduled_time, scheduled_at FROM content_items WHERE brand_id = ?',
			args: [brandId]
		})
	).rows;
	expect(row).toMatchObject({
		scheduled_date: '2027-03-12',
		scheduled_time: '20:00',
		scheduled_at: Date.UTC(2027, 2, 12, 12, 0)
	});

	await page.getByRole('link', { name: '月', exact: true }).first().click();
	await expect(page.getByText('2027年3月').first()).toBeVisible();
	await expect(page.getByRole('table')).toContainText('开箱：耐咬玩具实测 🐶');
	await expectNoAxeViolations(page);
	await owner.dispose();
});
