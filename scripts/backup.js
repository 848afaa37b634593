// `npm run backup`: a consistent copy of the live database (see src/lib/server/backup/backup.js).
import { BACKUP_USAGE, EXIT, parseBackupArguments } from '../src/lib/server/backup/arguments.js';
import { backupDatabase } from '../src/lib/server/backup/backup.js';

const args = parseBackupArguments(process.argv.slice(2), process.env);
if (!args.ok) {
	console.error(`${args.message}\n\n${BACKUP_USAGE}`);
	process.exit(EXIT.usage);
}
if (args.help) {
	console.log(BACKUP_USAGE);
	process.exit(EXIT.done);
}
const result = await backupDatabase({
	url: process.env.DATABASE_URL,
	authToken: process.env.DATABASE_AUTH_TOKEN,
	out: args.out,
	dir: args.dir
});
if (!result.ok) {
	console.error(`Backup not written: ${result.message}`);
	process.exit(EXIT.failed);
}
const size = `${(result.bytes / 1024 / 1024).toFixed(1)} MB`;
console.log(
	`Backup written: ${result.path} (${result.kind === 'file' ? 'SQLite file' : 'SQL dump'}, ${size}, 0600)`
);
