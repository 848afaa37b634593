import { type Page } from '@playwright/test';
import type { Client } from '@libsql/client';
import { addDays, today as todayIn } from '../../src/lib/domain/zoned-time';
import {
	makeCampaign,
	makeCollaboration,
	makeCreator,
	makeDeliverable,
	profileInput
} from '../../src/lib/server/testing/factories';
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

// A US brand (market zone New York) with creators and collaborations arranged through the
// database; the browser does what the test is about.
type Creators = Record<'ana' | 'bo' | 'cy' | 'dee', string>;
type Arranged = { brandId: string; campaignId: string; creators: Creators };
type NewCollaboration = Omit<Parameters<typeof makeCollaboration>[1], 'brandId' | 'creatorId'>;
type Fixtures = {
	brandId: string;
	campaignId: string;
	creators: Creators;
	/** The brand's outreach board. */
	board: string;
	/** A collaboration as stored, in the table's own column names. */
	stored: (collaborationId: string) => Promise<Record<string, unknown>>;
	events: (collaborationId: string) => Promise<Record<string, unknown>[]>;
	/** A collaboration of the brand with the creator, in US dollars, its stage changed now. */
	collaboration: (creatorId: string, values: NewCollaboration) => Promise<string>;
};
const test = roles.extend<Fixtures & { arranged: Arranged }>({
	arranged: async ({ once, owner, viewer: _invited, db }, use) => {
		await use(await once('arranged', () => arrange(db, owner)));
	},
	brandId: async ({ arranged }, use) => use(arranged.brandId),
	campaignId: async ({ arranged }, use) => use(arranged.campaignId),
	creators: async ({ arranged }, use) => use(arranged.creators),
	board: async ({ owner, brandId }, use) => {
		await use(`/w/${owner.workspaceId}/brands/${brandId}/outreach`);
	},
	stored: async ({ client }, use) => {
		await use(async (collaborationId) => ({ ...(await storedRow(client, collaborationId)) }));
	},
	events: async ({ client }, use) => {
		await use((collaborationId) => eventRows(client, collaborationId));
	},
	collaboration: async ({ db, brandId }, use) => {
		await use((creatorId, values) =>
			makeCollaboration(db, { brandId, creatorId, stageChangedAt: new Date(), ...values })
		);
	}
});
test.use({
	names: {
		owner: 'Pipeline Owner',
		viewer: 'Pipeline Client',
		editor: 'Mei',
		outsider: 'Elsewhere'
	}
});
test.describe.configure({ mode: 'serial', timeout: 90_000 });

const ZONE = 'America/New_York';
const CHOICE_ERROR = 'Choose one of the options in the list.';
/** The collaboration started in the browser in the first test; the journeys build on it. */
let started = '';

async function arrange(db: E2eDb, owner: ApiUser): Promise<Arranged> {
	const brandId = await createBrand(owner, { name: 'Bump & Bloom', marketTimeZone: ZONE });
	const creator = (name: string, handle: string, values: Parameters<typeof makeCreator>[2] = {}) =>
		makeCreator(db, owner.workspaceId, { name, ...values }, [profileInput('tiktok', handle)]);
	const creators = {
		ana: await creator('Ana Lima', 'AnaMoves', { language: 'en' }),
		bo: await creator('Bo Chen', 'bobo.yoga', {
			doNotContact: true,
			doNotContactReason: 'Asked us to stop in 2025'
		}),
		cy: await creator('Cy Park', 'cy.park'),
		dee: await creator('Dee Moss', 'deemoss')
	};
	const campaignId = await makeCampaign(db, brandId, {
		name: 'Spring mats',
		startDate: '2026-03-01',
		endDate: '2026-04-30',
		utmCampaign: 'spring-mats'
	});
	return { brandId, campaignId, creators };
}

const storedRow = async (client: Client, collaborationId: string) =>
	(
		await client.execute({
			sql: 'SELECT * FROM collaborations WHERE id = ?',
			args: [collaborationId]
		})
	).rows[0];
const eventRows = async (client: Client, collaborationId: string) =>
	(
		await client.execute({
			sql: 'SELECT kind, from_stage, to_stage, note FROM collaboration_events WHERE collaboration_id = ? ORDER BY at, rowid',
			args: [collaborationId]
		})
	).rows.map((r) => ({ ...r }));

const column = (page: Page, stage: string) => page.locator(`section[data-stage="${stage}"]`);
const card = (page: Page, collaborationId: string) =>
	page.locator(`li[data-collaboration-id="${collaborationId}"]`);
const status = (page: Page, text: string | RegExp) =>
	page.getByRole('status').filter({ hasText: text });

test('start a collaboration: the Outreach tab, a directory search, the terms; do-not-contact warns', async ({
	page,
	owner,
	brandId,
	campaignId,
	creators,
	board,
	stored
}) => {
	await signIn(page, owner.email);
	await page.goto(`/w/${owner.workspaceId}/brands/${brandId}`);
	await page
		.getByRole('navigation', { name: 'Brand' })
		.getByRole('link', { name: 'Outreach' })
		.click();
	await expect(page).toHaveURL(board);
	await expect(page.getByRole('heading', { name: 'Creator outreach' })).toBeVisible();
	await expectNoAxeViolations(page);

	await page.getByRole('link', { name: 'Start a collaboration' }).click();
	await page.getByLabel('Search the creator directory').fill('@bobo');
	await page.getByRole('button', { name: 'Search' }).click();
	await expect(page).toHaveURL(/q=%40bobo/);
	await page.getByRole('link', { name: 'Choose Bo Chen' }).click();
	await expect(page.getByRole('alert')).toContainText('This creator asked not to be contacted.');
	await expect(page.getByRole('alert')).toContainText('Asked us to stop in 2025');
	await expectNoAxeViolations(page);

	await page.getByLabel('Search the creator directory').fill('anamoves');
	await page.getByRole('button', { name: 'Search' }).click();
	await page.getByRole('link', { name: 'Choose Ana Lima' }).click();
	await expect(page.getByRole('heading', { name: '2. Terms with Ana Lima' })).toBeVisible();
	await expect(page.getByText('This creator asked not to be contacted.')).toHaveCount(0);
	await page.getByLabel('Campaign').selectOption({ label: 'Spring mats' });
	await page.getByLabel('Fee (USD)').fill('12.345');
	await page.getByRole('button', { name: 'Start as a prospect' }).click();
	await expect(page.getByText('USD amounts have at most 2 decimal places.')).toBeVisible();
	await page.getByLabel('Fee (USD)').fill('300');
	await page.getByLabel('Product given').fill('Pregnancy yoga mat');
	await page.getByLabel('Brief').fill('A morning stretch routine on the mat.');
	await page.getByRole('button', { name: 'Start as a prospect' }).click();

	// Starting writes the collaboration, its first event and its follow-up in one transaction;
	// on a libSQL server under load (test:sqld) that is several HTTP round trips.
	await expect(page).toHaveURL(/\/outreach\/[a-z0-9]+\?created=1$/, { timeout: 15_000 });
	started = page.url().match(/outreach\/([a-z0-9]+)\?/)![1];
	await expect(page.getByText('Collaboration started as a prospect.')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Ana Lima', level: 1 })).toBeVisible();
	await expect(page.getByTestId('stage')).toHaveText('Stage: Prospect');
	await expect(page.getByLabel('Next step')).toHaveValue('Make first contact');
	const today = todayIn(ZONE);
	await expect(page.getByLabel('Follow up on')).toHaveValue(addDays(today, 2));
	// The tracked link is built from the campaign's UTM name once there is a landing page.
	await page.getByLabel('Landing page').fill('https://bumpbloom.example/mat?ref=x');
	await page.getByLabel('Brief').fill('Draft');
	await page.getByRole('button', { name: 'Save terms' }).click();
	await expect(page.getByLabel('Tracked link')).toHaveValue(
		'https://bumpbloom.example/mat?ref=x&utm_source=tiktok&utm_medium=influencer&utm_campaign=spring-mats&utm_content=anamoves'
	);
	await expectNoAxeViolations(page);
	expect(await stored(started)).toMatchObject({
		stage: 'prospect',
		creator_id: creators.ana,
		campaign_id: campaignId,
		fee_minor: 30_000,
		currency: 'USD',
		next_step: 'first_contact',
		follow_up_on: addDays(today, 2)
	});

	// ?creator= (the directory's link) preselects.
	await page.goto(`${board}/new?creator=${creators.cy}`);
	await expect(page.getByRole('heading', { name: '2. Terms with Cy Park' })).toBeVisible();
});

test('follow-up and terms saves are version-checked; a stale save keeps what was typed', async ({
	page,
	owner,
	board,
	stored,
	client
}) => {
	await signIn(page, owner.email);
	await page.goto(`${board}/${started}`);
	await page.getByLabel('Next step').fill('Ask about her due date first');
	await page.getByLabel('Follow up on').fill('');
	await page.getByRole('button', { name: 'Save follow-up' }).click();
	await expect(page.getByText('This field is required.')).toBeVisible();
	const due = addDays(todayIn(ZONE), 4);
	await page.getByLabel('Follow up on').fill(due);
	await page.getByRole('button', { name: 'Save follow-up' }).click();
	await expect(page.getByText('Ask about her due date first by')).toBeVisible();
	expect(await stored(started)).toMatchObject({
		next_step: 'Ask about her due date first',
		follow_up_on: due
	});

	// Someone else saves meanwhile: our brief stays in the form, theirs is shown beside it.
	await client.execute({
		sql: "UPDATE collaborations SET brief = 'Their brief', version = version + 1 WHERE id = ?",
		args: [started]
	});
	await page.getByLabel('Brief').fill('A morning stretch routine on the mat.');
	await page.getByRole('button', { name: 'Save terms' }).click();
	await expect(page.getByText('Someone saved these terms while you were editing.')).toBeVisible();
	await expect(page.getByTestId('terms-conflict')).toContainText('Their brief');
	await expect(page.getByLabel('Brief')).toHaveValue('A morning stretch routine on the mat.');
	expect((await stored(started)).brief).toBe('Their brief');
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Save terms' }).click();
	// "Saved." may still stand from the follow-up above: the panel going is this save's answer.
	await expect(page.getByTestId('terms-conflict')).toHaveCount(0);
	await expect(page.getByText('Saved.')).toBeVisible();
	await expect
		.poll(async () => (await stored(started)).brief)
		.toBe('A morning stretch routine on the mat.');
});

test('campaign and owner change on the overview; ones from elsewhere are refused per field', async ({
	page,
	outsider,
	owner,
	campaignId,
	board,
	stored,
	client
}) => {
	await signIn(page, owner.email);
	await page.goto(`${board}/${started}`);
	const assign = page.getByRole('region', { name: 'Campaign and owner' });
	await assign.getByLabel('Campaign').selectOption({ label: 'No campaign' });
	await assign.getByLabel('Owner').selectOption({ label: 'No owner' });
	await assign.getByRole('button', { name: 'Save campaign and owner' }).click();
	await expect(assign.getByText('Saved.')).toBeVisible();
	expect(await stored(started)).toMatchObject({ campaign_id: null, owner_id: null });
	await expectNoAxeViolations(page);
	await assign.getByLabel('Campaign').selectOption({ label: 'Spring mats' });
	await assign.getByRole('button', { name: 'Save campaign and owner' }).click();
	await expect(assign.getByText('Saved.')).toBeVisible();
	expect((await stored(started)).campaign_id).toBe(campaignId);

	// A forged post naming another workspace's member and campaign changes nothing.
	const { version } = await stored(started);
	const other = await client.execute({
		sql: 'SELECT id FROM users WHERE email = ?',
		args: [outsider.email]
	});
	const response = await owner.api.post(`${board}/${started}?/assign`, {
		form: {
			campaignId: 'not-a-campaign',
			ownerId: String(other.rows[0].id),
			version: String(version)
		}
	});
	expect(response.status()).toBe(400);
	expect(await response.text()).toContain(CHOICE_ERROR);
	expect(await stored(started)).toMatchObject({ campaign_id: campaignId, version });
});

test('drag a card across the board, Undo, then move it with the keyboard control', async ({
	page,
	owner,
	board,
	stored,
	events
}) => {
	await signIn(page, owner.email);
	await page.goto(board);
	await expect(column(page, 'prospect')).toContainText('Ana Lima');
	// Seven columns are wider than the window: the board scrolls, the page does not.
	const width = await page.evaluate(() => [
		document.documentElement.scrollWidth,
		window.innerWidth
	]);
	expect(width[0]).toBeLessThanOrEqual(width[1]);
	// Dragging is the page's script; a drag before it runs would do nothing.
	await waitForHydration(page);
	await card(page, started).dragTo(column(page, 'contacted'));
	await expect(status(page, 'Moved Ana Lima to Contacted.')).toContainText(
		'Next: Chase a reply by'
	);
	await expect(column(page, 'contacted')).toContainText('Ana Lima');
	expect(await stored(started)).toMatchObject({ stage: 'contacted', next_step: 'chase_reply' });

	await status(page, 'Moved Ana Lima').getByRole('button', { name: 'Undo' }).click();
	await expect(status(page, 'Moved Ana Lima back to Prospect.')).toBeVisible();
	await expect(column(page, 'prospect')).toContainText('Ana Lima');
	// Undo puts back the follow-up typed before the move, not a new proposal.
	expect(await stored(started)).toMatchObject({
		stage: 'prospect',
		next_step: 'Ask about her due date first'
	});

	// The keyboard path: the Move control opens, a stage is chosen, Enter moves.
	await page.locator(`#move-${started}`).focus();
	await page.keyboard.press('Enter');
	const select = card(page, started).getByLabel('Move Ana Lima to');
	await select.focus();
	await select.selectOption('contacted');
	await card(page, started).getByRole('button', { name: 'Move', exact: true }).press('Enter');
	await expect(status(page, 'Moved Ana Lima to Contacted.')).toBeVisible();
	await expect(page.locator(`#move-${started}`)).toBeFocused();
	await expect(column(page, 'contacted')).toContainText('Ana Lima');
	expect(await events(started)).toMatchObject([
		{ kind: 'created' },
		{ kind: 'stage', from_stage: 'prospect', to_stage: 'contacted' },
		{ kind: 'stage', from_stage: 'contacted', to_stage: 'prospect', note: 'undo' },
		{ kind: 'stage', from_stage: 'prospect', to_stage: 'contacted' }
	]);
	await expectNoAxeViolations(page);
});

test('a move that skips the agreement is refused and says why', async ({
	page,
	owner,
	board,
	stored,
	client
}) => {
	await signIn(page, owner.email);
	await page.goto(board);
	const before = await stored(started);
	await page.locator(`#move-${started}`).click();
	await card(page, started).getByLabel('Move Ana Lima to').selectOption('sample_shipped');
	// A refusal reloads the board's data; wait for it before changing the row underneath.
	const reloaded = page.waitForResponse((r) => r.url().includes('__data.json'));
	await card(page, started).getByRole('button', { name: 'Move', exact: true }).click();
	await reloaded;
	await expect(page.getByTestId('move-refused')).toHaveText(
		'Ana Lima cannot move to Sample shipped before there is an agreement. Move it to Agreed first.'
	);
	await expect(column(page, 'contacted')).toContainText('Ana Lima');
	expect(await stored(started)).toEqual(before);

	// A stale card (changed elsewhere since the page loaded) is refused as such.
	await client.execute({
		sql: 'UPDATE collaborations SET version = version + 1 WHERE id = ?',
		args: [started]
	});
	// The Move control stays open after a refusal, to try again.
	await card(page, started).getByLabel('Move Ana Lima to').selectOption('negotiating');
	await card(page, started).getByRole('button', { name: 'Move', exact: true }).click();
	await expect(page.getByTestId('move-refused')).toContainText(
		'Ana Lima was changed by someone else meanwhile.'
	);
	expect((await stored(started)).stage).toBe('contacted');
});

test('due this week lists what is due in the market week, overdue first and marked in words', async ({
	page,
	owner,
	creators,
	board,
	collaboration,
	client
}) => {
	const today = todayIn(ZONE);
	const late = await collaboration(creators.dee, {
		stage: 'negotiating',
		nextStep: 'Send the contract',
		followUpOn: addDays(today, -3)
	});
	const later = await collaboration(creators.cy, {
		stage: 'agreed',
		followUpOn: addDays(today, 30)
	});
	await signIn(page, owner.email);
	await page.goto(board);
	const due = page.getByTestId('due-list');
	const first = due.getByRole('listitem').first();
	await expect(first).toContainText('Dee Moss');
	await expect(first).toContainText('Send the contract');
	await expect(first).toContainText('Overdue');
	await expect(due).not.toContainText('Cy Park');
	await expect(page.getByText('1 overdue')).toBeVisible();
	await expect(card(page, late)).toContainText('Overdue');
	await client.execute({
		sql: 'DELETE FROM collaborations WHERE id IN (?, ?)',
		args: [late, later]
	});
});

test('table: sorted by cost per order (missing last), formulas on focus, bulk move with a refusal', async ({
	page,
	owner,
	creators,
	board,
	stored,
	collaboration,
	db,
	client
}) => {
	const cheap = await collaboration(creators.dee, { stage: 'agreed', feeMinor: 10_000 });
	const dear = await collaboration(creators.cy, { stage: 'contacted', feeMinor: 30_000 });
	const results = (collaborationId: string, orders: number | null) =>
		makeDeliverable(db, collaborationId, {
			kind: 'short_video',
			platform: 'tiktok',
			views: 20_000,
			orders,
			revenueMinor: orders === null ? null : orders * 5_000
		});
	await results(cheap, 4); // $100 ÷ 4 = $25.00 per order
	await results(dear, 2); // $300 ÷ 2 = $150.00 per order
	await signIn(page, owner.email);
	await page.goto(`${board}?view=table`);
	const header = page.getByRole('columnheader', { name: /^CPO/ });
	await header.getByRole('link').click();
	await expect(page).toHaveURL(/sort=cpo/);
	await expect(header).toHaveAttribute('aria-sort', 'ascending');
	const rows = page.locator('tbody tr');
	// Ana's collaboration (started above) has no orders: last in both directions.
	await expect(rows.locator('td:nth-child(2) a')).toHaveText(['Dee Moss', 'Cy Park', 'Ana Lima']);
	await expect(rows.first().locator('td[data-metric="cpo"]')).toHaveText('$25.00');
	await expect(rows.last().locator('td[data-metric="cpo"]')).toHaveText('—');
	await header.getByRole('link').click();
	await expect(header).toHaveAttribute('aria-sort', 'descending');
	await expect(rows.locator('td:nth-child(2) a')).toHaveText(['Cy Park', 'Dee Moss', 'Ana Lima']);

	// The formula is the sort link's description and shows on keyboard focus.
	const link = header.getByRole('link');
	await expect(link).toHaveAccessibleDescription('Cost per order = total cost ÷ orders');
	await link.focus();
	await expect(header.getByRole('tooltip')).toBeVisible();
	await expectNoAxeViolations(page);

	await page.getByLabel('Select Dee Moss').check();
	await page.getByLabel('Select Cy Park').check();
	await page.getByLabel('Move to').selectOption('sample_shipped');
	await page.getByRole('button', { name: 'Move selected' }).click();
	await expect(status(page, 'Changed: 1.')).toContainText('Not changed: 1.');
	await expect(page.getByTestId('bulk-refused')).toHaveText('Cy Park: it needs an agreement first');
	expect((await stored(cheap)).stage).toBe('sample_shipped');
	expect((await stored(dear)).stage).toBe('contacted');
	await expect(rows.filter({ hasText: 'Dee Moss' })).toContainText('Sample shipped');
	await client.execute({
		sql: 'DELETE FROM collaborations WHERE id IN (?, ?)',
		args: [cheap, dear]
	});
});

async function undisclosed(
	db: E2eDb,
	collaboration: Fixtures['collaboration'],
	creators: Creators
) {
	const collaborationId = await collaboration(creators.ana, {
		stage: 'content_live',
		feeMinor: 20_000
	});
	const deliverableId = await makeDeliverable(db, collaborationId, {
		kind: 'short_video',
		platform: 'tiktok',
		caption: 'My morning stretch on the new mat, link in bio'
	});
	return { collaborationId, deliverableId };
}

test('a compliance finding blocks "paid" until overridden with a reason, and the log shows it', async ({
	page,
	owner,
	creators,
	board,
	stored,
	events,
	collaboration,
	db
}) => {
	const { collaborationId, deliverableId } = await undisclosed(db, collaboration, creators);
	await signIn(page, owner.email);
	await page.goto(`${board}/${collaborationId}`);
	const findings = page.getByTestId('findings');
	await expect(findings).toContainText(
		'Paid or gifted post without a disclosure its audience understands'
	);
	await expect(findings.getByRole('link', { name: /Edit the caption/ })).toHaveAttribute(
		'href',
		new RegExp(`/${collaborationId}/deliverables/${deliverableId}$`)
	);
	await expectNoAxeViolations(page);

	await page.getByLabel('Move to').selectOption('paid');
	await page.getByRole('button', { name: 'Move', exact: true }).click();
	await expect(page.getByTestId('move-refused')).toContainText(
		'Ana Lima has open compliance findings, so it cannot be marked paid yet.'
	);
	expect((await stored(collaborationId)).stage).toBe('content_live');
	const override = page.getByRole('form', { name: 'Override and mark as paid' });
	await expect(override.getByLabel('Why is it fine to pay anyway?')).toHaveAttribute(
		'required',
		''
	);
	await expectNoAxeViolations(page);
	await override
		.getByLabel('Why is it fine to pay anyway?')
		.fill('The creator added #ad in a pinned comment');
	await override.getByRole('button', { name: 'Override and mark as paid' }).click();
	await expect(status(page, 'Moved Ana Lima to Paid.')).toContainText(
		'The compliance override is in the log.'
	);
	await expect(page.getByTestId('stage')).toHaveText('Stage: Paid');
	const log = page.getByTestId('activity-log');
	await expect(log).toContainText('Pipeline Owner overrode the compliance check to mark it Paid.');
	await expect(log).toContainText(
		'Open findings: Paid or gifted post without a disclosure its audience understands'
	);
	await expect(log).toContainText('The creator added #ad in a pinned comment');
	const logged = await events(collaborationId);
	expect(logged.map((e) => e.kind)).toEqual(['stage', 'override']);
	expect(JSON.parse(String(logged[1].note))).toEqual({
		rules: ['missing-disclosure'],
		reason: 'The creator added #ad in a pinned comment'
	});
});

test('without JavaScript: the board Move control posts, and the override form works', async ({
	browser,
	owner,
	campaignId,
	creators,
	board,
	collaboration,
	db
}) => {
	const { collaborationId } = await undisclosed(db, collaboration, creators);
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await signIn(page, owner.email);
	await page.goto(`${board}?campaign=${campaignId}`);
	await page.locator(`#move-${started}`).click();
	await card(page, started).getByLabel('Move Ana Lima to').selectOption('negotiating');
	await card(page, started).getByRole('button', { name: 'Move', exact: true }).click();
	await expect(page).toHaveURL(`${board}?campaign=${campaignId}`);
	await expect(column(page, 'negotiating')).toContainText('Ana Lima');

	await page.goto(`${board}/${collaborationId}`);
	await page.getByLabel('Move to').selectOption('paid');
	await page.getByRole('button', { name: 'Move', exact: true }).click();
	await expect(page.getByTestId('move-refused')).toContainText('open compliance findings');
	await page.getByLabel('Why is it fine to pay anyway?').fill('Disclosed in the video itself');
	await page.getByRole('button', { name: 'Override and mark as paid' }).click();
	await expect(page).toHaveURL(`${board}/${collaborationId}`);
	await expect(page.getByTestId('stage')).toHaveText('Stage: Paid');
	await expect(page.getByTestId('activity-log')).toContainText('Disclosed in the video itself');
	await context.close();
});

test('a viewer sees everything read-only, and forged posts answer 403', async ({
	page,
	viewer,
	board,
	stored
}) => {
	await signIn(page, viewer.email);
	await page.goto(board);
	await expect(column(page, 'negotiating')).toContainText('Ana Lima');
	await expect(page.locator('[draggable="true"]')).toHaveCount(0);
	await expect(page.locator('summary[id^="move-"]')).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Start a collaboration' })).toHaveCount(0);
	await expectNoAxeViolations(page);
	await page.goto(`${board}?view=table`);
	await expect(page.locator('tbody').getByRole('checkbox')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Move selected' })).toHaveCount(0);
	await page.goto(`${board}/${started}`);
	await expect(page.getByText('A morning stretch routine on the mat.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Save terms' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Save follow-up' })).toHaveCount(0);
	await expect(page.getByLabel('Move to')).toHaveCount(0);
	await expectNoAxeViolations(page);
	expect((await viewer.api.get(`${board}/new`)).status()).toBe(403);

	const before = await stored(started);
	const forged: [string, Record<string, string>][] = [
		[
			`${board}?/move`,
			{ collaborationId: started, version: String(before.version), stage: 'declined' }
		],
		[`${board}?/bulk`, { ids: `${started}:${before.version}`, op: 'stage', stage: 'declined' }],
		[
			`${board}/${started}?/followUp`,
			{ nextStep: 'x', followUpOn: '2026-12-01', version: String(before.version) }
		],
		[`${board}/${started}?/terms`, { brief: 'x', currency: 'USD', version: String(before.version) }]
	];
	for (const [url, form] of forged) {
		expect((await viewer.api.post(url, { form })).status(), url).toBe(403);
	}
	expect(await stored(started)).toEqual(before);
});

test('the journey in Chinese: board, a keyboard move, the overview', async ({
	page,
	editor: mei,
	board
}) => {
	await signIn(page, mei.email);
	await page.goto(board);
	await page.getByRole('button', { name: '中文' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.getByRole('heading', { name: '达人合作', level: 1 })).toBeVisible();
	await expect(page.getByRole('heading', { name: /^洽谈中/ })).toBeVisible();
	await expect(page.getByRole('heading', { name: '本周待跟进' })).toBeVisible();
	await expectNoAxeViolations(page);

	await page.locator(`#move-${started}`).click();
	await card(page, started).getByLabel('把 Ana Lima 移到').selectOption('agreed');
	await card(page, started).getByRole('button', { name: '移动', exact: true }).click();
	await expect(status(page, '已把 Ana Lima 移到“已谈妥”。')).toContainText('下一步');
	await expect(column(page, 'agreed')).toContainText('Ana Lima');

	await page.goto(`${board}/${started}`);
	await expect(page.getByTestId('stage')).toHaveText('阶段：已谈妥');
	await expect(page.getByRole('heading', { name: '合规检查' })).toBeVisible();
	await expect(page.getByLabel('下一步')).toHaveValue('寄出样品');
	await expect(page.getByTestId('activity-log')).toContainText('Mei 把它从“洽谈中”移到“已谈妥”。');
	await expectNoAxeViolations(page);
	await page.goto(`${board}?view=table`);
	await expect(page.getByRole('columnheader', { name: /单个订单成本/ })).toBeVisible();
	await expectNoAxeViolations(page);
});
