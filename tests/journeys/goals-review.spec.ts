import { metricValues } from '../../src/lib/server/db/schema';
import { makeChannel, makeItem, makeMetric } from '../../src/lib/server/testing/factories';
import type { E2eDb } from '../support/database';
import { test as roles } from '../support/roles';
import {
	createBrand,
	expect,
	expectNoAxeViolations,
	signIn,
	waitForHydration,
	type ApiUser
} from '../support/support';

// One brand arranged through code (channels, a metric with daily values, a week of items); the
// journeys build on each other in order.
type Arranged = { brandId: string; ids: Record<string, string> };
type Fixtures = {
	brandId: string;
	/** The brand's dashboard. */
	dash: () => string;
	/** An arranged record's id by name (`email`, `tiktok`, `list`); any other name, an id nothing has. */
	id: (name: string) => string;
	/** The brand's goals as stored. */
	goalRow: () => Promise<Record<string, unknown>[]>;
};
const test = roles.extend<Fixtures & { arranged: Arranged }>({
	// The viewer is invited before the brand is made, as the journeys assume.
	arranged: async ({ once, owner, viewer: _invited, db }, use) => {
		await use(await once('arranged', () => arrange(db, owner)));
	},
	brandId: async ({ arranged }, use) => use(arranged.brandId),
	dash: async ({ owner, brandId }, use) => {
		await use(() => `/w/${owner.workspaceId}/brands/${brandId}/dashboard`);
	},
	id: async ({ arranged }, use) => {
		await use((name) => arranged.ids[name] ?? `gr-${name}-${arranged.brandId}`.slice(0, 40));
	},
	goalRow: async ({ client, brandId }, use) => {
		await use(async () =>
			(
				await client.execute({ sql: 'SELECT * FROM goals WHERE brand_id = ?', args: [brandId] })
			).rows.map((row) => ({ ...row }))
		);
	}
});
test.use({ names: { owner: 'Grower', viewer: 'Client' } });
test.describe.configure({ mode: 'serial', timeout: 90_000 });

/** The goal set in the first journey; the others change it. */
let goalId: string;

// Days in the brand's market zone (New York), as the server computes them.
const marketToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(
	new Date()
);
const shift = (day: string, days: number) =>
	new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();
// The Monday two weeks back: a complete week with a complete week before it.
const WEEK = shift(shift(marketToday, -14), -((weekday(shift(marketToday, -14)) + 6) % 7));
const FIRST = shift(WEEK, -30);
const DUE = shift(marketToday, 30);
// The list grows 10 a day from 1,000 on FIRST, every day up to yesterday.
const level = (day: string) => 1000 + 10 * ((Date.parse(day) - Date.parse(FIRST)) / 86_400_000);

async function arrange(db: E2eDb, owner: ApiUser): Promise<Arranged> {
	const brandId = await createBrand(owner, { name: 'Bump & Bloom', currency: 'USD' });
	const zone = { timeZone: 'America/New_York' };
	const ids: Record<string, string> = {
		email: await makeChannel(db, brandId, 'email', { ...zone, weeklyCadence: 1 }),
		tiktok: await makeChannel(db, brandId, 'tiktok', { ...zone, weeklyCadence: 3 })
	};
	ids.list = await makeMetric(db, brandId, ids.email, 'email_subscribers');
	const days: string[] = [];
	for (let day = FIRST; day < marketToday; day = shift(day, 1)) days.push(day);
	await db
		.insert(metricValues)
		.values(days.map((day) => ({ metricId: ids.list, day, value: level(day) })));
	// The reviewed week: three TikTok posts (two published) and one published email.
	const items: [string, 'published' | 'scheduled', string, number][] = [
		['tiktok', 'published', WEEK, 0],
		['tiktok', 'published', shift(WEEK, 2), 1],
		['tiktok', 'scheduled', shift(WEEK, 4), 2],
		['email', 'published', shift(WEEK, 3), 3]
	];
	for (const [channelName, status, day, n] of items) {
		ids[`item${n}`] = await makeItem(db, brandId, {
			channelId: ids[channelName],
			title: `Post ${n}`,
			format: 'short_video',
			status,
			scheduledDate: day,
			scheduledTime: '12:00',
			timeZone: 'America/New_York',
			scheduledAt: Date.parse(`${day}T17:00:00Z`)
		});
	}
	return { brandId, ids };
}

test('set a goal: a bad target is refused on its field, then it is saved', async ({
	page,
	owner,
	dash,
	id,
	goalRow
}) => {
	await signIn(page, owner.email);
	await page.goto(`${dash()}/goals`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Goals');
	await expect(page.getByText('No goals yet.')).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('link', { name: 'New goal' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Set a goal');
	await expect(page.getByLabel('Start day')).toHaveValue(marketToday);
	await page.getByLabel('Metric').selectOption({ label: 'Email subscribers · Email newsletter' });
	await page.getByLabel('Target').fill('0');
	await page.getByLabel('Due day').fill(shift(marketToday, -3));
	await page.getByRole('button', { name: 'Set goal' }).click();
	await expect(page.getByText('Enter a target above zero, e.g. 5000.')).toBeVisible();
	await expect(page.getByText('The due day must be after the start day.')).toBeVisible();
	await expect(page.getByLabel('Target')).toHaveAttribute('aria-invalid', 'true');
	// A fraction of a subscriber passes the browser's check but not the server's.
	await page.getByLabel('Target').fill('2500.5');
	await page.getByLabel('Due day').fill(DUE);
	await page.getByRole('button', { name: 'Set goal' }).click();
	await expect(page.getByText('A count is a whole number, e.g. 5000.')).toBeVisible();
	expect(await goalRow()).toHaveLength(0);
	await expectNoAxeViolations(page);
	// A metric id that is not this brand's (forged past the select) is refused on its field.
	const forged = await owner.api.post(`${dash()}/goals/new`, {
		form: { metricId: id('elsewhere'), target: '10', startDay: marketToday, dueDay: DUE },
		maxRedirects: 0
	});
	expect(forged.status()).toBe(400);
	expect(await forged.text()).toContain('Choose one of this brand’s metrics.');
	expect(await goalRow()).toHaveLength(0);
	await page.getByLabel('Target').fill('2,500');
	await page.getByLabel('Note').fill('Welcome flow + lead magnet');
	await page.getByRole('button', { name: 'Set goal' }).click();
	await expect(page.getByRole('status')).toHaveText('Goal set.');
	goalId = page.url().match(/\/goals\/([a-z0-9]+)/)![1];
	const [row] = await goalRow();
	expect(row).toMatchObject({ id: goalId, target: 2500, start_day: marketToday, due_day: DUE });
});

test('the goal shows its pace and its status in words', async ({ page, owner, dash }) => {
	await signIn(page, owner.email);
	await page.goto(`${dash()}/goals`);
	const card = page.getByRole('article');
	// Yesterday's level; +10 a day projects well short of 2,500 in 30 days.
	const current = level(shift(marketToday, -1));
	await expect(card).toHaveAttribute('data-status', 'at_risk');
	await expect(card.getByText('At risk')).toBeVisible();
	await expect(card).toContainText(`${current.toLocaleString('en-US')} of 2,500`);
	await expect(card.getByRole('progressbar')).toHaveAttribute(
		'aria-valuenow',
		String(Math.round((current / 2500) * 100))
	);
	await expect(card).toContainText('recent trend 10 a day');
	await expect(card).toContainText('Welcome flow + lead magnet');
	await expectNoAxeViolations(page);
});

test('an edit on a stale version is refused and keeps what was typed', async ({
	page,
	owner,
	dash,
	goalRow,
	client: db
}) => {
	await signIn(page, owner.email);
	await page.goto(`${dash()}/goals/${goalId}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit goal');
	await expectNoAxeViolations(page);
	// Someone else saves meanwhile.
	await db.execute({
		sql: 'UPDATE goals SET target = 1800, version = version + 1 WHERE id = ?',
		args: [goalId]
	});
	await page.getByLabel('Target').fill('3000');
	await page.getByRole('button', { name: 'Save goal' }).click();
	await expect(page.getByRole('alert')).toContainText('Someone else saved this goal');
	await expect(page.getByTestId('theirs')).toContainText('target 1800');
	await expect(page.getByLabel('Target')).toHaveValue('3000');
	expect((await goalRow())[0]).toMatchObject({ target: 1800, version: 2 });
	// Saving again, knowingly, replaces theirs.
	await page.getByRole('button', { name: 'Save goal' }).click();
	await expect(page.getByRole('status')).toHaveText('Saved.');
	expect((await goalRow())[0]).toMatchObject({ target: 3000, version: 3 });
});

test('the weekly review sets the week’s plan beside what moved, and prints without the nav', async ({
	page,
	owner,
	dash
}) => {
	await signIn(page, owner.email);
	await page.goto(`${dash()}/review?week=${shift(WEEK, 3)}`);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Weekly review');
	const plan = page.getByTestId('plan-table');
	await expect(plan.getByRole('row', { name: /TikTok/ })).toContainText('2');
	const tiktok = plan.getByRole('row', { name: /TikTok/ }).getByRole('cell');
	await expect(tiktok).toHaveText(['3', '2', '0', '3']);
	await expect(plan.getByRole('row', { name: /Email/ }).getByRole('cell')).toHaveText([
		'1',
		'1',
		'0',
		'1'
	]);
	await expect(page.getByTestId('health-findings')).toContainText('4 items without a brief.');
	await expect(page.getByText('No creator content went live this week.')).toBeVisible();
	// The list: +70 over the week (level at week end vs the week before).
	const before = level(shift(WEEK, -1));
	const row = page.getByTestId('metric-changes').getByRole('row', { name: /Email subscribers/ });
	await expect(row).toContainText(`+70 (+${(Math.round((70 / before) * 1000) / 10).toString()}%)`);
	const goals = page.getByRole('region', { name: 'Goals at risk' });
	await expect(goals.getByRole('article')).toHaveAttribute('data-status', 'at_risk');
	await expect(goals.getByRole('article')).toContainText('Email subscribers');
	await expectNoAxeViolations(page);

	await page.getByRole('link', { name: 'Previous week' }).click();
	await expect(page).toHaveURL(new RegExp(`week=${shift(WEEK, -7)}`));
	await page.getByRole('link', { name: 'Next week' }).click();
	await expect(page).toHaveURL(new RegExp(`week=${WEEK}`));

	const navs = ['Dashboard sections', 'Brand', 'Choose the week'].map((name) =>
		page.getByRole('navigation', { name, exact: true })
	);
	for (const nav of navs) await expect(nav).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	for (const nav of navs) await expect(nav).toBeHidden();
	await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
	await expect(plan).toBeVisible();
	// Nothing is clipped: every table fits its box.
	const clipped = await page.evaluate(() =>
		[...document.querySelectorAll('.review-scroll')].some(
			(box) => box.scrollWidth > box.clientWidth
		)
	);
	expect(clipped).toBe(false);
	await page.emulateMedia({ media: 'screen' });
	await waitForHydration(page);
	await page.evaluate(() => {
		window.print = () => document.body.setAttribute('data-printed', 'yes');
	});
	await page.getByRole('button', { name: 'Print' }).click();
	await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
});

test('a viewer reads goals and the review but cannot change anything', async ({
	page,
	viewer,
	dash,
	id,
	goalRow
}) => {
	await signIn(page, viewer.email);
	await page.goto(`${dash()}/goals`);
	await expect(page.getByRole('article')).toContainText('At risk');
	await expect(page.getByRole('link', { name: 'New goal' })).toHaveCount(0);
	await page.goto(`${dash()}/goals/${goalId}`);
	await expect(page.getByRole('article')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Save goal' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: /^Delete/ })).toHaveCount(0);
	await expect(page.getByLabel('Target')).toHaveCount(0);
	await page.goto(`${dash()}/review?week=${WEEK}`);
	await expect(page.getByTestId('plan-table')).toBeVisible();
	await expect(page.locator('main form')).toHaveCount(0);
	const forged = await viewer.api.post(`${dash()}/goals/${goalId}?/save`, {
		form: { metricId: id('list'), target: '1', startDay: marketToday, dueDay: DUE, version: '3' },
		maxRedirects: 0
	});
	expect(forged.status()).toBe(403);
	const deleted = await viewer.api.post(`${dash()}/goals/${goalId}?/delete`, {
		form: {},
		maxRedirects: 0
	});
	expect(deleted.status()).toBe(403);
	expect((await goalRow())[0]).toMatchObject({ target: 3000, version: 3 });
	expect((await viewer.api.get(`${dash()}/goals/new`)).status()).toBe(403);
	await expectNoAxeViolations(page);
});

test('goals and the weekly review in Chinese', async ({ page, viewer, dash }) => {
	await viewer.api.post('/locale', { form: { locale: 'zh-CN', redirectTo: '/' } });
	await signIn(page, viewer.email);
	await page.goto(`${dash()}/goals`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('目标');
	await expect(page.getByRole('article')).toContainText('有风险');
	await expectNoAxeViolations(page);
	await page.goto(`${dash()}/review?week=${WEEK}`);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('每周复盘');
	await expect(page.getByRole('heading', { name: '上周计划' })).toBeVisible();
	await expect(page.getByRole('heading', { name: '有风险的目标' })).toBeVisible();
	await expect(page.getByRole('button', { name: '打印' })).toBeVisible();
	await expectNoAxeViolations(page);
});

test('delete a goal after confirming', async ({ page, owner, dash, goalRow }) => {
	await signIn(page, owner.email);
	await page.goto(`${dash()}/goals/${goalId}`);
	page.once('dialog', (dialog) => dialog.dismiss());
	await page.getByRole('button', { name: /^Delete/ }).click();
	await expect(page).toHaveURL(new RegExp(`/goals/${goalId}$`));
	expect(await goalRow()).toHaveLength(1);
	page.once('dialog', (dialog) => dialog.accept());
	await page.getByRole('button', { name: /^Delete/ }).click();
	await expect(page).toHaveURL(new RegExp('/goals\\?deleted=1$'));
	await expect(page.getByRole('status')).toHaveText('Goal deleted.');
	expect(await goalRow()).toHaveLength(0);
	await page.goto(`${dash()}/review?week=${WEEK}`);
	await expect(page.getByText('No goals at risk or missed.')).toBeVisible();
});
