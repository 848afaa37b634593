// `npm start`: build when needed, then serve the built app with demo data on an embedded database.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { BUILD_DIR, buildIfNeeded } from './build-if-needed.js';
import { BODY_SIZE_LIMIT } from './server-env.js';
import { DEFAULT_DATABASE_URL } from '../src/lib/server/db/default-url.js';

buildIfNeeded();

const port = process.env.PORT || '3000';
const env = {
	...process.env,
	PORT: port,
	// adapter-node assumes https without ORIGIN, and then refuses every form post (see STACK.md).
	ORIGIN: process.env.ORIGIN || `http://localhost:${port}`,
	DATABASE_URL: process.env.DATABASE_URL || DEFAULT_DATABASE_URL,
	FREEHOLD_DEMO: process.env.FREEHOLD_DEMO || 'on',
	BODY_SIZE_LIMIT
};
// The database is private to the account running the app (the app makes its files 0600).
if (env.DATABASE_URL.startsWith('file:./data/'))
	mkdirSync('data', { recursive: true, mode: 0o700 });

console.log(`Freehold on ${env.ORIGIN} (database ${env.DATABASE_URL.replace(/\/\/.*@/, '//…@')})`);
const server = spawn(process.execPath, [BUILD_DIR], { env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
