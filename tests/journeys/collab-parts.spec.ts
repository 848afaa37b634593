import { type Page } from '@playwright/test';
import {
	makeCampaign,
	makeChannel,
	makeCollaboration,
	makeCreator,
	profileInput
} from '../../src/lib/server/testing/factories';
import type { E2eDb } from '../support/database';
import { test as roles } from '../support/roles';
import {
	createBrand,
	expect,
	expectNoAxeViolations,
	signIn,
	type ApiUser
} from '../support/support';

// A collaboration's deliverables, samples and results. The creator and the collaboration are
// arranged in the database (the pipeline pages that create them live on another branch); the
// journeys build on each other in order.
type Name = 'tiktok' | 'instagram' | 'red' | 'campaign' | 'ana' | 'lily' | 'collab' | 'cn';
type Arranged = { brandId: string; ids: Record<Name, string> };
type Fixtures = {
	brandId: string;
	/** The id of an arranged record. */
	id: (name: Name) => string;
	brandPath: () => string;
	collabPath: (collab?: string) => string;
	/** The rows of a table that belong to a collaboration (the Ana one unless told). */
	rows: (table: string, collab?: string) => Promise<Record<string, unknown>[]>;
	/** The brand's calendar items. */
	items: () => Promise<Record<string, unknown>[]>;
};
const test = roles.extend<Fixtures & { arranged: Arranged }>({
	// The viewer and Mei (an editor) join before the brand is made, as the journeys assume.
	arranged: async ({ once, owner, viewer: _viewer, editor: _mei, db }, use) => {
		await use(await once('arranged', () => arrange(db, owner)));
	},
	brandId: async ({ arranged }, use) => use(arranged.brandId),
	id: async ({ arranged }, use) => use((name) => arranged.ids[name]),
	brandPath: async ({ owner, brandId }, use) => {
		await use(() => `/w/${owner.workspaceId}/brands/${brandId}`);
	},
	collabPath: async ({ brandPath, id }, use) => {
		await use((collab = id('collab')) => `${brandPath()}/outreach/${collab}`);
	},
	rows: async ({ client, id }, use) => {
		await use(async (table, collab = id('collab')) =>
			(
				await client.execute({
					sql: `SELECT * FROM ${table} WHERE collaboration_id = ?`,
					args: [collab]
				})
			).rows.map((row) => ({ ...row }))
		);
	},
	items: async ({ client, brandId }, use) => {
		await use(async () =>
			(
				await client.execute({
					sql: 'SELECT * FROM content_items WHERE brand_id = ?',
					args: [brandId]
				})
			).rows.map((row) => ({ ...row }))
		);
	}
});
test.use({ names: { owner: 'Marketer', viewer: 'Client', editor: 'Mei' } });
test.describe.configure({ mode: 'serial', timeout: 120_000 });

// Next year's June, so the dates are always ahead whatever day the suite runs. 10 June is summer
// time in Los Angeles (UTC−7); Shanghai is UTC+8 all year.
const year = new Date().getUTCFullYear() + 1;
const DUE = `${year}-06-10`;
const DUE_CN = `${year}-06-12`;

/** Today's calendar day in the brand's market (New York), never the machine's zone. */
function marketDay(offsetDays = 0) {
	const today = new Intl.DateTimeFormat('en-CA', {
		timeZone: 'America/New_York',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).format(new Date());
	const [y, m, d] = today.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d + offsetDays)).toISOString().slice(0, 10);
}

async function arrange(db: E2eDb, owner: ApiUser): Promise<Arranged> {
	const brandId = await createBrand(owner, { name: 'Bump & Bloom', currency: 'USD' });
	const tiktok = await makeChannel(db, brandId, 'tiktok', {
		timeZone: 'America/Los_Angeles',
		label: 'US'
	});
	const instagram = await makeChannel(db, brandId, 'instagram', { timeZone: 'America/New_York' });
	const red = await makeChannel(db, brandId, 'xiaohongshu', { timeZone: 'Asia/Shanghai' });
	const campaign = await makeCampaign(db, brandId, {
		name: 'Summer stretch',
		startDate: `${year}-06-01`,
		endDate: `${year}-06-30`
	});
	const workspaceId = owner.workspaceId;
	const ana = await makeCreator(db, workspaceId, { name: 'Ana Ruiz' }, [
		profileInput('tiktok', '@ana.moves')
	]);
	const lily = await makeCreator(db, workspaceId, { name: '小红 Lily' }, [
		profileInput('xiaohongshu', 'lily')
	]);
	const stageChangedAt = new Date(Date.UTC(year - 1, 0, 1));
	const brief = 'Show the mat in a morning routine. Disclose the partnership.';
	const collab = await makeCollaboration(db, {
		brandId,
		creatorId: ana,
		campaignId: campaign,
		stage: 'agreed',
		currency: 'USD',
		feeMinor: 30_000,
		brief,
		stageChangedAt
	});
	const cn = await makeCollaboration(db, {
		brandId,
		creatorId: lily,
		campaignId: campaign,
		stage: 'sample_shipped',
		currency: 'CNY',
		feeMinor: 200_000,
		brief: '开箱测评',
		stageChangedAt
	});
	return { brandId, ids: { tiktok, instagram, red, campaign, ana, lily, collab, cn } };
}

/**
 * Submits and waits for the server's answer: a field error may show on blur before it arrives,
 * and typing again before then would be overwritten by the answer.
 */
async function submit(page: Page, button: string, action: string) {
	const answered = page.waitForResponse(
		(r) => r.request().method() === 'POST' && r.url().endsWith(`?/${action}`)
	);
	await page.getByRole('button', { name: button, exact: true }).click();
	await answered;
}

test('record a shipped sample, see it in transit with a tracking link, then delivered', async ({
	page,
	owner,
	collabPath,
	rows
}) => {
	await signIn(page, owner.email);
	await page.goto(`${collabPath()}/samples`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samples');
	await expect(page.getByText('No samples yet.')).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByLabel('Product').fill('Bloom mat, sage');
	await page.getByLabel('SKU').fill('BB-MAT-SAGE');
	await page.getByLabel('Quantity').fill('1');
	await page.getByLabel('Ships from').selectOption({ label: 'Overseas warehouse' });
	await page.getByLabel('Carrier').fill('YunExpress');
	await page.getByLabel('Tracking number').fill('YT2412345678901234');
	await page.getByLabel('Shipped', { exact: true }).fill(marketDay(-3));
	await page.getByLabel('Landed cost (USD)').fill('18.50');
	await page.getByLabel('Shipping cost (USD)').fill('12');
	await page.getByRole('button', { name: 'Record a sample' }).click();
	await expect(page.getByRole('status')).toHaveText('Sample recorded.');
	const row = page.getByRole('row', { name: /Bloom mat, sage/ });
	await expect(row.getByTestId('shipment-status')).toHaveText('In transit · 3 days');
	const track = row.getByRole('link', { name: /YT2412345678901234/ });
	await expect(track).toHaveAttribute(
		'href',
		'https://www.yuntrack.com/parcelTracking?id=YT2412345678901234'
	);
	await expect(track).toHaveAttribute('target', '_blank');
	await expect(track).toHaveAttribute('rel', 'noopener noreferrer');
	await expect(page.getByText('Landed cost $18.50, shipping $12.00')).toBeVisible();
	const [stored] = await rows('samples');
	expect(stored).toMatchObject({
		product: 'Bloom mat, sage',
		ship_from: 'overseas_warehouse',
		shipped_on: marketDay(-3),
		delivered_on: null,
		landed_cost_minor: 1_850,
		shipping_cost_minor: 1_200,
		version: 1
	});
	await expectNoAxeViolations(page);

	// Delivered before it shipped is refused on the field, and nothing changes.
	await row.getByRole('link', { name: /Bloom mat, sage/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bloom mat, sage');
	await page.getByLabel('Delivered', { exact: true }).fill(marketDay(-5));
	await submit(page, 'Save', 'save');
	await expect(page.getByLabel('Delivered', { exact: true })).toHaveAccessibleDescription(
		'The delivery date cannot be before the shipping date.'
	);
	expect((await rows('samples'))[0]).toMatchObject({ delivered_on: null, version: 1 });
	await page.getByLabel('Delivered', { exact: true }).fill(marketDay(0));
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status')).toHaveText('Saved.');
	await expect(page.getByTestId('shipment-status')).toHaveText('Delivered');
	expect((await rows('samples'))[0]).toMatchObject({ delivered_on: marketDay(0), version: 2 });
	await expectNoAxeViolations(page);

	// A teammate saves meanwhile: this page's save is refused, keeps what was typed, shows theirs.
	const url = `${collabPath()}/samples/${stored.id}`;
	const theirs = await owner.api.post(`${url}?/save`, {
		form: { product: 'Bloom mat, clay', quantity: '2', shipFrom: 'china', version: '2' }
	});
	expect(theirs.status()).toBe(200);
	await page.getByLabel('SKU').fill('BB-MAT-SAGE-2');
	await submit(page, 'Save', 'save');
	await expect(page.getByRole('alert')).toContainText('Someone else saved this sample');
	await expect(page.getByTestId('sample-conflict')).toContainText('Bloom mat, clay');
	await expect(page.getByLabel('SKU')).toHaveValue('BB-MAT-SAGE-2');
	expect((await rows('samples'))[0]).toMatchObject({ product: 'Bloom mat, clay', version: 3 });
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status')).toHaveText('Saved.');
	expect((await rows('samples'))[0]).toMatchObject({
		product: 'Bloom mat, sage',
		sku: 'BB-MAT-SAGE-2',
		version: 4
	});
});

test('add a deliverable and put it on the calendar at the creator channel’s wall time', async ({
	page,
	owner,
	id,
	brandPath,
	collabPath,
	rows,
	items
}) => {
	await signIn(page, owner.email);
	await page.goto(`${collabPath()}/deliverables`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deliverables & results');
	await expectNoAxeViolations(page);
	// The platform starts at the creator's first profile.
	await expect(page.getByLabel('Platform')).toHaveValue('tiktok');
	await page.getByLabel('Kind').selectOption({ label: 'Short video' });
	await page.getByLabel('How many').fill('1');
	await page.getByLabel('Due date').fill(DUE);
	await page.getByLabel('Caption or script draft').fill('Day 3 of my bump yoga challenge #ad');
	await page.getByRole('button', { name: 'Add deliverable' }).click();
	await expect(page.getByRole('status')).toHaveText(
		'Deliverable added. Put it on the calendar when the date is agreed.'
	);
	await expect(page.getByTestId('calendar-status')).toHaveText('Not on the calendar');
	const [deliverable] = await rows('deliverables');
	expect(deliverable).toMatchObject({ kind: 'short_video', platform: 'tiktok', due_on: DUE });
	await expectNoAxeViolations(page);

	// The brand's TikTok channel is proposed; the time is read on its clock (Los Angeles).
	await expect(page.getByLabel('Channel')).toHaveValue(id('tiktok'));
	await expect(page.getByLabel('Date', { exact: true })).toHaveValue(DUE);
	await expect(page.getByLabel('Time')).toHaveValue('12:00');
	await expect(page.getByLabel('Time')).toHaveAccessibleDescription(
		"On the clock in Los Angeles, the channel's time zone."
	);
	await page.getByLabel('Time').fill('18:30');
	const before = (await items()).length;
	await page.getByRole('button', { name: 'Put on the calendar' }).click();
	await expect(page.getByRole('status')).toHaveText('Put on the calendar as a draft.');
	await expect(page.getByTestId('calendar-status')).toHaveText('Draft · open on the calendar');
	const all = await items();
	expect(all.length).toBe(before + 1);
	const [linked] = await rows('deliverables');
	const item = all.find((i) => i.id === linked.content_item_id)!;
	expect(item).toMatchObject({
		channel_id: id('tiktok'),
		format: 'short_video',
		title: 'Ana Ruiz · Short video',
		caption: 'Day 3 of my bump yoga challenge #ad',
		brief: 'Show the mat in a morning routine. Disclose the partnership.',
		campaign_id: id('campaign'),
		status: 'draft',
		scheduled_date: DUE,
		scheduled_time: '18:30',
		time_zone: 'America/Los_Angeles',
		// 18:30 PDT = 01:30 UTC the next day.
		scheduled_at: Date.UTC(year, 5, 11, 1, 30)
	});
	expect(linked.channel_id).toBe(id('tiktok'));
	await expectNoAxeViolations(page);

	// A second conversion (a double submit, another tab) is refused and adds nothing.
	const again = await owner.api.post(`${collabPath()}/deliverables/${linked.id}?/calendar`, {
		form: { channelId: id('tiktok'), date: DUE, time: '09:00' }
	});
	expect(again.status()).toBe(409);
	expect((await items()).length).toBe(before + 1);

	// On the calendar: the right day and channel row, at 18:30 on the channel's clock.
	await page.goto(`${brandPath()}/calendar?week=${DUE}`);
	const cell = page.locator(`td[data-cell="${DUE}|${id('tiktok')}"]`);
	const card = cell.getByRole('group', { name: 'Ana Ruiz · Short video' });
	await expect(card).toContainText('18:30');
	await expect(card).toContainText('Draft');

	// Published there, the deliverable follows.
	await card.getByRole('link', { name: 'Ana Ruiz · Short video' }).click();
	await expect(page.getByTestId('creator-deliverable')).toContainText(
		'Creator deliverable: Ana Ruiz'
	);
	await expectNoAxeViolations(page);
	await page.getByLabel('Status').selectOption({ label: 'Published' });
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('status').first()).toHaveText('Saved.');
	await page.getByRole('link', { name: 'deliverable and results' }).click();
	await expect(page.getByTestId('calendar-status')).toHaveText('Published · open on the calendar');
});

async function formulaOnFocus(page: Page, from: string, to: string, formula: string) {
	const list = page.getByTestId('metric-list').first();
	await list.getByRole('button', { name: from }).focus();
	await page.keyboard.press('Tab');
	const term = list.getByRole('button', { name: to });
	await expect(term).toBeFocused();
	await expect(term).toHaveAccessibleDescription(formula);
	await expect(list.getByRole('tooltip', { name: formula })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(list.getByRole('tooltip', { name: formula })).toBeHidden();
}

test('enter results and see CPM, CPE, CPO and return on spend, formulas by keyboard', async ({
	page,
	owner,
	collabPath,
	rows
}) => {
	await signIn(page, owner.email);
	const [deliverable] = await rows('deliverables');
	await page.goto(`${collabPath()}/deliverables/${deliverable.id}`);
	await page.getByLabel('Views').fill('12.5');
	await page.getByLabel('Revenue (USD)').fill('1.234');
	await submit(page, 'Save results', 'results');
	await expect(page.getByLabel('Views')).toHaveAccessibleDescription(
		'Enter a whole number of 0 or more (like 1200 or 1,200), or leave it empty.'
	);
	await page.getByLabel('Views').fill('12,300');
	await submit(page, 'Save results', 'results');
	await expect(page.getByText('USD amounts have at most 2 decimal places.')).toBeVisible();
	expect((await rows('deliverables'))[0]).toMatchObject({ views: null, revenue_minor: null });
	await page.getByLabel('Engagements').fill('410');
	await page.getByLabel('Clicks').fill('95');
	await page.getByLabel('Orders').fill('7');
	await page.getByLabel('Revenue (USD)').fill('209.93');
	await page.getByRole('button', { name: 'Save results' }).click();
	await expect(page.getByRole('status')).toHaveText('Results saved.');
	expect((await rows('deliverables'))[0]).toMatchObject({
		views: 12_300,
		engagements: 410,
		clicks: 95,
		orders: 7,
		revenue_minor: 20_993
	});
	await expectNoAxeViolations(page);

	await page.goto(`${collabPath()}/deliverables`);
	// $300.00 fee + $18.50 landed + $12.00 shipping = $330.50.
	const list = page.getByTestId('metric-list');
	const metric = (key: string) => list.locator(`[data-metric="${key}"] dd`);
	await expect(metric('cost')).toHaveText('$330.50');
	await expect(metric('cpm')).toHaveText('$26.87'); // 33,050 ÷ 12,300 × 1,000 = 2,687 cents
	await expect(metric('cpe')).toHaveText('$0.81'); // 33,050 ÷ 410 = 80.6 cents
	await expect(metric('cpo')).toHaveText('$47.21'); // 33,050 ÷ 7 = 4,721.4 cents
	await expect(metric('roas')).toHaveText('0.64×'); // 20,993 ÷ 33,050
	await expect(page.getByText('Deliverables with results: 1 of 1.')).toBeVisible();
	await expect(page.getByText('Fee $300.00 + samples $18.50 + shipping $12.00.')).toBeVisible();
	await expect(
		page.getByTestId('per-deliverable').getByRole('row', { name: /Short video on TikTok/ })
	).toContainText('$26.87');
	await formulaOnFocus(
		page,
		'Total cost',
		'CPM',
		'Cost per thousand views = total cost ÷ views × 1,000.'
	);
	await formulaOnFocus(
		page,
		'CPO',
		'Return on spend',
		'Return on spend = revenue ÷ total cost (2× means twice the spend came back).'
	);
	// And on hover.
	await list.getByRole('button', { name: 'CPE' }).hover();
	await expect(
		list.getByRole('tooltip', { name: 'Cost per engagement = total cost ÷ engagements.' })
	).toBeVisible();
	await expectNoAxeViolations(page);
});

test('a metric without its denominator reads “—” and says what is missing', async ({
	page,
	owner,
	id,
	collabPath
}) => {
	await signIn(page, owner.email);
	await page.goto(`${collabPath()}/deliverables`);
	await page.getByLabel('Kind').selectOption({ label: 'Story' });
	await page.getByLabel('Platform').selectOption({ label: 'Instagram' });
	await page.getByLabel('How many').fill('3');
	await page.getByRole('button', { name: 'Add deliverable' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('3 × Story on Instagram');
	// The brand has one Instagram channel: it is the one proposed.
	await expect(page.getByLabel('Channel')).toHaveValue(id('instagram'));
	await page.getByRole('link', { name: 'All deliverables of this collaboration' }).click();
	const row = page.getByTestId('per-deliverable').getByRole('row', { name: /3 × Story/ });
	await expect(row.locator('[data-metric="cpm"]')).toHaveText('— No views reported yet');
	await expect(row.locator('[data-metric="roas"]')).toHaveText('— No revenue reported yet');
	// The story is 3 of the 4 pieces: ¾ of $330.50 = $247.875, the odd half cent to the first row.
	await expect(row.locator('[data-metric="cost"]')).toHaveText('$247.87');
	await expect(page.getByText('Deliverables with results: 1 of 2.')).toBeVisible();
	await expectNoAxeViolations(page);
});

test('the campaign page rolls up its creators per currency', async ({
	page,
	owner,
	id,
	brandPath,
	collabPath
}) => {
	await signIn(page, owner.email);
	await page.goto(`${brandPath()}/calendar/campaigns/${id('campaign')}`);
	const card = page.getByRole('region', { name: 'Creators' });
	const ana = card.getByRole('row', { name: /Ana Ruiz/ });
	await expect(ana).toContainText('Agreed');
	await expect(ana).toContainText('$330.50');
	await expect(ana.getByRole('link', { name: 'Ana Ruiz' })).toHaveAttribute(
		'href',
		`${collabPath()}/deliverables`
	);
	await expect(card.getByRole('row', { name: /小红 Lily/ })).toContainText('CN¥2,000.00');
	const usd = card.getByRole('region', { name: 'All creators in USD' });
	await expect(usd.locator('[data-metric="cpm"] dd')).toHaveText('$26.87');
	await expect(usd.getByText('Deliverables with results: 1 of 2.')).toBeVisible();
	await expect(card.getByRole('region', { name: 'All creators in CNY' })).toBeVisible();
	await expectNoAxeViolations(page);
});

test('a viewer sees no edit controls, and forged posts answer 403 and change nothing', async ({
	page,
	owner,
	viewer,
	id,
	collabPath,
	rows,
	items
}) => {
	await signIn(page, viewer.email);
	const [deliverable] = await rows('deliverables');
	const [sample] = await rows('samples');
	await page.goto(`${collabPath()}/deliverables`);
	await expect(page.getByTestId('metric-list')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Add deliverable' })).toHaveCount(0);
	await expectNoAxeViolations(page);
	await page.goto(`${collabPath()}/deliverables/${deliverable.id}`);
	await expect(
		page.getByText('12,300 views · 410 engagements · 95 clicks · 7 orders')
	).toBeVisible();
	await expect(page.getByRole('textbox')).toHaveCount(0);
	await expect(page.getByRole('button', { name: /Save|Put on the calendar|Delete/ })).toHaveCount(
		0
	);
	await expectNoAxeViolations(page);
	await page.goto(`${collabPath()}/samples`);
	await expect(page.getByRole('button', { name: 'Record a sample' })).toHaveCount(0);
	await page.goto(`${collabPath()}/samples/${sample.id}`);
	await expect(page.getByRole('textbox')).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Sample', exact: true })).toBeVisible();
	await expectNoAxeViolations(page);

	const before = [await rows('deliverables'), await rows('samples'), await items()];
	const d = `${collabPath()}/deliverables`;
	const s = `${collabPath()}/samples`;
	const forged: [string, Record<string, string>][] = [
		[`${d}?/create`, { kind: 'story', platform: 'tiktok', count: '1' }],
		[
			`${d}/${deliverable.id}?/save`,
			{ kind: 'story', platform: 'tiktok', count: '9', version: '1' }
		],
		[`${d}/${deliverable.id}?/results`, { views: '1', expectedResults: '12300,410,95,7,20993' }],
		[`${d}/${deliverable.id}?/calendar`, { channelId: id('tiktok'), date: DUE, time: '09:00' }],
		[`${d}/${deliverable.id}?/delete`, {}],
		[`${s}?/create`, { product: 'Forged', quantity: '1', shipFrom: 'china' }],
		[
			`${s}/${sample.id}?/save`,
			{ product: 'Forged', quantity: '1', shipFrom: 'china', version: '4' }
		],
		[`${s}/${sample.id}?/delete`, {}]
	];
	for (const [url, form] of forged) {
		const response = await viewer.api.post(url, { form, maxRedirects: 0 });
		expect(response.status(), url).toBe(403);
	}
	expect([await rows('deliverables'), await rows('samples'), await items()]).toEqual(before);

	// A deliverable or sample id only opens under its own collaboration.
	const elsewhere = collabPath(id('cn'));
	for (const path of [`/deliverables/${deliverable.id}`, `/samples/${sample.id}`]) {
		expect((await owner.api.get(`${elsewhere}${path}`)).status(), path).toBe(404);
	}
});

test('without JavaScript: a deliverable is added, put on the calendar and given results', async ({
	browser,
	owner,
	collabPath,
	rows,
	items
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await signIn(page, owner.email);
	await page.goto(`${collabPath()}/deliverables`);
	await page.getByLabel('Kind').selectOption({ label: 'Live stream' });
	await page.getByLabel('Due date').fill(`${year}-06-20`);
	await page.getByRole('button', { name: 'Add deliverable' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Live stream on TikTok');
	await page.getByRole('button', { name: 'Put on the calendar' }).click();
	await expect(page.getByTestId('calendar-status')).toHaveText('Draft · open on the calendar');
	await page.getByLabel('Views').fill('abc');
	await page.getByRole('button', { name: 'Save results' }).click();
	await expect(page.getByLabel('Views')).toHaveAttribute('aria-invalid', 'true');
	await page.getByLabel('Views').fill('900');
	await page.getByRole('button', { name: 'Save results' }).click();
	await expect(page.getByText('Results saved.')).toBeVisible();
	const live = (await rows('deliverables')).find((r) => r.kind === 'live')!;
	expect(live).toMatchObject({ views: 900 });
	const item = (await items()).find((i) => i.id === live.content_item_id)!;
	expect(item).toMatchObject({ scheduled_date: `${year}-06-20`, scheduled_time: '12:00' });
	await context.close();
});

test('the same journey in Chinese, on a Shanghai channel in yuan', async ({
	page,
	editor: mei,
	id,
	brandPath,
	collabPath,
	rows,
	items
}) => {
	await mei.api.post('/locale', { form: { locale: 'zh-CN', redirectTo: '/' } });
	await signIn(page, mei.email);
	const cn = collabPath(id('cn'));
	await page.goto(`${cn}/samples`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('样品');
	await page.getByLabel('产品').fill('孕妇瑜伽垫');
	await page.getByLabel('发货地').selectOption({ label: '中国' });
	await page.getByLabel('承运商').fill('顺丰');
	await page.getByLabel('运单号').fill('SF1439919779302');
	await page.getByLabel('寄出日期').fill(marketDay(-1));
	await page.getByLabel('到岸成本（CNY）').fill('120');
	await page.getByLabel('运费（CNY）').fill('30');
	await page.getByRole('button', { name: '记录样品' }).click();
	await expect(page.getByRole('status')).toHaveText('已记录样品。');
	const row = page.getByRole('row', { name: /孕妇瑜伽垫/ });
	await expect(row.getByTestId('shipment-status')).toHaveText('运输中 · 1 天');
	await expect(row.getByRole('link', { name: /SF1439919779302/ })).toHaveAttribute(
		'href',
		'https://www.sf-express.com/we/ow/chn/sc/waybill/waybill-detail/SF1439919779302'
	);
	await expectNoAxeViolations(page);

	await page.goto(`${cn}/deliverables`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('交付内容与效果');
	await expect(page.getByLabel('平台')).toHaveValue('xiaohongshu');
	await page.getByLabel('类型').selectOption({ label: '图文轮播' });
	await page.getByLabel('截止日期').fill(DUE_CN);
	await page.getByLabel('文案或脚本草稿').fill('孕期也能做的晨间瑜伽 #广告');
	await page.getByRole('button', { name: '添加交付内容' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('图文轮播（小红书）');
	await expect(page.getByLabel('时间')).toHaveAccessibleDescription(
		'按 Shanghai 的时间，即渠道所在时区。'
	);
	await page.getByLabel('时间').fill('20:00');
	await page.getByRole('button', { name: '放进内容日历' }).click();
	await expect(page.getByRole('status')).toHaveText('已作为草稿放进内容日历。');
	await expect(page.getByTestId('calendar-status')).toHaveText('草稿 · 在日历中打开');
	const [deliverable] = await rows('deliverables', id('cn'));
	const item = (await items()).find((i) => i.id === deliverable.content_item_id)!;
	expect(item).toMatchObject({
		channel_id: id('red'),
		title: '小红 Lily · 图文轮播',
		scheduled_date: DUE_CN,
		scheduled_time: '20:00',
		time_zone: 'Asia/Shanghai',
		scheduled_at: Date.UTC(year, 5, 12, 12, 0)
	});
	await expectNoAxeViolations(page);

	await page.getByLabel('播放/浏览').fill('8,000');
	await page.getByLabel('互动').fill('640');
	await page.getByLabel('订单').fill('16');
	await page.getByLabel('收入（CNY）').fill('3,200');
	await page.getByRole('button', { name: '保存效果数据' }).click();
	const results = page.getByRole('region', { name: '效果', exact: true });
	await expect(results.getByRole('status')).toHaveText('已保存效果数据。');

	await page.goto(`${cn}/deliverables`);
	const list = page.getByTestId('metric-list');
	const metric = (key: string) => list.locator(`[data-metric="${key}"] dd`);
	// ¥2,000 fee + ¥120 + ¥30 = ¥2,150.
	await expect(metric('cost')).toHaveText('¥2,150.00');
	await expect(metric('cpm')).toHaveText('¥268.75');
	await expect(metric('cpe')).toHaveText('¥3.36');
	await expect(metric('cpo')).toHaveText('¥134.38');
	await expect(metric('roas')).toHaveText('1.49 倍');
	await formulaOnFocus(
		page,
		'总成本',
		'千次曝光成本',
		'千次曝光成本（CPM）= 总成本 ÷ 播放量 × 1,000。'
	);
	await expectNoAxeViolations(page);

	await page.goto(`${brandPath()}/calendar/campaigns/${id('campaign')}`);
	const card = page.getByRole('region', { name: '达人' });
	await expect(card.getByRole('row', { name: /小红 Lily/ })).toContainText('已寄样');
	await expect(card.getByRole('region', { name: '全部达人（CNY）' })).toContainText('¥268.75');
	await expectNoAxeViolations(page);
});
