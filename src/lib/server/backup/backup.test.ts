import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { eq, like } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { contentItems } from '../db/schema';
import { openDatabase, prepareDatabase } from '../db/client';
import { freePort } from '../../../../scripts/sqld.js';
import { createTestDatabase, itemInput, makeItem, makeUserWithBrand } from '../testing';
import { backupDatabase, integrityProblems } from './backup.js';
import { restoreDatabase } from './restore.js';
import { runScript } from './run-script';
import { newId } from '../db/ids';

const dirs: string[] = [];
function tempDir() {
	const dir = mkdtempSync(join(tmpdir(), 'freehold-backup-'));
	dirs.push(dir);
	return dir;
}
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function until(condition: () => boolean, timeoutMs = 10_000) {
	const end = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > end) throw new Error('timed out');
		await new Promise((r) => setTimeout(r, 5));
	}
}

/** The `load <n>` numbers in a database file, in order. */
async function loadNumbers(path: string) {
	const client = createClient({ url: `file:${path}` });
	try {
		const { rows } = await client.execute(
			"SELECT title FROM content_items WHERE title LIKE 'load %'"
		);
		return rows.map((row) => Number(String(row.title).slice('load '.length))).sort((a, b) => a - b);
	} finally {
		client.close();
	}
}

// Under `npm run test:sqld` the test database is a libSQL server and the backup is its dump;
// otherwise it is a file copied by VACUUM INTO. Either way the restore goes into a file.
describe(`backup under a write load, then restore (${process.env.FREEHOLD_TEST_DATABASE === 'sqld' ? 'sqld dump' : 'file'})`, () => {
	it('keeps every write acknowledged before the backup started, and restores a sound file', async () => {
		const database = await createTestDatabase();
		const dir = tempDir();
		try {
			const { db } = database;
			const { brandId } = await makeUserWithBrand(db);
			// A body of data, so that the copy takes a while: 2,000 items with 2 KB briefs.
			const brief = 'b'.repeat(2_000);
			for (let chunk = 0; chunk < 4; chunk++) {
				await db.insert(contentItems).values(
					Array.from({ length: 500 }, (_, i) => ({
						...itemInput({ title: `bulk ${chunk}-${i}`, brief }),
						id: newId(),
						brandId
					}))
				);
			}

			const acknowledged: number[] = [];
			let stop = false;
			const writer = (async () => {
				for (let n = 0; !stop; n++) {
					await makeItem(db, brandId, { title: `load ${n}` });
					acknowledged.push(n);
					// The embedded driver answers without leaving the event loop; a server takes
					// turns between requests the same way.
					await new Promise((r) => setImmediate(r));
				}
			})();
			await until(() => acknowledged.length >= 20);
			const beforeBackup = acknowledged.length;
			const backupPath = join(dir, 'during-load.backup');
			const result = await runScript('backup.js', [backupPath], {
				DATABASE_URL: database.url,
				DATABASE_AUTH_TOKEN: ''
			});
			const whileBackingUp = acknowledged.length - beforeBackup;
			await until(() => acknowledged.length >= beforeBackup + whileBackingUp + 10);
			stop = true;
			await writer;

			expect(result.stderr).toBe('');
			expect(result.code).toBe(0);
			expect(result.stdout).toContain(backupPath);
			// The app was not stopped: writes went on while the backup ran.
			expect(whileBackingUp).toBeGreaterThan(0);
			expect(statSync(backupPath).mode & 0o777).toBe(0o600);

			const target = join(dir, 'restored.db');
			const restored = await restoreDatabase({ url: `file:${target}`, from: backupPath });
			expect(restored).toMatchObject({ ok: true, restored: target, kept: undefined });
			expect(await integrityProblems(target)).toEqual([]);

			const present = await loadNumbers(target);
			// Every write acknowledged before the backup started is there …
			for (let n = 0; n < beforeBackup; n++) expect(present[n]).toBe(n);
			// … and the copy is one instant of the database: writes in order, none skipped.
			expect(present).toEqual(present.map((_, i) => i));
			expect(present.length).toBeLessThanOrEqual(acknowledged.length);
			expect(statSync(target).mode & 0o777).toBe(0o600);

			// The app opens what was restored: migrations are applied and the data reads back.
			const app = openDatabase(`file:${target}`);
			await prepareDatabase(app);
			const bulk = await app.db
				.select({ id: contentItems.id })
				.from(contentItems)
				.where(like(contentItems.title, 'bulk %'));
			expect(bulk).toHaveLength(2_000);
			const [one] = await app.db
				.select({ brief: contentItems.brief })
				.from(contentItems)
				.where(eq(contentItems.title, 'bulk 3-499'));
			expect(one.brief).toBe(brief);
			app.client.close();
		} finally {
			database.cleanup();
		}
	}, 60_000);
});

describe('backupDatabase', () => {
	it('names a file by the UTC time in the backup folder, and never overwrites one', async () => {
		const database = await createTestDatabase();
		const dir = tempDir();
		try {
			const now = new Date('2026-12-07T23:04:05.678Z');
			const first = await backupDatabase({ url: database.url, dir: join(dir, 'made'), now });
			const extension = database.url.startsWith('file:') ? 'db' : 'sql';
			const expected = join(dir, 'made', `freehold-2026-12-07T230405Z.${extension}`);
			expect(first).toMatchObject({ ok: true, path: expected });
			// The folder made for backups is private too.
			expect(statSync(join(dir, 'made')).mode & 0o777).toBe(0o700);
			const bytes = statSync(expected).size;

			const again = await backupDatabase({ url: database.url, dir: join(dir, 'made'), now });
			expect(again).toMatchObject({ ok: false, reason: 'exists' });
			expect(statSync(expected).size).toBe(bytes);

			writeFileSync(join(dir, 'taken.db'), 'mine');
			const taken = await backupDatabase({ url: database.url, out: join(dir, 'taken.db') });
			expect(taken).toMatchObject({ ok: false, reason: 'exists' });
		} finally {
			database.cleanup();
		}
	});

	it('refuses a file database that is not there, and creates none', async () => {
		const dir = tempDir();
		const missing = join(dir, 'nothing.db');
		const result = await backupDatabase({ url: `file:${missing}`, dir });
		expect(result).toMatchObject({ ok: false, reason: 'no-database' });
		expect(existsSync(missing)).toBe(false);
	});

	it('says when a database server cannot be reached, and leaves no partial file', async () => {
		const dir = tempDir();
		const port = await freePort();
		const result = await backupDatabase({
			url: `libsql://127.0.0.1:${port}?tls=0`,
			out: join(dir, 'x.sql')
		});
		expect(result).toMatchObject({ ok: false, reason: 'unreachable' });
		expect(existsSync(join(dir, 'x.sql'))).toBe(false);
		expect(existsSync(join(dir, `x.sql.partial-${process.pid}`))).toBe(false);
	});

	it('refuses a URL it cannot read', async () => {
		const result = await backupDatabase({ url: 'postgres://db/freehold', dir: tempDir() });
		expect(result).toMatchObject({ ok: false, reason: 'bad-url' });
	});
});
