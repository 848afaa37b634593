import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_DIR } from '../../scripts/build-if-needed.js';
import { TEST_SERVER_ENV, appServerEnv } from '../../scripts/server-env.js';
import { startSqld } from '../../scripts/sqld.js';

/**
 * A built server (`node build`) of our own, for the suites that must read its output or kill it:
 * stdout and stderr are kept, so a test can look for "database is locked" in the logs.
 */
export class AppServer {
	#child: ChildProcess | null = null;
	/** Everything the server has written, across restarts. */
	output = '';

	/** `env` is added to (or overrides) the test servers' environment. */
	constructor(
		readonly port: number,
		readonly databaseUrl: string,
		readonly env: Record<string, string> = {}
	) {}

	get baseURL() {
		return `http://localhost:${this.port}`;
	}

	/** Starts the server and resolves once /health answers (it migrates the database first). */
	async start(timeoutMs = 30_000) {
		const child = spawn(process.execPath, [BUILD_DIR], {
			stdio: ['ignore', 'pipe', 'pipe'],
			env: appServerEnv({
				port: this.port,
				origin: this.baseURL,
				databaseUrl: this.databaseUrl,
				extra: { ...TEST_SERVER_ENV, ...this.env }
			})
		});
		this.#child = child;
		// A test that times out never reaches its `finally`: the server must not outlive the runner.
		const orphaned = () => child.kill('SIGKILL');
		process.once('exit', orphaned);
		child.once('exit', () => process.off('exit', orphaned));
		const keep = (chunk: Buffer) => (this.output += chunk.toString());
		child.stdout!.on('data', keep);
		child.stderr!.on('data', keep);
		const exited = new Promise<never>((_, reject) =>
			child.once('exit', (code, signal) =>
				reject(new Error(`server exited (${signal ?? code}) before it was ready:\n${this.output}`))
			)
		);
		const deadline = Date.now() + timeoutMs;
		while (Date.now() < deadline) {
			const ready = await Promise.race([isHealthy(this.baseURL), exited]);
			if (ready) return;
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
		throw new Error(`server not ready after ${timeoutMs} ms:\n${this.output}`);
	}

	/** SIGKILL: no shutdown hook runs, exactly like a crash or a pulled plug. */
	async kill(signal: NodeJS.Signals = 'SIGKILL') {
		const child = this.#child;
		this.#child = null;
		if (!child || child.exitCode !== null || child.signalCode !== null) return;
		const exited = new Promise((resolve) => child.once('exit', resolve));
		child.kill(signal);
		await exited;
	}
}

async function isHealthy(baseURL: string) {
	try {
		return (await fetch(`${baseURL}/health`)).ok;
	} catch {
		return false;
	}
}

/**
 * A throw-away database: a file, or under `npm run test:sqld` (E2E_DATABASE=sqld) a libSQL server
 * of its own. `cleanup` stops the server and removes the folder.
 */
export async function tempDatabase(name = 'stress') {
	const dir = mkdtempSync(join(tmpdir(), `freehold-${name}-`));
	const remove = () => rmSync(dir, { recursive: true, force: true });
	if (process.env.E2E_DATABASE === 'sqld') {
		const server = await startSqld({ dir, stdio: 'ignore' });
		return {
			url: server.url,
			cleanup: async () => {
				await server.stop();
				remove();
			}
		};
	}
	return { url: `file:${join(dir, `${name}.db`)}`, cleanup: async () => remove() };
}

/**
 * The port for a suite's own server: STRESS_PORT, else next to the e2e server's (E2E_PORT + offset),
 * so helpers that run side by side with their own E2E_PORT range do not collide.
 */
export function suitePort(offset: number) {
	if (process.env.STRESS_PORT) return Number(process.env.STRESS_PORT) + offset - 1;
	return Number(process.env.E2E_PORT ?? 4173) + offset;
}
