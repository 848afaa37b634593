import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Page } from '@playwright/test';
import { snapshot } from '../support/database';
import { test as roles } from '../support/roles';
import { expect, expectNoAxeViolations, signIn } from '../support/support';

// One workspace whose directory the journeys fill in order: a bad file, the fixed one, the same
// one again, a Chinese GBK file, then the export read back.
type Fixtures = {
	/** A workspace's creator import page (the owner's unless told). */
	importPath: (workspaceId?: string) => string;
	/** A workspace's creators and profiles, one line each (the owner's unless told). */
	directory: (workspaceId?: string) => Promise<string[]>;
};
const test = roles.extend<Fixtures>({
	importPath: async ({ owner }, use) => {
		await use((workspaceId = owner.workspaceId) => `/w/${workspaceId}/creators/import`);
	},
	directory: async ({ owner, client }, use) => {
		await use(async (workspaceId = owner.workspaceId) => {
			const rs = await client.execute({
				sql: `SELECT c.name, c.total_followers AS total, p.platform, p.handle_key AS handle
			FROM creators c LEFT JOIN creator_profiles p ON p.creator_id = c.id
			WHERE c.workspace_id = ? ORDER BY c.name, p.position`,
				args: [workspaceId]
			});
			return rs.rows.map((r) => `${r.name} ${r.platform ?? '-'}:${r.handle ?? '-'} (${r.total})`);
		});
	}
});
test.use({
	names: { owner: 'Creator importer', viewer: 'Creator viewer', outsider: 'Second workspace' }
});
test.describe.configure({ mode: 'serial', timeout: 90_000 });

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures', name));
const upload = (p: Page, label: string, name: string, buffer: Buffer) =>
	p.getByLabel(label).setInputFiles({ name, mimeType: 'text/csv', buffer });

test('a file with bad rows saves nothing; the fixed file imports once; the same file again adds nothing', async ({
	page: p,
	owner,
	importPath,
	directory,
	client: db
}) => {
	await signIn(p, owner.email);
	await p.goto(importPath());
	await expect(p.getByRole('heading', { name: 'Import creators from a CSV file' })).toBeVisible();
	await expectNoAxeViolations(p);

	const before = await snapshot(db);
	await upload(p, 'CSV file', 'outreach.csv', fixture('creators-malformed.csv'));
	await p.getByRole('button', { name: 'Preview' }).click();
	await expect(p.getByText('Rows with problems: 5.')).toBeVisible();
	await expect(
		p.getByText('Row 2, column “followers”: “lots” is not a count.', { exact: false })
	).toBeVisible();
	await expect(
		p.getByText('Row 3, column “name”: the name is empty.', { exact: false })
	).toBeVisible();
	await expect(
		p.getByText(
			/^Row 4, column “platform”: “Myspace” is not a platform we know\. Use one of: Xiaohongshu \(RED\), Douyin, TikTok/
		)
	).toBeVisible();
	await expect(
		p.getByText(
			'Row 5, column “handle”: the account “@AvaStone” is already on row 2. Each account may appear once: remove one of the rows.'
		)
	).toBeVisible();
	await expect(p.getByRole('button', { name: /^Import \d+ new creators/ })).toHaveCount(0);
	await expect(p.getByText('The import button appears once every row is fixed.')).toBeVisible();
	await expectNoAxeViolations(p);
	expect(await snapshot(db)).toEqual(before);

	// Modash-like export: no platform column (read from the links), Avg likes left out.
	await upload(p, 'CSV file', 'modash.csv', fixture('creators-modash.csv'));
	await p.getByRole('button', { name: 'Preview' }).click();
	await expect(
		p.getByText(
			'No problems found. New creators: 4; new profiles: 5; already in your directory: 0.',
			{ exact: false }
		)
	).toBeVisible();
	await expect(p.getByText('Columns not imported: Avg likes.')).toBeVisible();
	const table = p.getByRole('table', { name: 'Preview of every row in the file' });
	await expect(table.getByRole('row')).toHaveCount(6);
	await expect(table.getByRole('row', { name: /yogawithjen/ })).toContainText('1,200,000');
	await expect(table.getByRole('row', { name: /yogawithjen/ })).toContainText('TikTok');
	await expectNoAxeViolations(p);
	expect(await snapshot(db)).toEqual(before);

	const sent = {
		csv: await p.locator('input[name="csv"]').inputValue(),
		token: await p.locator('input[name="token"]').inputValue()
	};
	await p.getByRole('button', { name: 'Import 4 new creators and 5 new profiles' }).click();
	await expect(p.getByText('Imported 4 new creators and 5 new profiles.')).toBeVisible();
	await expect(p.getByRole('link', { name: 'Open the creator directory' })).toHaveAttribute(
		'href',
		`/w/${owner.workspaceId}/creators`
	);
	await expectNoAxeViolations(p);
	const imported = [
		'Jen Park tiktok:yogawithjen (1286400)',
		'Jen Park instagram:jenparkyoga (1286400)',
		'Lena Vogel tiktok:mamaflow.de (19800)',
		'Mia Chen instagram:mia.moves (48200)',
		'Priya Nair youtube:bumpandbreathe (230000)'
	];
	expect(await directory()).toEqual(imported);

	// The same confirmation again (a double click, a resent form): nothing is added twice.
	const again = await p.request.post(`${importPath()}?/confirm`, {
		multipart: sent,
		headers: { origin: new URL(p.url()).origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(again.status()).toBe(303);
	expect(again.headers()['location']).toMatch(/\?batch=[a-z2-7]{8}&again$/);
	expect(await directory()).toEqual(imported);

	// A new upload of the same file: every row is already there, and there is nothing to confirm.
	await p.getByRole('link', { name: 'Import another file' }).click();
	const settled = await snapshot(db);
	await upload(p, 'CSV file', 'modash.csv', fixture('creators-modash.csv'));
	await p.getByRole('button', { name: 'Preview' }).click();
	await expect(
		p.getByText('Every row is already in your directory, so there is nothing new to import.')
	).toBeVisible();
	await expect(table.getByText(/^Already in your directory \(“.+”\) — skipped$/)).toHaveCount(5);
	await expect(table.getByRole('row', { name: /jenparkyoga/ })).toContainText(
		'Already in your directory (“Jen Park”) — skipped'
	);
	await expect(p.getByRole('button', { name: /^Import/ })).toHaveCount(0);
	await expectNoAxeViolations(p);
	expect(await snapshot(db)).toEqual(settled);
});

test('in Chinese, a GBK file with Chinese headers shows its problems in Chinese; fixed, it imports', async ({
	page: p,
	owner,
	importPath,
	directory,
	client: db
}) => {
	await signIn(p, owner.email);
	await p.goto(importPath());
	await p.getByRole('button', { name: '中文' }).click();
	await expect(p.getByRole('heading', { name: '从 CSV 文件导入达人' })).toBeVisible();
	const gbk = fixture('creators-gbk.csv');
	await upload(p, 'CSV 文件', '达人.csv', gbk);
	await p.getByRole('button', { name: '预览' }).click();
	await expect(
		p.getByText('第 4 行，“粉丝数”列：“很多”不是数量。请写成 12300、12,300、12.3k、1.2M 或 1.2万。')
	).toBeVisible();
	await p.getByLabel('只显示有问题的行').check();
	const table = p.getByRole('table', { name: '文件中每一行的预览' });
	await expect(table.getByRole('row')).toHaveCount(2);
	await expect(p.getByRole('button', { name: /^导入/ })).toHaveCount(0);
	await expectNoAxeViolations(p);

	// Fixed by pasting the corrected text instead.
	const fixed = new TextDecoder('gb18030').decode(gbk).replace('很多', '5.6万');
	await p.getByLabel('……或粘贴 CSV 文本').fill(fixed);
	await p.getByRole('button', { name: '预览' }).click();
	await expect(
		p.getByText('没有发现问题。新达人：3；新账号：4；达人库中已有：0。', { exact: false })
	).toBeVisible();
	await expect(table.getByRole('row', { name: /bigdogdiary_dy/ })).toContainText('抖音');
	await expect(table.getByRole('row', { name: /金毛阿福/ })).toContainText('56,000');
	await expectNoAxeViolations(p);
	await p.getByRole('button', { name: '导入 3 位新达人和 4 个新账号' }).click();
	await expect(p.getByText('已导入 3 位新达人和 4 个新账号。')).toBeVisible();
	await expectNoAxeViolations(p);
	const stored = await db.execute({
		sql: "SELECT country, language, do_not_contact, tags FROM creators WHERE workspace_id = ? AND name IN ('大狗日记', '德国牧羊犬Max') ORDER BY name",
		args: [owner.workspaceId]
	});
	expect(stored.rows.map((r) => ({ ...r }))).toEqual([
		{ country: 'CN', language: 'zh', do_not_contact: 0, tags: '["大型犬","咀嚼玩具"]' },
		{ country: 'DE', language: 'de', do_not_contact: 1, tags: '[]' }
	]);
	expect((await directory()).filter((line) => line.startsWith('金毛阿福'))).toEqual([
		'金毛阿福 bilibili:12345678 (56000)'
	]);
	await p.getByRole('button', { name: 'English' }).click();
});

test('the export downloads a dated file that the import reads back, here and in a new workspace', async ({
	page: p,
	browser,
	outsider: other,
	owner,
	importPath,
	directory,
	client: db
}) => {
	await signIn(p, owner.email);
	await p.goto(importPath());
	const url = `/w/${owner.workspaceId}/creators/export.csv`;
	const response = await p.request.get(url);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
	expect(response.headers()['content-disposition']).toMatch(
		/^attachment; filename="[a-z0-9-]+-creators-\d{4}-\d{2}-\d{2}\.csv"/
	);
	// The export holds what the directory's filters select, here nobody.
	const none = await p.request.get(`${url}?q=nobody-is-called-this`);
	expect((await none.text()).trim().split('\n')).toHaveLength(1);
	// A real download, started by the directory's own export link.
	await p.goto(`/w/${owner.workspaceId}/creators`);
	const downloading = p.waitForEvent('download');
	await p.getByRole('link', { name: 'Export CSV' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/-creators-\d{4}-\d{2}-\d{2}\.csv$/);
	const file = readFileSync(await download.path());
	expect(file.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
	expect(file.toString('utf8')).toContain('"name","platform","handle","url","followers"');

	// Read back into the same directory: every row is already there.
	const before = await snapshot(db);
	await p.goto(importPath());
	await upload(p, 'CSV file', download.suggestedFilename(), file);
	await p.getByRole('button', { name: 'Preview' }).click();
	await expect(
		p.getByText('Every row is already in your directory, so there is nothing new to import.')
	).toBeVisible();
	expect(await snapshot(db)).toEqual(before);

	// …and into a new workspace: the same creators and profiles.
	const context = await browser.newContext();
	const q = await context.newPage();
	await signIn(q, other.email);
	await q.goto(importPath(other.workspaceId));
	await upload(q, 'CSV file', download.suggestedFilename(), file);
	await q.getByRole('button', { name: 'Preview' }).click();
	await q.getByRole('button', { name: 'Import 7 new creators and 9 new profiles' }).click();
	await expect(q.getByText('Imported 7 new creators and 9 new profiles.')).toBeVisible();
	expect(await directory(other.workspaceId)).toEqual(await directory());
	await context.close();
});

test('the whole import works without JavaScript', async ({
	browser,
	owner,
	importPath,
	directory
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const p = await context.newPage();
	await signIn(p, owner.email);
	await p.goto(importPath());
	await p.getByLabel('…or paste the CSV text').fill('Name;Platform;Handle\nNo Script;YT;@noscript');
	await p.getByRole('button', { name: 'Preview' }).click();
	await expect(p.getByText('New creators: 1; new profiles: 1', { exact: false })).toBeVisible();
	await p.getByRole('button', { name: 'Import 1 new creators and 1 new profiles' }).click();
	await expect(p.getByText('Imported 1 new creators and 1 new profiles.')).toBeVisible();
	expect((await directory()).filter((line) => line.startsWith('No Script'))).toEqual([
		'No Script youtube:noscript (0)'
	]);
	await context.close();
});

test('a viewer reads a note instead of the form, may export, and cannot import', async ({
	viewer,
	page: p,
	owner,
	importPath,
	client: db
}) => {
	const before = await snapshot(db);
	const view = await viewer.api.get(importPath());
	expect(view.status()).toBe(200);
	const html = await view.text();
	expect(html).toContain('Viewers can read the creator directory but cannot import into it.');
	expect(html).not.toContain('type="file"');
	const clean = 'name,platform,handle\r\nSneaky,tiktok,sneaky';
	for (const action of ['preview', 'confirm']) {
		const response = await viewer.api.post(`${importPath()}?/${action}`, {
			multipart: { csv: clean, text: clean, token: 'a'.repeat(32) },
			maxRedirects: 0
		});
		expect(response.status(), action).toBe(403);
	}
	const exported = await viewer.api.get(`/w/${owner.workspaceId}/creators/export.csv`);
	expect(exported.status()).toBe(200);
	expect(await exported.text()).toContain('Jen Park');
	expect(await snapshot(db)).toEqual(before);

	await p.context().clearCookies();
	await signIn(p, viewer.email);
	await p.goto(importPath());
	await expect(p.getByText('Viewers can read the creator directory')).toBeVisible();
	await expectNoAxeViolations(p);
});
