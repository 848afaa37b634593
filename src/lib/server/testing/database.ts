import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, prepareDatabase, type Database } from '../db/client';

/**
 * A throw-away database file migrated with the real `drizzle/` folder. Not `:memory:`: with
 * @libsql/client an in-memory database is lost on the connection a transaction opens. Under
 * `npm run test:sqld` (FREEHOLD_TEST_DATABASE=sqld) it is a libSQL server of its own instead.
 */
export async function createTestDatabase(): Promise<Database & { cleanup: () => void }> {
	const dir = mkdtempSync(join(tmpdir(), 'freehold-test-'));
	if (process.env.FREEHOLD_TEST_DATABASE === 'sqld') return serverDatabase(dir);
	const handle = openDatabase(`file:${join(dir, 'test.db')}`);
	await prepareDatabase(handle);
	return {
		...handle,
		cleanup() {
			handle.client.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

async function serverDatabase(dir: string) {
	const { startSqld } = await import('../../../../scripts/sqld.js');
	const server = await startSqld({ dir, stdio: 'ignore' });
	const handle = openDatabase(server.url);
	await prepareDatabase(handle);
	return {
		...handle,
		cleanup() {
			handle.client.close();
			server.process.kill('SIGKILL');
			rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
		}
	};
}
