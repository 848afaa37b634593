/**
 * `npm run bench:heavy` (issue 15): does the server stay responsive while four of its heaviest
 * requests run at once? The built server on a fresh demo database; the demo account (any member
 * may send these) fires the four in parallel, ROUNDS times over, while /health is asked every
 * 50 ms. Prints the
 * median and p99 /health latency under that load (target: 200 ms; the hostile suite asserts < 1 s)
 * and each heavy request's time and bytes. Asserts nothing: the numbers depend on the machine.
 *
 *   npm run bench:heavy
 *   BENCH_ROUNDS=10 npm run bench:heavy
 *   BENCH_BUILD=build-old npm run bench:heavy   # another build of the app (before/after a change)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createClient } from '@libsql/client';
import { BUILD_DIR, buildIfNeeded } from './build-if-needed.js';
import { get, machine, signIn, waitForHealth } from './bench-http.js';
import { appServerEnv } from './server-env.js';
import { freePort } from './sqld.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const HEALTH_EVERY_MS = 50;
const TARGET_MS = 200;
const DEMO = { email: 'demo@freehold.test', password: 'freehold-demo' };

const build = process.env.BENCH_BUILD || BUILD_DIR;
if (!process.env.BENCH_BUILD) buildIfNeeded();
const dir = mkdtempSync(join(tmpdir(), 'freehold-bench-heavy-'));
const file = join(dir, 'demo.db');
let child;
try {
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	child = spawn(process.execPath, [build], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: appServerEnv({ port, origin, databaseUrl: `file:${file}`, demo: true })
	});
	await waitForHealth(origin);
	const cookie = await signIn(origin, DEMO);
	const requests = await heavyRequests(file);
	const headers = { cookie, accept: 'text/html' };

	const health = [];
	const heavy = new Map(requests.map((r) => [r.name, { times: [], bytes: 0, status: 0 }]));
	for (let round = 0; round < ROUNDS; round++) {
		let busy = true;
		const polling = (async () => {
			while (busy) {
				const started = performance.now();
				await get(origin, '/health');
				health.push(performance.now() - started);
				await new Promise((r) => setTimeout(r, HEALTH_EVERY_MS));
			}
		})();
		await Promise.all(
			requests.map(async ({ name, path }) => {
				const started = performance.now();
				const res = await get(origin, path, headers);
				const entry = heavy.get(name);
				entry.times.push(performance.now() - started);
				entry.bytes = res.body.length;
				entry.status = res.status;
			})
		);
		busy = false;
		await polling;
	}

	console.log(
		`\n${machine().cores} cores, ${ROUNDS} rounds of 4 parallel heavy requests (${build})`
	);
	console.log(
		`/health under load: median ${ms(percentile(health, 50))}, p99 ${ms(percentile(health, 99))}, ` +
			`max ${ms(Math.max(...health))} over ${health.length} probes (target ${TARGET_MS} ms)`
	);
	for (const { name, path } of requests) {
		const { times, bytes, status } = heavy.get(name);
		console.log(
			`  ${name.padEnd(34)} ${String(status).padEnd(4)} median ${ms(percentile(times, 50)).padStart(9)}` +
				`  ${(bytes / 1024).toFixed(0).padStart(7)} kB  ${path}`
		);
	}
} finally {
	child?.kill('SIGTERM');
	rmSync(dir, { recursive: true, force: true });
}

/**
 * The four heaviest GETs a signed-in member can make on the demo brand with the most data, the same
 * four the hostile suite fires (tests/suites/hostile-heavy.spec.ts).
 */
async function heavyRequests(databaseFile) {
	const db = createClient({ url: `file:${databaseFile}` });
	try {
		const { rows } = await db.execute(
			`SELECT b.id AS brandId, b.workspace_id AS workspaceId, m.id AS metricId
			 FROM brands b JOIN metrics m ON m.brand_id = b.id
			 JOIN metric_values v ON v.metric_id = m.id
			 GROUP BY m.id ORDER BY count(*) DESC LIMIT 1`
		);
		const { brandId, workspaceId, metricId } = rows[0];
		const base = `/w/${workspaceId}/brands/${brandId}`;
		const today = new Date().toISOString().slice(0, 10);
		const yearsAgo = (years, plus = 1) => {
			const d = new Date(`${today}T00:00:00Z`);
			d.setUTCFullYear(d.getUTCFullYear() - years);
			d.setUTCDate(d.getUTCDate() + plus);
			return d.toISOString().slice(0, 10);
		};
		const tenYearsDaily = `range=custom&from=${yearsAgo(10)}&to=${today}&compare=previous&rollup=day`;
		const daysAgo = (n) => new Date(Date.parse(today) - n * 86_400_000).toISOString().slice(0, 10);
		return [
			{ name: 'dashboard, 10 years by day', path: `${base}/dashboard?${tenYearsDaily}` },
			{
				name: 'dashboard, 10 years by day vs year',
				path: `${base}/dashboard?${tenYearsDaily.replace('compare=previous', 'compare=year')}`
			},
			{
				name: 'chart export.csv, 10 years by day',
				path: `${base}/dashboard/export.csv?metric=${metricId}&${tenYearsDaily}`
			},
			{
				name: 'calendar export.csv, 400 days',
				path: `${base}/calendar/export.csv?from=${daysAgo(399)}&to=${daysAgo(-1)}`
			}
		];
	} finally {
		db.close();
	}
}

function percentile(values, p) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function ms(value) {
	return `${value.toFixed(1)} ms`;
}
