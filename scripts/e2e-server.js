// Serves the built app on a fresh temporary database for the browser tests, then cleans up.
// E2E_DATABASE=sqld (npm run test:sqld) puts that database on a libSQL server instead of a file.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_DIR, buildIfNeeded } from './build-if-needed.js';
import { TEST_SERVER_ENV, appServerEnv } from './server-env.js';
import { startSqld } from './sqld.js';

// The browser tests always run against a build of the current sources.
buildIfNeeded();

const port = process.env.E2E_PORT || '4173';
const dir = mkdtempSync(join(tmpdir(), 'freehold-e2e-'));
const sqld =
	process.env.E2E_DATABASE === 'sqld' ? await startSqld({ dir: join(dir, 'sqld') }) : null;
const databaseUrl = sqld ? sqld.url : `file:${join(dir, 'e2e.db')}`;
// Tests that arrange state through the database read this to find it.
writeFileSync(join(tmpdir(), `freehold-e2e-${port}.json`), JSON.stringify({ databaseUrl }));

const server = spawn(process.execPath, [BUILD_DIR], {
	stdio: 'inherit',
	env: appServerEnv({
		port,
		origin: `http://localhost:${port}`,
		databaseUrl,
		extra: TEST_SERVER_ENV
	})
});

function stop(signal) {
	server.kill(signal);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', async (code) => {
	await sqld?.stop();
	rmSync(dir, { recursive: true, force: true });
	process.exit(code ?? 0);
});
