import {
	chmodSync,
	closeSync,
	constants,
	copyFileSync,
	existsSync,
	mkdirSync,
	openSync,
	readSync,
	renameSync,
	rmSync,
	statSync
} from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { createClient } from '@libsql/client';
import { integrityCheck, messageOf } from './backup.js';
import { describeUrl, fileStamp, locateDatabase } from './database.js';
import { processesWithOpen } from './open-files.js';

/** The files SQLite keeps beside a database: they belong to it and move with it. */
const COMPANIONS = ['-wal', '-shm', '-journal'];

/**
 * @typedef {{ ok: true, restored: string, kept: string | undefined, warnings: string[] }
 *   | { ok: false, reason: 'not-a-file' | 'no-backup' | 'in-use' | 'unreadable' | 'corrupt'
 *       | 'not-freehold', message: string }} RestoreResult
 */

/**
 * Puts a backup (a SQLite file from `npm run backup`, or a libSQL server's SQL dump) in place of
 * the file database DATABASE_URL names, while no app runs on it.
 *
 * 1. The backup is copied (or, a dump, loaded) into a new file beside the database and checked
 *    there: `PRAGMA integrity_check`, `PRAGMA foreign_key_check` and Freehold's migrations table.
 *    Nothing of the live database is touched before the backup has passed.
 * 2. Nobody may have the database open: no other process may hold the file or its -wal/-shm
 *    (Linux's /proc/<pid>/fd), and SQLite must let us switch it out of WAL mode, which needs
 *    every other connection, in any process or container, to be closed. That switch also folds
 *    the -wal into the file, so the copy we keep is one self-contained file.
 * 3. The database and whatever -wal, -shm or -journal it still has are renamed together to
 *    `<name>.replaced-<UTC time>` (SQLite finds a -wal by its database's name, so the kept file
 *    opens with its last writes), and the checked copy takes the database's name, 0600.
 *
 * @param {{ url?: string, from: string, now?: Date }} options
 * @returns {Promise<RestoreResult>}
 */
export async function restoreDatabase({ url, from, now = new Date() }) {
	const location = locateDatabase(url, undefined);
	if (location.kind !== 'file') {
		return fail(
			'not-a-file',
			`npm run restore puts a backup into a file database; DATABASE_URL is ${describeUrl(url)}. ` +
				'Load a dump into a libSQL server with its own tools (e.g. `turso db shell <db> < dump.sql`).'
		);
	}
	const database = location.path;
	const backup = resolve(from);
	if (!existsSync(backup) || !statSync(backup).isFile()) {
		return fail('no-backup', `There is no backup file at ${backup}.`);
	}
	if (backup === database) return fail('no-backup', `${backup} is the database itself.`);

	const busy = holders(database);
	if (busy) return busy;

	const stamp = fileStamp(now);
	mkdirSync(dirname(database), { recursive: true, mode: 0o700 });
	const candidate = unusedName(`${database}.restoring-${stamp}`);
	let refused;
	let prepared = false;
	try {
		refused = await prepareCandidate(backup, candidate);
		prepared = !refused;
	} finally {
		if (!prepared) removeWithCompanions(candidate);
	}
	if (refused) return refused;

	const warnings = [];
	if (existsSync(database)) {
		const locked = await takeOver(database);
		if (locked === 'busy') {
			removeWithCompanions(candidate);
			return holders(database) ?? fail('in-use', inUseMessage(database, []));
		}
		if (locked) warnings.push(locked);
	}

	const kept = unusedName(`${database}.replaced-${stamp}`);
	let keptAny = false;
	for (const suffix of ['', ...COMPANIONS]) {
		if (!existsSync(database + suffix)) continue;
		renameSync(database + suffix, kept + suffix);
		keptAny = true;
	}
	renameSync(candidate, database);
	chmodSync(database, 0o600);
	// Something that opened the old file in the instant between our check and the rename now
	// works on the kept file: say so rather than let its writes go missing quietly.
	const late = keptAny ? processesWithOpen(['', ...COMPANIONS].map((s) => kept + s)) : [];
	for (const p of late ?? []) {
		warnings.push(
			`Process ${p.pid} (${p.command}) opened the old database during the restore; restart it.`
		);
	}
	return { ok: true, restored: database, kept: keptAny ? kept : undefined, warnings };
}

/**
 * Copies or loads the backup into `candidate` and checks it.
 *
 * @param {string} backup
 * @param {string} candidate
 * @returns {Promise<RestoreResult | undefined>} a refusal, or nothing when the candidate is good
 */
async function prepareCandidate(backup, candidate) {
	const isSqliteFile = readHead(backup, 16).equals(Buffer.from('SQLite format 3\0', 'latin1'));
	try {
		if (isSqliteFile) {
			copyFileSync(backup, candidate, constants.COPYFILE_EXCL);
			chmodSync(candidate, 0o600);
			// A database copied with its -wal (not one from npm run backup, which is one file):
			// its last writes are in the -wal, which SQLite reads by the database's name.
			if (existsSync(`${backup}-wal`)) {
				copyFileSync(`${backup}-wal`, `${candidate}-wal`, constants.COPYFILE_EXCL);
				chmodSync(`${candidate}-wal`, 0o600);
			}
		} else {
			closeSync(openSync(candidate, 'wx', 0o600));
		}
	} catch (error) {
		return fail('unreadable', `Could not copy ${backup}: ${messageOf(error)}`);
	}
	// One client from the load to the last check: a closed client's connection lingers until
	// garbage collection and would keep the next one from leaving WAL mode.
	const client = createClient({ url: `file:${candidate}` });
	try {
		if (!isSqliteFile) {
			try {
				await client.executeMultiple(await readFile(backup, 'utf8'));
			} catch (error) {
				return fail(
					'unreadable',
					`${basename(backup)} is neither an SQLite database nor an SQL dump that loads: ${messageOf(error)}`
				);
			}
		}
		const problems = await integrityCheck(client);
		if (problems.length > 0) {
			return fail(
				'corrupt',
				`${backup} fails PRAGMA integrity_check; nothing was changed:\n${problems.slice(0, 10).join('\n')}`
			);
		}
		const tables = await client.execute(
			"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'"
		);
		if (tables.rows.length === 0) {
			return fail(
				'not-freehold',
				`${backup} is an SQLite database, but not Freehold's (it has no migrations table).`
			);
		}
		const orphans = await client.execute('PRAGMA foreign_key_check');
		if (orphans.rows.length > 0) {
			return fail(
				'corrupt',
				`${backup} has ${orphans.rows.length} rows whose foreign keys point nowhere (PRAGMA foreign_key_check); nothing was changed.`
			);
		}
		// One self-contained file (a copied -wal folded in): the app turns WAL on when it opens it.
		await client.execute('PRAGMA journal_mode = DELETE');
	} finally {
		client.close();
	}
}

/**
 * Takes the database from every other connection: switching out of WAL mode needs an exclusive
 * lock, which SQLite refuses while any connection (idle ones too, in any process that shares the
 * file's locks) has it open, and it folds the -wal into the file.
 *
 * @param {string} database
 * @returns {Promise<'busy' | string | undefined>} busy; a warning when the file cannot be opened
 *   (a damaged database: the /proc check is then the only one); nothing when it is ours
 */
async function takeOver(database) {
	const client = createClient({ url: `file:${database}`, timeout: 1_000 });
	try {
		const { rows } = await client.execute('PRAGMA journal_mode = DELETE');
		// SQLite answers the mode it is in: still `wal` means another connection kept it.
		return String(rows[0]?.[0]).toLowerCase() === 'delete' ? undefined : 'busy';
	} catch (error) {
		const message = messageOf(error);
		if (/SQLITE_BUSY|SQLITE_LOCKED|database is locked/i.test(message)) return 'busy';
		return `The database being replaced could not be opened (${message}); it is kept as it was.`;
	} finally {
		client.close();
	}
}

/**
 * An `in-use` refusal naming the processes that hold the database, or nothing when none does.
 *
 * @param {string} database
 */
function holders(database) {
	const found = processesWithOpen(['', ...COMPANIONS].map((s) => database + s));
	if (!found || found.length === 0) return undefined;
	return fail('in-use', inUseMessage(database, found));
}

/**
 * @param {string} database
 * @param {{ pid: number, command: string }[]} processes
 */
function inUseMessage(database, processes) {
	const list = processes.map((p) => `\n  process ${p.pid}: ${p.command}`).join('');
	return (
		`${database} is open${list ? ` in:${list}` : ' in another program'}\n` +
		'Stop the app (and anything else using the database) first; nothing was changed.'
	);
}

/**
 * `base`, or `base-2`, `base-3` … when a file of that name (or its -wal …) is there already: a
 * rename would replace it, and a kept database is never thrown away.
 *
 * @param {string} base
 */
function unusedName(base) {
	const taken = (/** @type {string} */ name) =>
		['', ...COMPANIONS].some((suffix) => existsSync(name + suffix));
	let name = base;
	for (let n = 2; taken(name); n++) name = `${base}-${n}`;
	return name;
}

/** @param {string} path */
function removeWithCompanions(path) {
	for (const suffix of ['', ...COMPANIONS]) rmSync(path + suffix, { force: true });
}

/** @param {string} path @param {number} bytes */
function readHead(path, bytes) {
	const buffer = Buffer.alloc(bytes);
	const fd = openSync(path, 'r');
	try {
		const read = readSync(fd, buffer, 0, bytes, 0);
		return buffer.subarray(0, read);
	} finally {
		closeSync(fd);
	}
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
