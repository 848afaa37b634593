import { describe, expect, it } from 'vitest';
import { DEFAULT_BACKUP_DIR } from './backup.js';
import { parseBackupArguments, parseRestoreArguments } from './arguments.js';
import { runScript } from './run-script';

describe('parseBackupArguments', () => {
	it('defaults to the backup folder, which FREEHOLD_BACKUP_DIR moves', () => {
		expect(parseBackupArguments([], {})).toEqual({
			ok: true,
			out: undefined,
			dir: DEFAULT_BACKUP_DIR
		});
		expect(parseBackupArguments([], { FREEHOLD_BACKUP_DIR: '/srv/bk' })).toMatchObject({
			dir: '/srv/bk'
		});
	});

	it('takes a file, or a folder in either spelling; the argument beats the environment', () => {
		const env = { FREEHOLD_BACKUP_DIR: '/srv/bk' };
		expect(parseBackupArguments(['/tmp/x.db'], env)).toMatchObject({ ok: true, out: '/tmp/x.db' });
		expect(parseBackupArguments(['--dir', '/a'], env)).toMatchObject({ ok: true, dir: '/a' });
		expect(parseBackupArguments(['--dir=/b'], env)).toMatchObject({ ok: true, dir: '/b' });
		expect(parseBackupArguments(['-h'], env)).toEqual({ ok: true, help: true });
	});

	it.each([
		[['--dir'], '--dir needs a folder'],
		[['--dir='], '--dir needs a folder'],
		[['--dir', 'a', '--dir', 'b'], 'given twice'],
		[['--force'], 'Unknown option --force'],
		[['a.db', 'b.db'], 'One backup file at a time'],
		[['--dir', 'a', 'b.db'], 'not both'],
		[['-'], 'not to standard output']
	])('refuses %j', (argv, message) => {
		const result = parseBackupArguments(argv, {});
		expect(result.ok).toBe(false);
		expect(result.ok === false && result.message).toContain(message);
	});
});

describe('parseRestoreArguments', () => {
	it('takes exactly one backup', () => {
		expect(parseRestoreArguments(['b.db'])).toEqual({ ok: true, from: 'b.db' });
		expect(parseRestoreArguments(['--help'])).toEqual({ ok: true, help: true });
		expect(parseRestoreArguments([])).toMatchObject({
			ok: false,
			message: 'Name the backup to restore.'
		});
		expect(parseRestoreArguments(['a', 'b'])).toMatchObject({ ok: false });
		expect(parseRestoreArguments(['--yes', 'a'])).toMatchObject({
			ok: false,
			message: 'Unknown option --yes.'
		});
	});
});

describe('npm run backup', () => {
	it('answers 2 and the usage for bad arguments, 0 and the usage for --help', async () => {
		const bad = await runScript('backup.js', ['--nope'], {});
		expect(bad.code).toBe(2);
		expect(bad.stderr).toContain('Unknown option --nope.');
		expect(bad.stderr).toContain('Usage: npm run backup');
		const help = await runScript('backup.js', ['--help'], {});
		expect(help.code).toBe(0);
		expect(help.stdout).toContain('Usage: npm run backup');
	});
});
