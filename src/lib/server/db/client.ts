import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { createClient } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import * as schema from './schema';
import { DEFAULT_DATABASE_URL } from './default-url.js';
import { gateWrites } from './write-gate';

/**
 * SQLite's own wait for another connection's lock, in ms. The embedded driver waits
 * synchronously, freezing the whole process, so it stays short; write-gate.ts retries after it.
 */
export const BUSY_TIMEOUT_MS = 100;
/** How long a write waits for the lock in all (asynchronously) before failing as busy, in ms. */
export const WRITE_WAIT_MS = 5_000;

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
		if (path && path !== ':memory:') keepPrivate(path);
	}
	const opened = createClient({ url, authToken: authToken || undefined, timeout: BUSY_TIMEOUT_MS });
	// An embedded file is written from this process's event loop: writers take turns (write-gate.ts).
	const client = isFileUrl(url) ? gateWrites(opened, WRITE_WAIT_MS) : opened;
	const db = drizzle(client, { schema });
	return { client, db, url };
}

export type Database = ReturnType<typeof openDatabase>;

/**
 * The database holds password hashes, session and feed token hashes and every plan: only the
 * account that runs the app may read it. A folder we create is 0700. The file is created here,
 * 0600, before SQLite opens it (an empty file is a new database to SQLite), and SQLite gives the
 * -wal and -shm files it creates beside it the same mode. Files an older version left readable
 * are tightened.
 */
function keepPrivate(path: string) {
	const dir = dirname(path);
	if (!existsSync(dir)) mkdirSync(dir, { recursive: true, mode: 0o700 });
	closeSync(openSync(path, 'a', 0o600));
	for (const file of [path, `${path}-wal`, `${path}-shm`]) {
		if (!existsSync(file) || (statSync(file).mode & 0o077) === 0) continue;
		try {
			chmodSync(file, 0o600);
		} catch (error) {
			// Someone else's file (a shared deployment): say so rather than refuse to start.
			console.warn(`Could not make ${file} private (0600):`, error);
		}
	}
}

/** Idempotent; applies whatever in `drizzle/` is not yet applied. WAL is persistent per file. */
export async function prepareDatabase(
	{ client, db, url }: Pick<Database, 'client' | 'db' | 'url'>,
	migrationsFolder = 'drizzle'
) {
	if (isFileUrl(url)) await client.execute('PRAGMA journal_mode = WAL');
	// Several processes may start at once on one database (start:cluster, a deploy). Pending
	// migrations are applied in one transaction, so a process that lost the race finds them
	// applied when it looks again; anything else still fails after the last try.
	for (let attempt = 1; ; attempt++) {
		try {
			await migrate(db, { migrationsFolder });
			return;
		} catch (error) {
			if (attempt >= MIGRATE_ATTEMPTS) throw error;
			await new Promise((r) => setTimeout(r, 100 * attempt + Math.random() * 100));
		}
	}
}

const MIGRATE_ATTEMPTS = 5;
