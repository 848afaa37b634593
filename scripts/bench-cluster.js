// `npm run bench -- --cluster` (issue 8): the agency-size database on a libSQL server, served by
// 1 and then 3 app processes behind nginx (the cluster of `npm run start:cluster`), the same
// pages under autocannon through the proxy. Prints the throughput of each and the ratio 3 ÷ 1,
// and writes bench/cluster-results.json.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createClient } from '@libsql/client';
import autocannon from 'autocannon';
import { machine, signIn } from './bench-http.js';
import { seedDatabases } from './bench-seed.js';
import { startCluster } from './cluster.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const PROCESSES = [1, 3];

export async function benchCluster(dataDir, { reuse }) {
	const seeded = await seedDatabases(dataDir, { reuse });
	const { large } = seeded;
	// The seeded file, whole (its WAL folded in), becomes sqld's database: sqld rebuilds its
	// replication log from a database file it finds without one.
	const file = createClient({ url: `file:${large.file}` });
	await file.execute('PRAGMA wal_checkpoint(TRUNCATE)');
	file.close();
	const brand = `/w/${large.data.workspaceId}/brands/${large.data.brandId}`;
	const pages = [
		{ name: 'floor: /health', path: '/health', signedIn: false },
		{ name: 'calendar week', path: `${brand}/calendar?week=${large.data.week}`, signedIn: true },
		{
			name: 'calendar month',
			path: `${brand}/calendar?view=month&week=${large.data.week}`,
			signedIn: true
		},
		{ name: 'creator board', path: `${brand}/outreach`, signedIn: true },
		{ name: 'dashboard', path: `${brand}/dashboard`, signedIn: true }
	];
	const runs = {};
	for (const processes of PROCESSES) {
		const dir = mkdtempSync(join(tmpdir(), 'freehold-bench-cluster-'));
		const target = join(dir, 'sqld', 'db.sqld', 'dbs', 'default');
		mkdirSync(target, { recursive: true });
		copyFileSync(large.file, join(target, 'data'));
		const cluster = await startCluster({ dir, apps: processes, demo: false, quiet: true });
		try {
			const cookie = await signIn(cluster.origin, large.account);
			for (const page of pages) {
				const options = {
					url: cluster.origin + page.path,
					connections: CONNECTIONS,
					headers: page.signedIn ? { cookie, accept: 'text/html' } : {}
				};
				await autocannon({ ...options, duration: 1 });
				const run = await autocannon({ ...options, duration: SECONDS });
				const errors = run.errors + run.timeouts + run.non2xx;
				if (errors) throw new Error(`${page.name} with ${processes}: ${errors} failed requests`);
				(runs[page.name] ??= {})[processes] = {
					requestsPerSecond: Math.round(run.requests.average),
					p50: run.latency.p50,
					p99: run.latency.p99
				};
				console.log(
					`  ${processes} process(es): ${page.name.padEnd(16)} ${Math.round(run.requests.average)} req/s`
				);
			}
		} finally {
			await cluster.stop();
			rmSync(dir, { recursive: true, force: true });
		}
	}
	const rows = pages.map(({ name }) => {
		const one = runs[name][1];
		const three = runs[name][3];
		return {
			page: name,
			'1 process req/s': one.requestsPerSecond,
			'1 p50 ms': one.p50,
			'3 processes req/s': three.requestsPerSecond,
			'3 p50 ms': three.p50,
			'3 ÷ 1': one.requestsPerSecond
				? Math.round((three.requestsPerSecond / one.requestsPerSecond) * 100) / 100
				: null
		};
	});
	const info = machine();
	console.log(
		`\n${info.cpu}, ${info.cores} cores, ${info.memoryGiB} GiB, Node ${info.node}; ${SECONDS} s a run, ${CONNECTIONS} connections, through nginx to sqld`
	);
	console.table(rows);
	mkdirSync('bench', { recursive: true });
	const out = resolve('bench/cluster-results.json');
	writeFileSync(
		out,
		JSON.stringify(
			{
				measuredAt: new Date().toISOString(),
				machine: info,
				settings: { seconds: SECONDS, connections: CONNECTIONS },
				pages: rows
			},
			null,
			'\t'
		) + '\n'
	);
	console.log(`wrote ${out}`);
}
