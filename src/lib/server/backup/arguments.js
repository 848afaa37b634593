import { DEFAULT_BACKUP_DIR } from './backup.js';

/** Exit codes of `npm run backup` and `npm run restore`. */
export const EXIT = { done: 0, failed: 1, usage: 2 };

export const BACKUP_USAGE = `Usage: npm run backup [-- [--dir FOLDER] [FILE]]

Writes a consistent copy of the database DATABASE_URL names while the app runs:
an SQLite file (.db) for a file database, the server's SQL dump (.sql) for a libSQL server.

  FILE           write exactly this file (never overwritten: an existing file is refused)
  --dir FOLDER   write freehold-<UTC time>.db|.sql into FOLDER
                 (default: $FREEHOLD_BACKUP_DIR, else ${DEFAULT_BACKUP_DIR})
  -h, --help     show this text

Exit codes: 0 written, 1 not written (the message says why), 2 bad arguments.`;

export const RESTORE_USAGE = `Usage: npm run restore BACKUP

Replaces the file database DATABASE_URL names with BACKUP (a .db from npm run backup, or a
libSQL server's .sql dump). Stop the app first: the restore refuses while anything has the
database open. The backup is checked (PRAGMA integrity_check) before anything changes, and the
replaced database is kept beside it as <name>.replaced-<UTC time>.

Exit codes: 0 restored, 1 not restored (the message says why), 2 bad arguments.`;

/**
 * @typedef {{ ok: true, help: true } | { ok: false, message: string }} Special
 */

/**
 * @param {string[]} argv the arguments after the script
 * @param {Record<string, string | undefined>} env
 * @returns {{ ok: true, help?: false, out?: string, dir: string } | Special}
 */
export function parseBackupArguments(argv, env) {
	/** @type {string[]} */
	const files = [];
	/** @type {string | undefined} */
	let dir;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '-h' || arg === '--help') return { ok: true, help: true };
		if (arg === '--dir' || arg.startsWith('--dir=')) {
			const value = arg === '--dir' ? argv[++i] : arg.slice('--dir='.length);
			if (!value)
				return { ok: false, message: '--dir needs a folder: --dir /var/backups/freehold' };
			if (dir !== undefined) return { ok: false, message: '--dir is given twice.' };
			dir = value;
		} else if (arg.startsWith('-') && arg !== '-') {
			return { ok: false, message: `Unknown option ${arg}.` };
		} else {
			files.push(arg);
		}
	}
	if (files.length > 1) {
		return {
			ok: false,
			message: `One backup file at a time; got ${files.length}: ${files.join(' ')}`
		};
	}
	if (files.length === 1 && dir !== undefined) {
		return { ok: false, message: 'Give a file or --dir, not both.' };
	}
	if (files[0] === '-')
		return { ok: false, message: 'A backup is written to a file, not to standard output.' };
	return { ok: true, out: files[0], dir: dir ?? (env.FREEHOLD_BACKUP_DIR || DEFAULT_BACKUP_DIR) };
}

/**
 * @param {string[]} argv
 * @returns {{ ok: true, help?: false, from: string } | Special}
 */
export function parseRestoreArguments(argv) {
	if (argv.includes('-h') || argv.includes('--help')) return { ok: true, help: true };
	const option = argv.find((arg) => arg.startsWith('-'));
	if (option) return { ok: false, message: `Unknown option ${option}.` };
	if (argv.length === 0) return { ok: false, message: 'Name the backup to restore.' };
	if (argv.length > 1) {
		return { ok: false, message: `One backup at a time; got ${argv.length}: ${argv.join(' ')}` };
	}
	return { ok: true, from: argv[0] };
}
