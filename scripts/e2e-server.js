// Serves the built app on a fresh temporary database for the browser tests, then cleans up.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_DIR, buildIfNeeded } from './build-if-needed.js';
import { BODY_SIZE_LIMIT } from './server-env.js';

// The browser tests always run against a build of the current sources.
buildIfNeeded();

const port = process.env.E2E_PORT || '4173';
const dir = mkdtempSync(join(tmpdir(), 'freehold-e2e-'));
const databaseUrl = `file:${join(dir, 'e2e.db')}`;
// Tests that arrange state through the database read this to find it.
writeFileSync(join(tmpdir(), `freehold-e2e-${port}.json`), JSON.stringify({ databaseUrl }));

const server = spawn(process.execPath, [BUILD_DIR], {
	stdio: 'inherit',
	env: {
		...process.env,
		PORT: port,
		HOST: '127.0.0.1',
		ORIGIN: `http://localhost:${port}`,
		DATABASE_URL: databaseUrl,
		FREEHOLD_DEMO: 'off',
		BODY_SIZE_LIMIT
	}
});

function stop(signal) {
	server.kill(signal);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => {
	rmSync(dir, { recursive: true, force: true });
	process.exit(code ?? 0);
});
