import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Page } from '@playwright/test';
import { createPersona } from '../../src/lib/server/queries/personas';
import { createPillar } from '../../src/lib/server/queries/pillars';
import { makeChannel, personaInput, pillarInput } from '../../src/lib/server/testing/factories';
import { snapshot } from '../support/database';
import { test as roles } from '../support/roles';
import { createBrand, expect, expectNoAxeViolations, signIn } from '../support/support';

// One brand with an Instagram channel in New York and a Xiaohongshu channel in Shanghai,
// arranged through code; the journeys import into it in order.
const test = roles.extend<{ brandId: string; path: string; itemTitles: () => Promise<string[]> }>({
	brandId: async ({ once, owner, db }, use) => {
		const brandId = once('brandId', async () => {
			const brandId = await createBrand(owner, {
				name: 'Bump & Bloom',
				marketTimeZone: 'America/New_York'
			});
			await makeChannel(db, brandId, 'instagram', { label: 'IG US', timeZone: 'America/New_York' });
			await makeChannel(db, brandId, 'xiaohongshu', { timeZone: 'Asia/Shanghai' });
			await createPillar(db, brandId, pillarInput({ name: 'How-to', targetShare: 50 }));
			await createPersona(db, brandId, personaInput({ name: 'Expecting Emma' }));
			return brandId;
		});
		await use(await brandId);
	},
	/** The brand's import page. */
	path: async ({ owner, brandId }, use) => {
		await use(`/w/${owner.workspaceId}/brands/${brandId}/calendar/import`);
	},
	/** The titles of the brand's items, in order. */
	itemTitles: async ({ client, brandId }, use) => {
		await use(async () =>
			(
				await client.execute({
					sql: 'SELECT title FROM content_items WHERE brand_id = ? ORDER BY title',
					args: [brandId]
				})
			).rows.map((r) => String(r.title))
		);
	}
});
test.use({ names: { owner: 'Importer', viewer: 'Import viewer' } });
test.describe.configure({ mode: 'serial', timeout: 90_000 });

const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
const upload = (p: Page, label: string, name: string, buffer: Buffer) =>
	p.getByLabel(label).setInputFiles({ name, mimeType: 'text/csv', buffer });

test('a file with a bad row is previewed with the error and saves nothing; fixed, it imports once', async ({
	page: p,
	owner,
	brandId,
	path,
	client: db,
	itemTitles
}) => {
	await signIn(p, owner.email);
	await p.goto(path);
	await expect(p.getByRole('heading', { name: 'Import items from a CSV file' })).toBeVisible();
	await expectNoAxeViolations(p);

	const header = 'Title,Date,Time,Channel,Status,Pillar,Persona,Caption';
	const good = [
		'Unboxing the travel mat,2026-12-01,9:00 AM,IG US,Draft,How-to,Expecting Emma,"Line one\nline two"',
		"Third-trimester stretches,2026/12/3,18:30,instagram,scheduled,,,'=not a formula"
	];
	const before = await snapshot(db);
	await upload(
		p,
		'CSV file',
		'plan.csv',
		csv([header, good[0], 'Breathing for two,31/12/2026,09:00,IG US,Draft,,,', good[1]])
	);
	await p.getByRole('button', { name: 'Preview' }).click();
	const problem = p.getByText(
		'Row 3, column “Date”: “31/12/2026” is not a date. Write it as 2026-12-01 or 2026/12/1.'
	);
	await expect(problem).toBeVisible();
	await expect(p.getByText('Rows with problems: 1.')).toBeVisible();
	await expect(p.getByRole('button', { name: /^Import \d+ items$/ })).toHaveCount(0);
	await expect(p.getByText('The import button appears once every row is fixed.')).toBeVisible();
	await expectNoAxeViolations(p);
	expect(await snapshot(db)).toEqual(before);

	// Fixed in the spreadsheet and uploaded again: a clean preview with the values as read.
	await upload(
		p,
		'CSV file',
		'plan.csv',
		csv([header, good[0], 'Breathing for two,2026-12-02,09:00,IG US,Draft,,,', good[1]])
	);
	await p.getByRole('button', { name: 'Preview' }).click();
	await expect(p.getByText('No problems found.', { exact: false })).toBeVisible();
	const table = p.getByRole('table', { name: 'Preview of every row in the file' });
	await expect(table.getByRole('row')).toHaveCount(4);
	await expect(table.getByRole('row', { name: /Unboxing the travel mat/ })).toContainText(
		'2026-12-01 09:00 (New York)'
	);
	await expect(table.getByRole('row', { name: /Unboxing/ })).toContainText('Expecting Emma');
	await expectNoAxeViolations(p);
	expect(await snapshot(db)).toEqual(before);

	// Keep what the confirm form sends, to send it a second time afterwards.
	const sent = {
		csv: await p.locator('input[name="csv"]').inputValue(),
		token: await p.locator('input[name="token"]').inputValue()
	};
	await p.getByRole('button', { name: 'Import 3 items' }).click();
	await expect(p.getByText('Items imported: 3.')).toBeVisible();
	await expectNoAxeViolations(p);
	expect(await itemTitles()).toEqual([
		'Breathing for two',
		'Third-trimester stretches',
		'Unboxing the travel mat'
	]);
	const formula = await db.execute({
		sql: 'SELECT caption FROM content_items WHERE brand_id = ? AND title = ?',
		args: [brandId, 'Third-trimester stretches']
	});
	expect(formula.rows[0].caption).toBe('=not a formula');

	await p.getByRole('link', { name: /Open the week of/ }).click();
	await expect(p).toHaveURL(/calendar\?week=2026-12-01/);
	for (const title of [
		'Unboxing the travel mat',
		'Breathing for two',
		'Third-trimester stretches'
	]) {
		await expect(p.getByRole('link', { name: title })).toBeVisible();
	}

	// The same confirmation again (a double click, a resent form): nothing is added twice.
	const again = await p.request.post(`${path}?/confirm`, {
		multipart: sent,
		headers: { origin: new URL(p.url()).origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(again.status()).toBe(303);
	expect(again.headers()['location']).toMatch(/\?batch=[a-z2-7]{8}&again$/);
	expect(await itemTitles()).toHaveLength(3);
	await p.goto(again.headers()['location']);
	await expect(
		p.getByText('This file was already imported, so nothing was added twice.')
	).toBeVisible();
});

test('in Chinese, with Chinese headers from a GBK file, errors are in Chinese', async ({
	page: p,
	owner,
	brandId,
	path,
	client: db
}) => {
	await signIn(p, owner.email);
	await p.goto(path);
	await p.getByRole('button', { name: '中文' }).click();
	await expect(p.getByRole('heading', { name: '从 CSV 文件导入内容' })).toBeVisible();
	const gbk = readFileSync(join(import.meta.dirname, '../fixtures', 'import-gbk.csv'));
	await upload(p, 'CSV 文件', '计划.csv', gbk);
	await p.getByRole('button', { name: '预览' }).click();
	await expect(
		p.getByText('第 3 行，“日期”列：“2026-12-33”不是日期。请写成 2026-12-01 或 2026/12/1。')
	).toBeVisible();
	await expect(p.getByRole('button', { name: /^导入/ })).toHaveCount(0);
	await expectNoAxeViolations(p);

	// Fixed by pasting the corrected text instead.
	await p
		.getByLabel('……或粘贴 CSV 文本')
		.fill(
			'标题,日期,时间,渠道,格式,状态,内容支柱,人群画像\n' +
				'孕期瑜伽垫开箱,2026/12/2,20:00,小红书,短视频,草稿,How-to,Expecting Emma\n' +
				'孕晚期拉伸,2026-12-03,下午9:00,小红书,图文轮播,想法,,'
		);
	await p.getByRole('button', { name: '预览' }).click();
	await expect(p.getByText('没有发现问题。', { exact: false })).toBeVisible();
	const table = p.getByRole('table', { name: '文件中每一行的预览' });
	await expect(table.getByRole('row', { name: /孕期瑜伽垫开箱/ })).toContainText('短视频');
	await expect(table.getByRole('row', { name: /孕晚期拉伸/ })).toContainText('21:00 (Shanghai)');
	await expectNoAxeViolations(p);
	await p.getByRole('button', { name: '导入 2 条内容' }).click();
	await expect(p.getByText('已导入 2 条内容。')).toBeVisible();
	const stored = await db.execute({
		sql: 'SELECT scheduled_time, time_zone, format FROM content_items WHERE brand_id = ? AND title = ?',
		args: [brandId, '孕晚期拉伸']
	});
	expect(stored.rows[0]).toMatchObject({
		scheduled_time: '21:00',
		time_zone: 'Asia/Shanghai',
		format: 'carousel'
	});
	await p.getByRole('button', { name: 'English' }).click();
});

test('the whole import works without JavaScript', async ({
	browser,
	owner,
	brandId,
	path,
	client: db
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const p = await context.newPage();
	await signIn(p, owner.email);
	await p.goto(path);
	await upload(
		p,
		'CSV file',
		'ideas.csv',
		csv(['title;brief', 'Mat care tips;"For week 2; short"'])
	);
	await p.getByRole('button', { name: 'Preview' }).click();
	await expect(p.getByText('No problems found.', { exact: false })).toBeVisible();
	await p.getByRole('button', { name: 'Import 1 items' }).click();
	await expect(p.getByText('Items imported: 1.')).toBeVisible();
	await expect(p.getByText('They have no dates, so they are in the ideas tray')).toBeVisible();
	const idea = await db.execute({
		sql: 'SELECT brief, scheduled_date FROM content_items WHERE brand_id = ? AND title = ?',
		args: [brandId, 'Mat care tips']
	});
	expect(idea.rows[0]).toMatchObject({ brief: 'For week 2; short', scheduled_date: null });
	await context.close();
});

test('a viewer reads a note instead of the form, and cannot import', async ({
	viewer,
	path,
	client: db
}) => {
	const before = await snapshot(db);
	const view = await viewer.api.get(path);
	expect(view.status()).toBe(200);
	const html = await view.text();
	expect(html).toContain('Viewers can read the calendar but cannot import into it.');
	expect(html).not.toContain('type="file"');
	for (const action of ['preview', 'confirm']) {
		const response = await viewer.api.post(`${path}?/${action}`, {
			multipart: { csv: 'title\r\nSneaky', text: 'title\r\nSneaky', token: 'a'.repeat(32) },
			maxRedirects: 0
		});
		expect(response.status(), action).toBe(403);
	}
	expect(await snapshot(db)).toEqual(before);
});
