import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';

/**
 * The processes (other than this one) that have any of `paths` open, read from Linux's
 * /proc/<pid>/fd links; `undefined` where there is no /proc (the caller then relies on
 * SQLite's lock alone). A process of another account is not readable here, but the database is
 * 0600 (client.ts), so only its owner, who runs the app and this script, or root can open it.
 *
 * @param {string[]} paths absolute paths
 * @returns {{ pid: number, command: string, path: string }[] | undefined}
 */
export function processesWithOpen(paths) {
	if (!existsSync('/proc/self/fd')) return undefined;
	const wanted = new Set(paths);
	const found = [];
	for (const entry of readdirSync('/proc')) {
		const pid = Number(entry);
		if (!Number.isInteger(pid) || pid === process.pid) continue;
		let fds;
		try {
			fds = readdirSync(`/proc/${pid}/fd`);
		} catch {
			continue; // gone meanwhile, or another account's
		}
		for (const fd of fds) {
			let target;
			try {
				target = readlinkSync(`/proc/${pid}/fd/${fd}`);
			} catch {
				continue;
			}
			if (!wanted.has(target)) continue;
			found.push({ pid, command: commandOf(pid), path: target });
			break;
		}
	}
	return found;
}

/** @param {number} pid */
function commandOf(pid) {
	try {
		return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
	} catch {
		return '?';
	}
}
