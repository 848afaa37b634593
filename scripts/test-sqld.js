// `npm run test:sqld`: the suites again on a libSQL server (sqld) instead of a file — the
// integration tests (src/lib/server/queries, each file on a sqld of its own; the backup tests
// take their backup through sqld's dump endpoint), every browser
// test with the e2e server on sqld (the writers and crash suites too), and the cluster suite
// (sqld, three app processes and nginx: tests/suites/cluster.spec.ts). Needs Debian's nginx.
import { spawnSync } from 'node:child_process';
import { buildIfNeeded } from './build-if-needed.js';
import { findNginx } from './cluster.js';
import { ensureSqld } from './sqld.js';

ensureSqld();
try {
	findNginx();
} catch (error) {
	console.error(error.message);
	process.exit(1);
}
buildIfNeeded();

const run = (args, env) => {
	console.log(
		`\n> ${args.join(' ')}  (${Object.entries(env)
			.map(([k, v]) => `${k}=${v}`)
			.join(' ')})`
	);
	const result = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, ...env } });
	if (result.status !== 0) process.exit(result.status ?? 1);
};
run(['vitest', 'run', '--project', 'server', 'src/lib/server/queries', 'src/lib/server/backup'], {
	FREEHOLD_TEST_DATABASE: 'sqld'
});
run(['playwright', 'test', ...process.argv.slice(2)], { E2E_DATABASE: 'sqld' });
