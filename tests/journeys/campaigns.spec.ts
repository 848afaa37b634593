import type { Client } from '@libsql/client';
import { createPersona } from '../../src/lib/server/queries/personas';
import { makeChannel, personaInput } from '../../src/lib/server/testing/factories';
import { test as roles } from '../support/roles';
import {
	createBrand,
	expect,
	expectNoAxeViolations,
	signIn,
	waitForHydration,
	type ApiUser
} from '../support/support';

// One brand arranged through code; the journeys build on each other in order.
type Plan = { owner: ApiUser; brandId: string; channelId: string; personaId: string };
const test = roles.extend<{ plan: Plan }>({
	// The viewer is invited first, as the journeys assume: a fixture of its own.
	plan: async ({ once, owner, viewer: _invited, db }, use) => {
		const plan = once('plan', async () => {
			const brandId = await createBrand(owner, { name: 'Bump & Bloom', currency: 'USD' });
			const channelId = await makeChannel(db, brandId, 'instagram', { label: 'US' });
			const persona = personaInput({ name: 'Expecting Emma' });
			const personaId = await createPersona(db, brandId, persona);
			return { owner, brandId, channelId, personaId };
		});
		await use(await plan);
	}
});
test.use({ names: { owner: 'Marketer', viewer: 'Client' } });
test.describe.configure({ mode: 'serial', timeout: 90_000 });

// Made by the journeys themselves, in order.
let campaignId: string;
let itemId: string;
const base = ({ owner, brandId }: Plan) => `/w/${owner.workspaceId}/brands/${brandId}/calendar`;

// Next year's June: always "upcoming", whatever day the suite runs.
const year = new Date().getUTCFullYear() + 1;
const START = `${year}-06-01`;
const END = `${year}-06-30`;

async function campaignRows(db: Client, { brandId }: Plan) {
	const rs = await db.execute({
		sql: 'SELECT * FROM campaigns WHERE brand_id = ?',
		args: [brandId]
	});
	return rs.rows;
}

test('create a campaign and see it listed with its budget, UTM name and phase', async ({
	page,
	owner,
	plan,
	client: db
}) => {
	await signIn(page, owner.email);
	await page.goto(`${base(plan)}/campaigns`);
	await expect(page.getByText('No campaigns yet.')).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('link', { name: 'New campaign' }).click();
	await expectNoAxeViolations(page);
	await page.getByLabel('Name', { exact: true }).fill('Holiday Gifting 2026!');
	await expect(page.getByText('Leave empty to use “holiday-gifting-2026”.')).toBeVisible();
	await page.getByLabel('Goal').fill('Grow the Bloom club list by 800');
	await page.getByLabel('Start date').fill(START);
	await page.getByLabel('End date').fill(END);
	await page.getByLabel('Persona').selectOption({ label: 'Expecting Emma' });
	await page.getByLabel('Budget (USD)').fill('1,500.50');
	await page.getByRole('button', { name: 'Create campaign' }).click();
	await expect(page.getByRole('status')).toHaveText('Campaign created.');
	campaignId = page.url().match(/\/campaigns\/([a-z0-9]+)/)![1];
	const [row] = await campaignRows(db, plan);
	expect(row).toMatchObject({
		id: campaignId,
		name: 'Holiday Gifting 2026!',
		persona_id: plan.personaId,
		start_date: START,
		end_date: END,
		budget_minor: 150_050,
		utm_campaign: 'holiday-gifting-2026',
		version: 1
	});
	await expectNoAxeViolations(page);

	await page.goto(`${base(plan)}/campaigns`);
	const listed = page.getByRole('row', { name: /Holiday Gifting 2026!/ });
	await expect(listed).toContainText('$1,500.50');
	await expect(listed).toContainText('holiday-gifting-2026');
	await expect(listed).toContainText('Upcoming');
	await expect(listed).toContainText('Expecting Emma');
	await expect(listed).toContainText('None yet');
	await expectNoAxeViolations(page);
});

test('bad input shows field messages and changes nothing', async ({
	page,
	owner,
	plan,
	client: db
}) => {
	await signIn(page, owner.email);
	const before = await campaignRows(db, plan);
	await page.goto(`${base(plan)}/campaigns/new`);
	await page.getByLabel('Name', { exact: true }).fill('Broken');
	await page.getByLabel('Start date').fill(START);
	await page.getByLabel('End date').fill(`${year}-05-31`);
	await page.getByLabel('Budget (USD)').fill('10.005');
	await page.getByLabel('UTM campaign name').fill('bad name&x');
	await page.getByRole('button', { name: 'Create campaign' }).click();
	await expect(page.getByLabel('End date')).toHaveAccessibleDescription(
		/The end date must be on or after the start date\./
	);
	await expect(page.getByLabel('UTM campaign name')).toHaveAttribute('aria-invalid', 'true');
	// Decimals depend on the currency, so the server answers that one.
	await page.getByLabel('End date').fill(END);
	await page.getByLabel('UTM campaign name').fill('');
	await page.getByRole('button', { name: 'Create campaign' }).click();
	await expect(page.getByText('USD amounts have at most 2 decimal places.')).toBeVisible();
	await page.getByLabel('Budget (USD)').fill('-5');
	await page.getByRole('button', { name: 'Create campaign' }).click();
	await expect(
		page.getByText('Enter an amount of 0 or more, like 1500 or 1,500.50.')
	).toBeVisible();
	await expect(page).toHaveURL(/\/campaigns\/new$/);
	expect(await campaignRows(db, plan)).toEqual(before);
	await expectNoAxeViolations(page);
});

test('edit a campaign; a stale edit is refused and keeps what the user typed', async ({
	page,
	owner,
	plan,
	client: db
}) => {
	await signIn(page, owner.email);
	const url = `${base(plan)}/campaigns/${campaignId}`;
	await page.goto(url);
	await page.getByLabel('Goal').fill('Grow the list by 1000');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status')).toHaveText('Saved.');
	expect((await campaignRows(db, plan))[0]).toMatchObject({
		goal: 'Grow the list by 1000',
		version: 2
	});

	// A teammate saves meanwhile (version 2 → 3) while this page still holds version 2.
	const theirs = await owner.api.post(`${url}?/save`, {
		form: { name: 'Their name', startDate: START, endDate: END, budget: '900', version: '2' }
	});
	expect(theirs.status()).toBe(200);
	await page.getByLabel('Name', { exact: true }).fill('Our name');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('alert')).toContainText('Someone else saved this campaign');
	const conflict = page.getByTestId('campaign-conflict');
	await expect(conflict).toContainText('Their name');
	await expect(conflict).toContainText('$900.00');
	await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Our name');
	await expect(page.getByLabel('Goal')).toHaveValue('Grow the list by 1000');
	expect((await campaignRows(db, plan))[0]).toMatchObject({ name: 'Their name', version: 3 });
	await expectNoAxeViolations(page);

	// Saving again, knowingly, replaces theirs.
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status')).toHaveText('Saved.');
	await expect(conflict).toHaveCount(0);
	expect((await campaignRows(db, plan))[0]).toMatchObject({
		name: 'Our name',
		budget_minor: 150_050,
		utm_campaign: 'holiday-gifting-2026',
		version: 4
	});
});

test('pick the campaign on an item: tracked link, campaign page lists it', async ({
	page,
	owner,
	plan,
	client: db
}) => {
	await signIn(page, owner.email);
	await page.goto(`${base(plan)}/items/new?date=${START}&channel=${plan.channelId}`);
	await page.getByLabel('Title').fill('Mat demo');
	await page.getByLabel('Status').selectOption({ label: 'Published' });
	await page.getByLabel('Time (America/New_York)').fill('09:00');
	await page.getByLabel('Link', { exact: true }).fill('https://shop.example/mat');
	await expect(page.getByLabel('Tracked link (with UTM tags)')).toHaveValue(
		/utm_campaign=bump-bloom/
	);
	await page.getByLabel('Owner').selectOption({ label: 'Marketer' });
	await page.getByLabel('Campaign', { exact: true }).selectOption(campaignId);
	await expect(page.getByLabel('Tracked link (with UTM tags)')).toHaveValue(
		'https://shop.example/mat?utm_source=instagram&utm_medium=social&utm_campaign=holiday-gifting-2026&utm_content=mat-demo'
	);
	await page.getByRole('button', { name: 'Create item' }).click();
	await expect(page.getByRole('status')).toHaveText('Item created.');
	itemId = page.url().match(/\/items\/([a-z0-9]+)/)![1];
	const rs = await db.execute({
		sql: 'SELECT campaign_id FROM content_items WHERE id = ?',
		args: [itemId]
	});
	expect(rs.rows[0].campaign_id).toBe(campaignId);
	await expect(page.getByLabel('Tracked link (with UTM tags)')).toHaveValue(
		/utm_campaign=holiday-gifting-2026/
	);

	await page.getByRole('link', { name: 'Our name' }).click();
	await expect(page).toHaveURL(new RegExp(`/campaigns/${campaignId}$`));
	const row = page.getByRole('row', { name: /Mat demo/ });
	await expect(row).toContainText('09:00');
	await expect(row).toContainText('America/New_York');
	await expect(row).toContainText('Instagram · US');
	await expect(row).toContainText('Published');
	await expect(row).toContainText('Marketer');
	await expect(row.getByRole('link', { name: 'Mat demo' })).toHaveAttribute(
		'href',
		`${base(plan)}/items/${itemId}`
	);
	await expectNoAxeViolations(page);
});

test('enter results on a published item; bad numbers are refused per field', async ({
	page,
	owner,
	plan,
	client: db
}) => {
	await signIn(page, owner.email);
	await page.goto(`${base(plan)}/items/${itemId}`);
	const results = page.getByRole('region', { name: 'Results' });
	await results.getByLabel('Views').fill('-5');
	await results.getByLabel('Likes').fill('1.5');
	await results.getByRole('button', { name: 'Save results' }).click();
	await expect(results.getByLabel('Views')).toHaveAccessibleDescription(
		/Enter a whole number of 0 or more/
	);
	await expect(results.getByLabel('Likes')).toHaveAttribute('aria-invalid', 'true');
	const stored = async () =>
		(await db.execute({ sql: 'SELECT * FROM content_items WHERE id = ?', args: [itemId] })).rows[0];
	expect(await stored()).toMatchObject({ views: null, likes: null });

	for (const [label, value] of [
		['Views', '12,000'],
		['Likes', '400'],
		['Comments', '50'],
		['Shares', '20'],
		['Saves', '130'],
		['Clicks', '96']
	]) {
		await results.getByLabel(label).fill(value);
	}
	await results.getByRole('button', { name: 'Save results' }).click();
	await expect(results.getByRole('status')).toHaveText('Results saved.');
	// (400 + 50 + 20 + 130) ÷ 12,000 = 5 %
	await expect(results.getByTestId('engagement-rate')).toHaveText('Engagement rate: 5%');
	expect(await stored()).toMatchObject({
		views: 12_000,
		likes: 400,
		comments: 50,
		shares: 20,
		saves: 130,
		clicks: 96,
		sign_ups: null,
		version: 1
	});
	await expectNoAxeViolations(page);

	await page.goto(`${base(plan)}/campaigns/${campaignId}`);
	const totals = page.getByRole('region', { name: 'Results of its items' });
	await expect(totals.getByTestId('results')).toContainText('12,000');
	await expect(totals.getByTestId('engagement-rate')).toHaveText('Engagement rate: 5%');
});

test('results are explained, not offered, before an item is published', async ({
	page,
	owner,
	plan
}) => {
	await signIn(page, owner.email);
	await page.goto(
		`${base(plan)}/items/new?date=${START}&channel=${plan.channelId}&campaign=${campaignId}`
	);
	await expect(page.getByLabel('Campaign', { exact: true })).toHaveValue(campaignId);
	await page.getByLabel('Title').fill('Draft reel');
	await page.getByLabel('Status').selectOption({ label: 'Draft' });
	await page.getByLabel('Time (America/New_York)').fill('12:00');
	await page.getByRole('button', { name: 'Create item' }).click();
	const results = page.getByRole('region', { name: 'Results' });
	await expect(results).toContainText('Results are entered once the item is published');
	await expect(results.getByLabel('Views')).toHaveCount(0);
});

test('a viewer sees campaigns and results read-only', async ({
	page,
	viewer,
	plan,
	client: db
}) => {
	await signIn(page, viewer.email);
	await page.goto(`${base(plan)}/campaigns`);
	await expect(page.getByRole('row', { name: /Our name/ })).toBeVisible();
	await expect(page.getByRole('link', { name: 'New campaign' })).toHaveCount(0);
	await page.getByRole('link', { name: 'Our name' }).click();
	await expect(page.getByRole('heading', { name: 'About this campaign' })).toBeVisible();
	await expect(page.getByText('Grow the list by 1000')).toBeVisible();
	await expect(page.getByRole('textbox')).toHaveCount(0);
	await expect(page.getByRole('button')).not.toContainText(['Save', 'Delete']);
	await expectNoAxeViolations(page);
	const url = `${base(plan)}/campaigns/${campaignId}`;
	const before = await campaignRows(db, plan);
	const forged = await viewer.api.post(`${url}?/save`, {
		form: { name: 'Viewer', startDate: START, endDate: END, version: '4' },
		maxRedirects: 0
	});
	expect(forged.status()).toBe(403);
	expect((await viewer.api.post(`${url}?/delete`, { form: {}, maxRedirects: 0 })).status()).toBe(
		403
	);
	expect(await campaignRows(db, plan)).toEqual(before);

	await page.goto(`${base(plan)}/items/${itemId}`);
	const results = page.getByRole('region', { name: 'Results' });
	await expect(results.getByTestId('results')).toContainText('12,000');
	await expect(results.getByRole('textbox')).toHaveCount(0);
});

test('the campaign page in Chinese', async ({ page, viewer, plan }) => {
	await viewer.api.post('/locale', { form: { locale: 'zh-CN', redirectTo: '/' } });
	await signIn(page, viewer.email);
	await page.goto(`${base(plan)}/campaigns`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('营销活动');
	await expect(page.getByRole('row', { name: /Our name/ })).toContainText('即将开始');
	await expect(page.getByRole('row', { name: /Our name/ })).toContainText('US$1,500.50');
	await page.getByRole('link', { name: 'Our name' }).click();
	await expect(page.getByRole('heading', { name: '活动详情' })).toBeVisible();
	await expect(page.getByTestId('engagement-rate')).toHaveText('互动率：5%');
	await expectNoAxeViolations(page);
});

test('delete a campaign after confirming; its items stay, unlinked', async ({
	page,
	owner,
	plan,
	client: db
}) => {
	await signIn(page, owner.email);
	await page.goto(`${base(plan)}/campaigns/${campaignId}`);
	await waitForHydration(page);
	page.once('dialog', (dialog) => dialog.dismiss());
	await page.getByRole('button', { name: 'Delete Our name' }).click();
	await expect(page).toHaveURL(new RegExp(`/campaigns/${campaignId}$`));
	expect(await campaignRows(db, plan)).toHaveLength(1);
	page.once('dialog', (dialog) => dialog.accept());
	await page.getByRole('button', { name: 'Delete Our name' }).click();
	await expect(page.getByRole('status')).toHaveText(
		'Campaign deleted; its items stay on the calendar.'
	);
	expect(await campaignRows(db, plan)).toHaveLength(0);
	const rs = await db.execute({
		sql: 'SELECT title, campaign_id FROM content_items WHERE brand_id = ? ORDER BY title',
		args: [plan.brandId]
	});
	expect(rs.rows.map((r) => ({ ...r }))).toEqual([
		{ title: 'Draft reel', campaign_id: null },
		{ title: 'Mat demo', campaign_id: null }
	]);
	await page.goto(`${base(plan)}/items/${itemId}`);
	await expect(page.getByLabel('Campaign', { exact: true })).toHaveValue('');
});
