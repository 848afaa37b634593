// `npm run restore <backup>`: a backup in place of the file database, while no app runs on it
// (see src/lib/server/backup/restore.js).
import { EXIT, RESTORE_USAGE, parseRestoreArguments } from '../src/lib/server/backup/arguments.js';
import { restoreDatabase } from '../src/lib/server/backup/restore.js';

const args = parseRestoreArguments(process.argv.slice(2));
if (!args.ok) {
	console.error(`${args.message}\n\n${RESTORE_USAGE}`);
	process.exit(EXIT.usage);
}
if (args.help) {
	console.log(RESTORE_USAGE);
	process.exit(EXIT.done);
}
const result = await restoreDatabase({ url: process.env.DATABASE_URL, from: args.from });
if (!result.ok) {
	console.error(`Not restored: ${result.message}`);
	process.exit(EXIT.failed);
}
console.log(`Restored ${args.from} into ${result.restored}.`);
if (result.kept) console.log(`The database it replaced is kept as ${result.kept}.`);
for (const warning of result.warnings) console.warn(`Warning: ${warning}`);
