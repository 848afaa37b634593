import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createClient } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import * as schema from './schema';

export const DEFAULT_DATABASE_URL = 'file:./data/freehold.db';
/** How long a writer waits for another writer's lock before failing, in ms. */
export const BUSY_TIMEOUT_MS = 5_000;

export type Db = ReturnType<typeof drizzle<typeof schema>>;

export function isFileUrl(url: string) {
	return url.startsWith('file:');
}

/**
 * Opens the database. A `file:` URL is an embedded libSQL file (its folder is created);
 * `libsql:`, `http(s):` and `ws(s):` URLs reach a libSQL server (sqld) or Turso.
 *
 * Connection settings must hold on every pooled connection, including the fresh one that
 * `transaction()` takes: foreign keys are on by default in libSQL and `timeout` is passed to
 * every connection the pool opens (proved in db.test.ts).
 */
export function openDatabase(url = DEFAULT_DATABASE_URL, authToken?: string) {
	if (isFileUrl(url)) {
		const path = url.slice('file:'.length).split('?')[0];
		if (path && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	}
	const client = createClient({ url, authToken: authToken || undefined, timeout: BUSY_TIMEOUT_MS });
	const db = drizzle(client, { schema });
	if (isFileUrl(url)) queueTransactions(db);
	return { client, db, url };
}

/**
 * The embedded client runs SQLite synchronously on the event loop and gives each transaction its
 * own pooled connection. A second BEGIN IMMEDIATE while another transaction of this process holds
 * the write lock would wait in SQLite's busy handler, blocking the very thread that has to commit
 * the first: the process froze for BUSY_TIMEOUT_MS and then failed with SQLITE_BUSY. So this
 * process's transactions wait their turn here; the busy timeout is left for other processes.
 */
function queueTransactions(db: Db) {
	const transaction = db.transaction.bind(db);
	let last: Promise<unknown> = Promise.resolve();
	db.transaction = ((...args: Parameters<Db['transaction']>) => {
		const run = last.then(() => transaction(...args));
		last = run.catch(() => undefined);
		return run;
	}) as Db['transaction'];
}

export type Database = ReturnType<typeof openDatabase>;

/** Idempotent; applies whatever in `drizzle/` is not yet applied. WAL is persistent per file. */
export async function prepareDatabase(
	{ client, db, url }: Pick<Database, 'client' | 'db' | 'url'>,
	migrationsFolder = 'drizzle'
) {
	if (isFileUrl(url)) await client.execute('PRAGMA journal_mode = WAL');
	await migrate(db, { migrationsFolder });
}
