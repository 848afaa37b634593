import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, prepareDatabase } from '../db/client';
import { backupDatabase, integrityProblems } from './backup.js';
import { restoreDatabase } from './restore.js';
import { runScript } from './run-script';

const dirs: string[] = [];
function tempDir() {
	const dir = mkdtempSync(join(tmpdir(), 'freehold-restore-'));
	dirs.push(dir);
	return dir;
}
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/**
 * A migrated Freehold file in WAL mode holding one workspace, made by another process: a closed
 * @libsql/client keeps its connection (and SQLite's locks) until garbage collection, so a file
 * this process had opened would count as in use.
 */
async function makeFile(path: string, workspace: string) {
	const code = `
import { createClient } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
const client = createClient({ url: 'file:' + ${JSON.stringify(path)} });
await client.execute('PRAGMA journal_mode = WAL');
await migrate(drizzle(client), { migrationsFolder: 'drizzle' });
await client.execute({ sql: 'INSERT INTO workspaces (id, name) VALUES (?, ?)', args: [${JSON.stringify(workspace)}, ${JSON.stringify(workspace)}] });
client.close();
`;
	const child = spawn(process.execPath, ['--input-type=module', '-e', code], {
		stdio: ['ignore', 'inherit', 'inherit']
	});
	const status = await new Promise((done) => child.once('exit', done));
	if (status !== 0) throw new Error(`could not make ${path}`);
}

/** A backup as `npm run backup` writes it, of a database holding one workspace. */
async function makeBackup(path: string, workspace: string) {
	const source = join(tempDir(), 'source.db');
	await makeFile(source, workspace);
	const result = await backupDatabase({ url: `file:${source}`, out: path });
	if (!result.ok) throw new Error(result.message);
}

/** Files a restore leaves behind besides the database: kept copies and candidates. */
function leftovers(dir: string) {
	return readdirSync(dir).filter((name) => /replaced|restoring/.test(name));
}

async function workspaceNames(path: string) {
	const client = createClient({ url: `file:${path}` });
	try {
		const { rows } = await client.execute('SELECT name FROM workspaces ORDER BY name');
		return rows.map((row) => String(row.name));
	} finally {
		client.close();
	}
}

/**
 * Another process with the database open, as the app has it: WAL mode, written to, then idle.
 * With `crash`, it is killed (SIGKILL) after its writes, which leaves a -wal holding them.
 */
function holdOpen(path: string, name: string) {
	const code = `
const { createClient } = require('@libsql/client');
const c = createClient({ url: 'file:' + ${JSON.stringify(path)} });
c.execute('PRAGMA journal_mode = WAL')
	.then(() => c.execute('PRAGMA wal_autocheckpoint = 0'))
	.then(() => c.execute({ sql: "INSERT INTO workspaces (id, name) VALUES (?, ?)", args: [${JSON.stringify(name)}, ${JSON.stringify(name)}] }))
	.then(() => { process.stdout.write('ready'); setInterval(() => {}, 1000); });
`;
	const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
	const ready = new Promise<void>((done) => child.stdout.once('data', () => done()));
	const exited = new Promise<void>((done) => child.once('exit', () => done()));
	return { child, ready, stop: async () => (child.kill('SIGKILL'), await exited) };
}

describe('restoreDatabase', () => {
	it('refuses while another process has the database open, naming it, and changes nothing', async () => {
		const dir = tempDir();
		const live = join(dir, 'live.db');
		const backup = join(dir, 'backup.db');
		await makeFile(live, 'live');
		await makeBackup(backup, 'from-backup');
		const app = holdOpen(live, 'written-by-app');
		let child: ChildProcess | undefined;
		try {
			await app.ready;
			child = app.child;
			const refused = await restoreDatabase({ url: `file:${live}`, from: backup });
			expect(refused).toMatchObject({ ok: false, reason: 'in-use' });
			expect(refused.ok === false && refused.message).toContain(`process ${child.pid}`);
			// Nothing moved: no kept copy, no leftover candidate.
			expect(leftovers(dir)).toEqual([]);
		} finally {
			await app.stop();
		}
		expect(await workspaceNames(live)).toEqual(['live', 'written-by-app']);
	});

	it('refuses while a connection in its own process holds the database (SQLite lock)', async () => {
		const dir = tempDir();
		const live = join(dir, 'live.db');
		const backup = join(dir, 'backup.db');
		await makeBackup(backup, 'from-backup');
		// /proc cannot tell this process's connection from the restore's own: SQLite's lock can.
		const handle = openDatabase(`file:${live}`);
		await prepareDatabase(handle);
		await handle.client.execute('SELECT 1 FROM workspaces');
		try {
			const refused = await restoreDatabase({ url: `file:${live}`, from: backup });
			expect(refused).toMatchObject({ ok: false, reason: 'in-use' });
			expect(leftovers(dir)).toEqual([]);
		} finally {
			handle.client.close();
		}
	});

	it('keeps the replaced database with the writes its -wal held after a crash', async () => {
		const dir = tempDir();
		const live = join(dir, 'freehold.db');
		const backup = join(dir, 'backup.db');
		await makeFile(live, 'live');
		await makeBackup(backup, 'from-backup');
		const app = holdOpen(live, 'only-in-the-wal');
		await app.ready;
		await app.stop(); // killed: its last write is in freehold.db-wal only
		expect(statSync(`${live}-wal`).size).toBeGreaterThan(0);

		const now = new Date('2026-12-08T01:02:03Z');
		const result = await restoreDatabase({ url: `file:${live}`, from: backup, now });
		const kept = join(dir, 'freehold.db.replaced-2026-12-08T010203Z');
		expect(result).toEqual({ ok: true, restored: live, kept, warnings: [] });
		// The restored file stands alone: no -wal of the old database is left beside it to be
		// replayed into it.
		expect(existsSync(`${live}-wal`)).toBe(false);
		expect(existsSync(`${live}-shm`)).toBe(false);
		expect(statSync(live).mode & 0o777).toBe(0o600);

		// A second restore in the same second keeps the first kept file.
		const again = await restoreDatabase({ url: `file:${live}`, from: backup, now });
		expect(again).toMatchObject({ ok: true, kept: `${kept}-2` });

		expect(await workspaceNames(live)).toEqual(['from-backup']);
		expect(await integrityProblems(live)).toEqual([]);
		// The kept file holds everything, the crashed process's last write too.
		expect(await workspaceNames(kept)).toEqual(['live', 'only-in-the-wal']);
	});

	it('takes the -wal beside a backup that was copied with one', async () => {
		const dir = tempDir();
		const live = join(dir, 'live.db');
		const copied = join(dir, 'copied.db');
		await makeFile(live, 'live');
		await makeFile(copied, 'copied');
		const writer = holdOpen(copied, 'only-in-the-wal');
		await writer.ready;
		await writer.stop();
		expect(statSync(`${copied}-wal`).size).toBeGreaterThan(0);

		const result = await restoreDatabase({ url: `file:${live}`, from: copied });
		expect(result).toMatchObject({ ok: true });
		expect(await workspaceNames(live)).toEqual(['copied', 'only-in-the-wal']);
		expect(existsSync(`${live}-wal`)).toBe(false);
		expect(leftovers(dir).filter((name) => name.includes('restoring'))).toEqual([]);
	});

	it('refuses a damaged backup before touching the database', async () => {
		const dir = tempDir();
		const live = join(dir, 'live.db');
		const backup = join(dir, 'damaged.db');
		await makeFile(live, 'live');
		await makeBackup(backup, 'from-backup');
		// Keep the SQLite header, overwrite the schema and data pages.
		const { openSync, writeSync, closeSync } = await import('node:fs');
		const fd = openSync(backup, 'r+');
		writeSync(fd, Buffer.alloc(4096 * 3, 0x5a), 0, 4096 * 3, 100);
		closeSync(fd);

		const result = await restoreDatabase({ url: `file:${live}`, from: backup });
		expect(result).toMatchObject({ ok: false, reason: 'corrupt' });
		expect(await workspaceNames(live)).toEqual(['live']);
		expect(leftovers(dir)).toEqual([]);
	});

	it('refuses an SQLite file that is not a Freehold database, and text that is not SQL', async () => {
		const dir = tempDir();
		const live = join(dir, 'live.db');
		await makeFile(live, 'live');
		const other = join(dir, 'other.db');
		const client = createClient({ url: `file:${other}` });
		await client.execute('CREATE TABLE notes (body TEXT)');
		client.close();
		const notText = join(dir, 'notes.txt');
		writeFileSync(notText, 'my shopping list\n');

		expect(await restoreDatabase({ url: `file:${live}`, from: other })).toMatchObject({
			ok: false,
			reason: 'not-freehold'
		});
		expect(await restoreDatabase({ url: `file:${live}`, from: notText })).toMatchObject({
			ok: false,
			reason: 'unreadable'
		});
		expect(await workspaceNames(live)).toEqual(['live']);
		expect(leftovers(dir)).toEqual([]);
	});

	it("loads a libSQL server's SQL dump into a new file database", async () => {
		const dir = tempDir();
		const live = join(dir, 'data', 'freehold.db');
		const dump = join(dir, 'server.sql');
		// The shape sqld's GET /dump answers (a newline in text is written with replace()).
		writeFileSync(
			dump,
			[
				'PRAGMA foreign_keys=OFF;',
				'BEGIN TRANSACTION;',
				'CREATE TABLE IF NOT EXISTS __drizzle_migrations (id INTEGER PRIMARY KEY, hash text NOT NULL, created_at numeric);',
				"INSERT INTO __drizzle_migrations VALUES(1,'abc',1);",
				'CREATE TABLE IF NOT EXISTS workspaces (id text PRIMARY KEY NOT NULL, name text NOT NULL);',
				"INSERT INTO workspaces VALUES('w1',replace('大嚼家\\nBigChew','\\n',char(10)));",
				"INSERT INTO workspaces VALUES('w2','it''s');",
				'COMMIT;',
				''
			].join('\n')
		);
		const result = await restoreDatabase({ url: `file:${live}`, from: dump });
		expect(result).toMatchObject({ ok: true, restored: live, kept: undefined });
		expect(await workspaceNames(live)).toEqual(["it's", '大嚼家\nBigChew']);
		expect(statSync(join(dir, 'data')).mode & 0o777).toBe(0o700);
	});

	it('refuses a server URL and a backup that is not there', async () => {
		const dir = tempDir();
		expect(
			await restoreDatabase({ url: 'http://127.0.0.1:8080', from: join(dir, 'x.db') })
		).toMatchObject({ ok: false, reason: 'not-a-file' });
		expect(
			await restoreDatabase({ url: `file:${join(dir, 'live.db')}`, from: join(dir, 'x.db') })
		).toMatchObject({ ok: false, reason: 'no-backup' });
	});
});

describe('npm run restore', () => {
	it('restores, says where the old file went, and answers exit codes', async () => {
		const dir = tempDir();
		// Only the scripts open the database: this process would be seen holding it.
		const live = join(dir, 'data', 'live.db');
		const backup = join(dir, 'backup.db');
		await makeBackup(backup, 'from-backup');
		const env = { DATABASE_URL: `file:${live}` };

		const usage = await runScript('restore.js', [], env);
		expect(usage.code).toBe(2);
		expect(usage.stderr).toContain('Name the backup to restore.');
		const twice = await runScript('restore.js', [backup, backup], env);
		expect(twice.code).toBe(2);

		const missing = await runScript('restore.js', [join(dir, 'nope.db')], env);
		expect(missing.code).toBe(1);
		expect(missing.stderr).toContain('There is no backup file');

		const first = await runScript('restore.js', [backup], env);
		expect(first.stderr).toBe('');
		expect(first.code).toBe(0);
		expect(first.stdout).toContain(`into ${live}`);
		expect(first.stdout).not.toContain('kept as');

		const second = await runScript('restore.js', [backup], env);
		expect(second.code).toBe(0);
		expect(second.stdout).toMatch(/kept as .*live\.db\.replaced-\d{4}-\d\d-\d\dT\d{6}Z/);
		expect(await workspaceNames(live)).toEqual(['from-backup']);
	});
});
