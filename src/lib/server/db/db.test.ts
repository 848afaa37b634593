import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '@libsql/client';
import { sql } from 'drizzle-orm';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUSY_TIMEOUT_MS, WRITE_WAIT_MS, openDatabase, prepareDatabase } from './client';
import { createTestDatabase } from '../testing';

let t: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(() => t.cleanup());

async function pragma(name: string) {
	const rs = await t.client.execute(`PRAGMA ${name}`);
	return Object.values(rs.rows[0])[0];
}

describe('database settings', () => {
	it('wait for a lock in SQLite at most 100 ms (it blocks the event loop)', () => {
		expect(BUSY_TIMEOUT_MS).toBeLessThanOrEqual(100);
	});

	it('hold on the connection a transaction opens and on the ones after it', async () => {
		const tx = await t.client.transaction('write');
		const inTx = await tx.execute('PRAGMA foreign_keys');
		expect(Object.values(inTx.rows[0])[0]).toBe(1);
		const busy = await tx.execute('PRAGMA busy_timeout');
		expect(Object.values(busy.rows[0])[0]).toBe(BUSY_TIMEOUT_MS);
		// A read while the transaction holds its connection is served by another one.
		expect(await pragma('foreign_keys')).toBe(1);
		await tx.commit();
		expect(await pragma('foreign_keys')).toBe(1);
		expect(await pragma('busy_timeout')).toBe(BUSY_TIMEOUT_MS);
		expect(await pragma('journal_mode')).toBe('wal');
	});

	it('enforces foreign keys inside a drizzle transaction', async () => {
		const failure = await t.db
			.transaction(async (tx) => {
				await tx.run(
					sql`INSERT INTO memberships (workspace_id, user_id, role) VALUES ('nope', 'nobody', 'owner')`
				);
			})
			.then(
				() => null,
				(e: Error) => e
			);
		expect(String(failure?.cause)).toMatch(/FOREIGN KEY/);
	});

	it('runs overlapping transactions one after another, even when one fails', async () => {
		const started = Date.now();
		const results = await Promise.allSettled([
			t.db.transaction(async (tx) => {
				await tx.run(sql`SELECT 1`);
				throw new Error('rolled back on purpose');
			}),
			t.db.transaction(async (tx) => (await tx.run(sql`SELECT 2 AS n`)).rows[0].n)
		]);
		expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled']);
		expect(results[1]).toMatchObject({ value: 2 });
		// Waiting in SQLite's busy handler instead would freeze the process, then fail as busy.
		expect(Date.now() - started).toBeLessThan(WRITE_WAIT_MS);
	});

	it('begins drizzle transactions as write transactions, so a read-then-write never meets a stale snapshot', async () => {
		// BEGIN IMMEDIATE: the write lock is taken at the start, before the first read.
		const other = createClient({ url: t.url, timeout: 50 });
		const blocked = await t.db.transaction(async (tx) => {
			await tx.run(sql`SELECT 1`);
			return other.execute('BEGIN IMMEDIATE').then(
				() => null,
				(e: Error) => e
			);
		});
		other.close();
		expect(String(blocked)).toMatch(/database is locked/);
	});

	it('has every migration applied', async () => {
		const rs = await t.client.execute(
			"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite_%' ORDER BY name"
		);
		expect(rs.rows.map((r) => r.name)).toEqual(
			expect.arrayContaining([
				'invitations',
				'memberships',
				'rate_limits',
				'sessions',
				'users',
				'workspaces'
			])
		);
	});
});

describe('prepareDatabase', () => {
	it('applies the migrations once when several processes start on one database at once', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'freehold-race-'));
		// Each handle has its own client and write gate, as separate processes would.
		const handles = Array.from({ length: 4 }, () => openDatabase(`file:${join(dir, 'race.db')}`));
		try {
			await Promise.all(handles.map((handle) => prepareDatabase(handle)));
			const journal = JSON.parse(readFileSync('drizzle/meta/_journal.json', 'utf8')) as {
				entries: unknown[];
			};
			const applied = await handles[0].client.execute(
				'SELECT count(*) AS n FROM __drizzle_migrations'
			);
			expect(Number(applied.rows[0].n)).toBe(journal.entries.length);
			// Starting again finds nothing to do.
			await prepareDatabase(handles[1]);
			const again = await handles[0].client.execute(
				'SELECT count(*) AS n FROM __drizzle_migrations'
			);
			expect(Number(again.rows[0].n)).toBe(journal.entries.length);
		} finally {
			for (const handle of handles) handle.client.close();
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('database files', () => {
	const modeOf = (path: string) => (statSync(path).mode & 0o777).toString(8);

	it('are readable by the owner only: folder 0700, database, -wal and -shm 0600', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'freehold-modes-'));
		const folder = join(dir, 'data');
		const handle = openDatabase(`file:${join(folder, 'fresh.db')}`);
		try {
			await prepareDatabase(handle);
			await handle.client.execute(
				"INSERT INTO rate_limits (key, window_start, count) VALUES ('mode', 0, 1)"
			);
			expect(modeOf(folder)).toBe('700');
			for (const file of ['fresh.db', 'fresh.db-wal', 'fresh.db-shm']) {
				expect(modeOf(join(folder, file)), file).toBe('600');
			}
		} finally {
			handle.client.close();
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('left world-readable by an older version are made private when opened', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'freehold-modes-'));
		const path = join(dir, 'old.db');
		writeFileSync(path, '');
		chmodSync(path, 0o644);
		const handle = openDatabase(`file:${path}`);
		try {
			await prepareDatabase(handle);
			expect(modeOf(path)).toBe('600');
			expect(modeOf(`${path}-wal`)).toBe('600');
		} finally {
			handle.client.close();
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
