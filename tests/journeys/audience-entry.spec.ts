import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { makeChannel } from '../../src/lib/server/testing/factories';
import { test as roles } from '../support/roles';
import { createBrand, expect, expectNoAxeViolations, signIn } from '../support/support';

// One brand fed in order: metrics set up, a week typed in, files imported, re-imported, undone.
type Fixtures = {
	brandId: string;
	/** The brand's dashboard. */
	dash: () => string;
	/** The brand's stored values of a metric kind, as `day=value`, by day. */
	values: (kind: string) => Promise<string[]>;
};
const test = roles.extend<Fixtures>({
	// The viewer is invited before the brand is made, as the journeys assume.
	brandId: async ({ once, owner, viewer: _invited, db }, use) => {
		const brandId = once('brandId', async () => {
			const brandId = await createBrand(owner, { name: 'Bump & Bloom' });
			// Channels arranged directly: this spec is about metrics, not the channel forms.
			for (const kind of ['email', 'storefront', 'tiktok'] as const)
				await makeChannel(db, brandId, kind, { timeZone: 'America/New_York' });
			return brandId;
		});
		await use(await brandId);
	},
	dash: async ({ owner, brandId }, use) => {
		await use(() => `/w/${owner.workspaceId}/brands/${brandId}/dashboard`);
	},
	values: async ({ client, brandId }, use) => {
		await use(async (kind) => {
			const rs = await client.execute({
				sql: `SELECT v.day, v.value FROM metric_values v JOIN metrics m ON m.id = v.metric_id
			WHERE m.brand_id = ? AND m.kind = ? ORDER BY v.day`,
				args: [brandId, kind]
			});
			return rs.rows.map((r) => `${r.day}=${r.value}`);
		});
	}
});
test.use({ names: { owner: 'Audience owner', viewer: 'Audience viewer' } });
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const fixture = (name: string) =>
	readFileSync(join(import.meta.dirname, '../fixtures', 'audience', name));
const upload = (p: Page, name: string) =>
	p.getByLabel('CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer: fixture(name) });

test('metrics: the suggested ones in one click, grouped by channel with its ownership', async ({
	page,
	owner,
	dash
}) => {
	await signIn(page, owner.email);
	await page.goto(`${dash()}/metrics`);
	await expect(page.getByRole('heading', { name: 'Metrics', level: 1 })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Channels without metrics' })).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Add suggested metrics' }).click();
	await expect(page.getByText('Added 9 suggested metrics.')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Channels without metrics' })).toHaveCount(0);
	await expect(page.getByRole('heading', { name: /^TikTok\s*Rented/ })).toBeVisible();
	await expect(page.getByRole('heading', { name: /^Email newsletter\s*Owned/ })).toBeVisible();
	// A second "Followers" on TikTok is refused on its field.
	await page.getByLabel('Channel').selectOption({ label: 'TikTok' });
	await page.getByLabel('What it counts').selectOption('followers');
	await page.getByRole('button', { name: 'Add metric' }).click();
	await expect(page.getByText('This channel already counts this.', { exact: false })).toBeVisible();
	await page.getByLabel('Name of Followers · TikTok').fill('Main account');
	await page.getByRole('button', { name: 'Save Followers · TikTok' }).click();
	await expect(page.getByText('Name saved.')).toBeVisible();
	await expect(page.getByRole('rowheader', { name: 'Main account' })).toBeVisible();
	await expectNoAxeViolations(page);
});

test('weekly entry: a bad cell refuses the whole week with a message on the cell, then it saves', async ({
	page,
	owner,
	brandId,
	dash,
	values,
	client: db
}) => {
	await signIn(page, owner.email);
	await page.goto(`${dash()}/entry?week=2026-11-25`);
	await expect(page.getByRole('heading', { name: 'Weekly entry', level: 1 })).toBeVisible();
	await expect(page.getByLabel('Week starting')).toHaveValue('2026-11-23');
	await expectNoAxeViolations(page);
	const list = page.getByLabel('Email subscribers · Email newsletter on Sunday, November 29');
	const followers = page.getByLabel('Main account · TikTok on Sunday, November 29');
	const revenue = page.getByLabel('Revenue · Independent storefront on Monday, November 23');
	await list.fill('4,500');
	await followers.fill('1.2万');
	await revenue.fill('12.345');
	await page.getByLabel('Sessions · Independent storefront on Tuesday, November 24').fill('lots');
	await page.getByRole('button', { name: 'Save week' }).click();
	await expect(page.getByText('2 cells need fixing. Nothing was saved.')).toBeVisible();
	await expect(revenue).toHaveAttribute('aria-invalid', 'true');
	await expect(revenue).toHaveAccessibleDescription('Too many decimals for USD.');
	await expect(page.getByText('Not a number.')).toBeVisible();
	await expect(list).toHaveValue('4,500');
	expect(await values('email_subscribers')).toEqual([]);

	await revenue.fill('12.34');
	await page.getByLabel('Sessions · Independent storefront on Tuesday, November 24').fill('');
	await page.getByRole('button', { name: 'Save week' }).click();
	await expect(page.getByText('Saved 3 values.')).toBeVisible();
	expect(await values('email_subscribers')).toEqual(['2026-11-29=4500']);
	expect(await values('followers')).toEqual(['2026-11-29=12000']);
	expect(await values('revenue')).toEqual(['2026-11-23=1234']);
	await expect(list).toHaveValue('4500');

	// Someone else saves the same cell meanwhile: ours is refused on that cell, the rest saved.
	await db.execute({
		sql: "UPDATE metric_values SET value = 4600, updated_at = updated_at + 1000 WHERE day = '2026-11-29' AND metric_id IN (SELECT id FROM metrics WHERE brand_id = ? AND kind = 'email_subscribers')",
		args: [brandId]
	});
	await list.fill('4700');
	await page.getByLabel('Sessions · Independent storefront on Tuesday, November 24').fill('900');
	await page.getByRole('button', { name: 'Save week' }).click();
	await expect(
		page.getByText('1 cells were changed by someone else', { exact: false })
	).toBeVisible();
	await expect(page.getByText('Changed meanwhile to 4600; yours was not saved.')).toBeVisible();
	expect(await values('email_subscribers')).toEqual(['2026-11-29=4600']);
	expect(await values('sessions')).toEqual(['2026-11-24=900']);
	// A dash clears a value.
	await page.getByLabel('Sessions · Independent storefront on Tuesday, November 24').fill('-');
	await page.getByRole('button', { name: 'Save week' }).click();
	await expect(page.getByText('Saved 1 values.')).toBeVisible();
	expect(await values('sessions')).toEqual([]);
});

test('import: a bad row is shown and nothing saved; the fixed file imports; again changes nothing; undo puts it back', async ({
	page,
	owner,
	dash,
	values
}) => {
	await signIn(page, owner.email);
	await page.goto(`${dash()}/import`);
	await expect(page.getByRole('heading', { name: 'Import audience data', level: 1 })).toBeVisible();
	await expectNoAxeViolations(page);

	await upload(page, 'shopify-bad-date.csv');
	await page.getByRole('button', { name: 'Preview', exact: true }).click();
	await expect(page.getByText('Rows with problems: 1.', { exact: false })).toBeVisible();
	await expect(
		page.getByText('Row 5: “2026-11-31” in Day is not a day in the chosen format.')
	).toBeVisible();
	await expect(page.getByRole('button', { name: /^Import \d+ values$/ })).toHaveCount(0);
	await expectNoAxeViolations(page);
	expect(await values('sessions')).toEqual([]);

	await upload(page, 'shopify-sessions.csv');
	await page.getByRole('button', { name: 'Preview', exact: true }).click();
	await expect(page.getByText('Recognised as: Shopify sessions over time.')).toBeAttached();
	await expect(page.getByText('14 new values, 0 changed, 0 unchanged.')).toBeVisible();
	await page.getByRole('button', { name: 'Import 14 values' }).click();
	await expect(page.getByText('Imported: 14 new values and 0 changed.')).toBeVisible();
	await expectNoAxeViolations(page);
	expect(await values('sessions')).toHaveLength(7);
	expect((await values('visitors'))[0]).toBe('2026-11-01=1204');

	await page.goto(`${dash()}/import`);
	await upload(page, 'shopify-sessions.csv');
	await page.getByRole('button', { name: 'Preview', exact: true }).click();
	await expect(page.getByText('0 new values, 0 changed, 14 unchanged.')).toBeVisible();
	await expect(
		page.getByText('importing it would change nothing, so no import is recorded.', { exact: false })
	).toBeVisible();
	await expect(page.getByText('This same file was imported on', { exact: false })).toBeVisible();
	await expect(page.getByRole('button', { name: /^Import \d+ values$/ })).toHaveCount(0);

	const history = page.getByRole('table', { name: 'Imports of this brand, newest first' });
	await expect(history.getByRole('row')).toHaveCount(2);
	await history.getByRole('link', { name: 'shopify-sessions.csv' }).click();
	page.once('dialog', (dialog) => dialog.accept());
	await page.getByRole('button', { name: 'Undo import' }).click();
	await expect(page.getByText('Undone: 14 values put back.')).toBeVisible();
	await expect(page.getByText('It cannot be undone again.', { exact: false })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Undo import' })).toHaveCount(0);
	expect(await values('sessions')).toEqual([]);
	expect(await values('visitors')).toEqual([]);
	await expectNoAxeViolations(page);
});

test('import: unknown headers go through column matching', async ({
	page,
	owner,
	dash,
	values
}) => {
	await signIn(page, owner.email);
	await page.goto(`${dash()}/import`);
	await upload(page, 'unknown-headers.csv');
	await page.getByRole('button', { name: 'Preview', exact: true }).click();
	await expect(page.getByText('Match the columns')).toBeVisible();
	await expect(page.getByLabel('Date column')).toHaveValue('0');
	await expect(page.getByLabel('Date format')).toHaveValue('mdy');
	await expectNoAxeViolations(page);
	await page
		.getByLabel('Column “Community size” feeds')
		.selectOption({ label: 'Email subscribers · Email newsletter' });
	await page.getByRole('button', { name: 'Preview with these columns' }).click();
	await expect(page.getByText('3 new values, 0 changed, 0 unchanged.')).toBeVisible();
	await expect(
		page.getByText('Community size → Email subscribers · Email newsletter')
	).toBeVisible();
	await page.getByRole('button', { name: 'Import 3 values' }).click();
	await expect(page.getByText('Imported: 3 new values and 0 changed.')).toBeVisible();
	expect(await values('email_subscribers')).toEqual([
		'2026-11-01=812',
		'2026-11-02=818',
		'2026-11-03=825',
		'2026-11-29=4600'
	]);
});

test('a viewer sees no controls and a forged post is refused', async ({
	page,
	viewer,
	brandId,
	dash,
	values,
	client: db
}) => {
	await signIn(page, viewer.email);
	await page.goto(`${dash()}/metrics`);
	await expect(page.getByRole('heading', { name: 'Metrics', level: 1 })).toBeVisible();
	for (const name of ['Add suggested metrics', 'Add metric', /^Delete/, /^Save/]) {
		await expect(page.getByRole('button', { name })).toHaveCount(0);
	}
	await page.goto(`${dash()}/entry?week=2026-11-23`);
	await expect(page.getByText('You can read these values', { exact: false })).toBeVisible();
	await expect(page.getByRole('textbox', { name: / on Sunday, / })).toHaveCount(0);
	await expect(page.getByRole('cell', { name: '4600' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Save week' })).toHaveCount(0);
	await page.goto(`${dash()}/import`);
	await expect(page.getByText('Editors and owners import data.', { exact: false })).toBeVisible();
	await expect(page.getByLabel('CSV file')).toHaveCount(0);
	await expectNoAxeViolations(page);
	const metric = await db.execute({
		sql: "SELECT id FROM metrics WHERE brand_id = ? AND kind = 'sessions'",
		args: [brandId]
	});
	const id = String(metric.rows[0].id);
	const forged: [string, Record<string, string>][] = [
		[`${dash()}/metrics?/suggest`, {}],
		[`${dash()}/metrics?/delete`, { metricId: id }],
		[`${dash()}/entry?/save`, { week: '2026-11-23', key: `${id}|2026-11-23||`, value: '5' }]
	];
	for (const [url, form] of forged) {
		expect((await viewer.api.post(url, { form })).status(), url).toBe(403);
	}
	expect(await values('sessions')).toEqual([]);
});

test('the entry journey in Chinese', async ({ page, owner, dash, values }) => {
	await signIn(page, owner.email);
	await page.goto(`${dash()}/entry?week=2026-11-23`);
	await page.getByRole('button', { name: '中文' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.getByRole('heading', { name: '每周录入', level: 1 })).toBeVisible();
	await expectNoAxeViolations(page);
	const cell = page.getByLabel(/^独立站：访客，11月28日/);
	await cell.fill('-3');
	await page.getByRole('button', { name: '保存本周' }).click();
	await expect(page.getByText('有 1 个单元格需要修改，未保存任何内容。')).toBeVisible();
	await expect(page.getByText('不能为负数。')).toBeVisible();
	await cell.fill('1 234');
	await page.getByRole('button', { name: '保存本周' }).click();
	await expect(page.getByText('已保存 1 个数值。')).toBeVisible();
	expect(await values('visitors')).toEqual(['2026-11-28=1234']);
	await page.goto(`${dash()}/import`);
	await expect(page.getByRole('heading', { name: '导入受众数据', level: 1 })).toBeVisible();
	await expectNoAxeViolations(page);
});
