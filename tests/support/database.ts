import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import * as schema from '../../src/lib/server/db/schema';

/** Where the e2e server's database is: a `file:` URL, or a libSQL server's under test:sqld. */
export function e2eDatabaseUrl(): string {
	const port = process.env.E2E_PORT ?? '4173';
	const { databaseUrl } = JSON.parse(
		readFileSync(join(tmpdir(), `freehold-e2e-${port}.json`), 'utf8')
	) as { databaseUrl: string };
	return databaseUrl;
}

/** The e2e server's own database (scripts/e2e-server.js writes where it is), for read-only checks. */
export function openE2eDatabase(): Client {
	return createClient({ url: e2eDatabaseUrl() });
}

/**
 * The same database through drizzle, typed by the app's schema: what the factories of
 * src/lib/server/testing take, so a spec arranges its rows in code rather than in SQL strings.
 */
export function openE2eDb(client: Client = openE2eDatabase()) {
	return drizzle(client, { schema });
}

export type E2eDb = ReturnType<typeof openE2eDb>;

/**
 * Every row that a user's action could change, as one comparable value. Sessions, known devices
 * and rate-limit counters are left out: reading a page may refresh a session, a sign-in remembers
 * its browser, and failed sign-ins are counted.
 */
export async function snapshot(client: Client) {
	// Every table of the app, so a table added later is covered without touching this file.
	const rs = await client.execute(
		"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_\\_%' ESCAPE '\\' AND name NOT IN ('sessions', 'known_devices', 'rate_limits') ORDER BY name"
	);
	const tables = rs.rows.map((row) => String(row.name));
	const result: Record<string, unknown[]> = {};
	for (const table of tables) {
		const rows = await client.execute(`SELECT * FROM ${table} ORDER BY rowid`);
		// Which workspace "home" opens is navigation state, not data.
		result[table] = rows.rows.map(({ last_workspace_id: _, ...row }) => ({ ...row }));
	}
	return result;
}
