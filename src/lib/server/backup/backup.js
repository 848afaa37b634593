import { createWriteStream, existsSync, linkSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { chmod, open } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createClient } from '@libsql/client';
import { describeUrl, fileStamp, locateDatabase } from './database.js';

/** Where `npm run backup` writes when told no file or folder (FREEHOLD_BACKUP_DIR overrides). */
export const DEFAULT_BACKUP_DIR = 'data/backups';

/**
 * @typedef {{ ok: true, path: string, kind: 'file' | 'dump', bytes: number }
 *   | { ok: false, reason: 'bad-url' | 'no-database' | 'exists' | 'unreachable' | 'refused'
 *       | 'incomplete' | 'failed', message: string }} BackupResult
 */

/**
 * Writes a consistent copy of the live database without stopping the app.
 *
 * - A file database is copied by SQLite itself (`VACUUM INTO`): one read transaction, so the
 *   copy is the database as it was at one instant; in WAL mode the app's writers go on meanwhile.
 *   The copy is checked with `PRAGMA integrity_check` before it is kept.
 * - A libSQL server (sqld, Turso) refuses `VACUUM INTO`; its `GET /dump` endpoint answers the
 *   whole database as SQL text read in one transaction. The auth token goes as a Bearer token.
 *
 * The copy is written 0600 under a temporary name and linked to its final name only when it is
 * complete, so a half-written backup never carries a backup's name and an existing file is never
 * overwritten.
 *
 * @param {{ url?: string, authToken?: string, out?: string, dir?: string, now?: Date }} options
 *   `out` is the exact file to write; otherwise a timestamped file goes into `dir`.
 * @returns {Promise<BackupResult>}
 */
export async function backupDatabase({
	url,
	authToken,
	out,
	dir = DEFAULT_BACKUP_DIR,
	now = new Date()
}) {
	const location = locateDatabase(url, authToken);
	if (location.kind === 'unknown') {
		return fail(
			'bad-url',
			`DATABASE_URL is not a file:, libsql:, http(s): or ws(s): URL: ${describeUrl(url)}`
		);
	}
	if (location.kind === 'file' && !existsSync(location.path)) {
		return fail(
			'no-database',
			`There is no database at ${location.path} (DATABASE_URL ${describeUrl(url)}).`
		);
	}
	const extension = location.kind === 'file' ? 'db' : 'sql';
	const path = out ? resolve(out) : join(resolve(dir), `freehold-${fileStamp(now)}.${extension}`);
	if (existsSync(path))
		return fail('exists', `${path} already exists; a backup never overwrites a file.`);
	// Backups hold everything the database holds: a folder made for them is private.
	mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
	const partial = `${path}.partial-${process.pid}`;
	// Created empty and private before anything is written into it: VACUUM INTO accepts an empty
	// file and keeps its mode (it would create a 0644 file itself).
	await (await open(partial, 'wx', 0o600)).close();
	try {
		const copied =
			location.kind === 'file'
				? await vacuumInto(location.path, partial)
				: await downloadDump(location.httpUrl, location.authToken, partial);
		if (copied) return copied;
		await chmod(partial, 0o600);
		try {
			linkSync(partial, path);
		} catch (error) {
			if (/** @type {NodeJS.ErrnoException} */ (error).code === 'EEXIST') {
				return fail('exists', `${path} appeared while the backup ran; it was left alone.`);
			}
			throw error;
		}
		return {
			ok: true,
			path,
			kind: location.kind === 'file' ? 'file' : 'dump',
			bytes: statSync(path).size
		};
	} finally {
		rmSync(partial, { force: true });
	}
}

/**
 * @param {string} source
 * @param {string} target an empty file
 * @returns {Promise<BackupResult | undefined>} a failure, or nothing when the copy is good
 */
async function vacuumInto(source, target) {
	// Reading needs no lock in WAL mode; a long timeout only matters while the app recovers a WAL.
	const client = createClient({ url: `file:${source}`, timeout: 5_000 });
	try {
		await client.execute({ sql: 'VACUUM INTO ?', args: [target] });
	} catch (error) {
		return fail('failed', `SQLite could not copy ${source}: ${messageOf(error)}`);
	} finally {
		client.close();
	}
	const problems = await integrityProblems(target);
	if (problems.length > 0) {
		return fail(
			'failed',
			`The copy of ${source} fails PRAGMA integrity_check:\n${problems.join('\n')}`
		);
	}
}

/**
 * `PRAGMA integrity_check` of a file: its complaints, none when it answers `ok`.
 *
 * @param {string} path
 * @returns {Promise<string[]>}
 */
export async function integrityProblems(path) {
	const client = createClient({ url: `file:${path}`, timeout: 5_000 });
	try {
		return await integrityCheck(client);
	} finally {
		client.close();
	}
}

/**
 * The same on an open client. A closed @libsql/client keeps its connection until garbage
 * collection, so a file that is checked and then changed goes through one client.
 *
 * @param {import('@libsql/client').Client} client
 * @returns {Promise<string[]>}
 */
export async function integrityCheck(client) {
	try {
		const { rows } = await client.execute('PRAGMA integrity_check');
		const lines = rows.map((row) => String(row[0]));
		return lines.length === 1 && lines[0] === 'ok' ? [] : lines;
	} catch (error) {
		return [messageOf(error)];
	}
}

/**
 * @param {string} httpUrl
 * @param {string | undefined} authToken
 * @param {string} target
 * @returns {Promise<BackupResult | undefined>}
 */
async function downloadDump(httpUrl, authToken, target) {
	/** @type {Response} */
	let response;
	try {
		response = await fetch(`${httpUrl}/dump`, {
			headers: authToken ? { authorization: `Bearer ${authToken}` } : {}
		});
	} catch (error) {
		return fail(
			'unreachable',
			`Could not reach the database server at ${httpUrl}: ${messageOf(error)}`
		);
	}
	if (!response.ok || !response.body) {
		const said = (await response.text().catch(() => '')).slice(0, 200);
		const why =
			response.status === 401 || response.status === 403
				? ' (set DATABASE_AUTH_TOKEN to a token of this database)'
				: '';
		return fail('refused', `${httpUrl}/dump answered ${response.status}${why}. ${said}`.trim());
	}
	try {
		await pipeline(
			Readable.fromWeb(/** @type {import('node:stream/web').ReadableStream} */ (response.body)),
			createWriteStream(target, { flags: 'r+' })
		);
	} catch (error) {
		return fail('incomplete', `The dump from ${httpUrl} broke off: ${messageOf(error)}`);
	}
	// sqld writes the dump as one transaction; without its COMMIT the text was cut short.
	const tail = (await readTail(target, 64)).trimEnd();
	if (!tail.endsWith('COMMIT;')) {
		return fail(
			'incomplete',
			`The dump from ${httpUrl} does not end with COMMIT; it was cut short.`
		);
	}
}

/** @param {string} path @param {number} bytes */
async function readTail(path, bytes) {
	const size = statSync(path).size;
	const file = await open(path, 'r');
	try {
		const buffer = Buffer.alloc(Math.min(bytes, size));
		await file.read(buffer, 0, buffer.length, size - buffer.length);
		return buffer.toString('utf8');
	} finally {
		await file.close();
	}
}

/** @param {unknown} error */
export function messageOf(error) {
	return error instanceof Error ? error.message : String(error);
}

/**
 * @template {string} R
 * @param {R} reason
 * @param {string} message
 * @returns {{ ok: false, reason: R, message: string }}
 */
function fail(reason, message) {
	return { ok: false, reason, message };
}
