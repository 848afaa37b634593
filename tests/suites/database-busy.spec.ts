import { openE2eDatabase } from '../support/database';
import { ApiUser, expect, test } from '../support/support';

// While another process holds the database's write lock, a write waits (asynchronously) for about
// 5 s, then answers 503 with Retry-After in the user's language; /health keeps answering.
test.describe.configure({ mode: 'serial', timeout: 60_000 });

const db = openE2eDatabase();
let owner: ApiUser;
let chinese: ApiUser;

// Kept as beforeAll, not the role fixtures: the suite holds the server's database file from
// outside, and its people are set up around that lock.
test.beforeAll(async ({ baseURL }) => {
	owner = await ApiUser.signUp(baseURL!, 'Locked Out');
	chinese = await ApiUser.signUp(baseURL!, 'Zh Reader');
	await db.execute({
		sql: "UPDATE users SET locale = 'zh-CN' WHERE email = ?",
		args: [chinese.email]
	});
});

test.afterAll(async () => {
	await Promise.all([owner, chinese].map((u) => u?.dispose()));
	db.close();
});

const workspaceName = async () =>
	String(
		(
			await db.execute({
				sql: 'SELECT name FROM workspaces WHERE id = ?',
				args: [owner.workspaceId]
			})
		).rows[0].name
	);

test('a write while another process holds the lock answers 503 + Retry-After; /health stays fast', async () => {
	const rename = `/w/${owner.workspaceId}/settings?/rename`;
	const form = { name: 'Renamed while locked', version: '1' };
	const before = await workspaceName();
	// This test process is the other process: BEGIN IMMEDIATE on the server's database file.
	const lock = await db.transaction('write');
	let answers;
	const health: number[] = [];
	try {
		const started = Date.now();
		const writes = Promise.all([
			owner.api.post(rename, { form, maxRedirects: 0 }),
			// Anything but a page gets text, in the account's language.
			chinese.api.post(`/w/${chinese.workspaceId}/settings?/rename`, {
				form,
				maxRedirects: 0,
				headers: { accept: 'text/plain' }
			}),
			// An enhanced form reads JSON.
			owner.api.post(rename, {
				form,
				maxRedirects: 0,
				headers: { accept: 'application/json', 'x-sveltekit-action': 'true' }
			})
		]);
		while (Date.now() - started < 3_000) {
			const asked = Date.now();
			expect((await owner.api.get('/health')).status()).toBe(200);
			health.push(Date.now() - asked);
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
		answers = await writes;
		expect(Date.now() - started).toBeGreaterThan(4_000);
	} finally {
		await lock.rollback();
	}
	expect(health.length).toBeGreaterThan(3);
	expect(Math.max(...health), `health answered in ${health.join(', ')} ms`).toBeLessThan(1_000);

	const [page, text, json] = answers;
	for (const answer of answers) {
		expect(answer.status()).toBe(503);
		expect(answer.headers()['retry-after']).toBe('5');
	}
	expect(page.headers()['content-type']).toContain('text/html');
	expect(await page.text()).toContain('The database is busy with another task');
	expect(text.headers()['content-type']).toContain('text/plain');
	expect(await text.text()).toContain('数据库正忙');
	expect(await json.json()).toMatchObject({ type: 'error', error: { busy: true } });
	expect(await workspaceName()).toBe(before);

	// The lock gone, the same write goes through at once, and is there for everyone.
	const again = await owner.api.post(rename, { form, maxRedirects: 0 });
	expect(again.status()).toBeLessThan(400);
	expect(await workspaceName()).toBe('Renamed while locked');
});
