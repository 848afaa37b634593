/**
 * `npm run bench:lighthouse` (issue 18): Lighthouse 12.8 in its default mobile profile (a mid-range
 * phone on slow 4G, simulated) on the demo, signed in as the demo account, for the pages people
 * open on a phone. Writes each page's scores and key metrics to bench/lighthouse.json and prints
 * them. Asserts nothing: the numbers depend on the machine (target: every score ≥ 90).
 *
 *   npm run bench:lighthouse
 *   BENCH_BUILD=build-old npm run bench:lighthouse   # another build of the app (before/after)
 *   BENCH_PAGES=dashboard,calendar npm run bench:lighthouse   # only these pages (not written to the file)
 *   BENCH_REPORTS=/tmp/lh npm run bench:lighthouse   # also keep each page's full report there,
 *                                                    # for its diagnostics (long tasks, unused JS …)
 *
 * Lighthouse runs through `npx lighthouse@12.8.2` (13.x needs Node 22) with the Chromium the
 * browser tests use (CHROME_PATH, else /usr/bin/chromium).
 */
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { BUILD_DIR, buildIfNeeded } from './build-if-needed.js';
import { machine, signIn, waitForHealth } from './bench-http.js';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';
import { appServerEnv } from './server-env.js';
import { freePort } from './sqld.js';

const LIGHTHOUSE = 'lighthouse@12.8.2';
const DEMO = { email: 'demo@freehold.test', password: 'freehold-demo' };
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const OUT = 'bench/lighthouse.json';

const build = process.env.BENCH_BUILD || BUILD_DIR;
if (!process.env.BENCH_BUILD) buildIfNeeded();
const chrome = findChromium();
const dir = mkdtempSync(join(tmpdir(), 'freehold-bench-lighthouse-'));
let child;
try {
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	child = spawn(process.execPath, [build], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: appServerEnv({ port, origin, databaseUrl: `file:${join(dir, 'demo.db')}`, demo: true })
	});
	await waitForHealth(origin);
	const cookie = await signIn(origin, DEMO);
	const only = process.env.BENCH_PAGES?.split(',').map((name) => name.trim());
	const pages = (await phonePages(join(dir, 'demo.db'))).filter(
		({ name }) => !only || only.includes(name)
	);
	const results = [];
	for (const { name, path } of pages) {
		const report = join(dir, 'report.json');
		execFileSync(
			'npx',
			[
				'-y',
				LIGHTHOUSE,
				origin + path,
				`--only-categories=${CATEGORIES.join(',')}`,
				'--output=json',
				`--output-path=${report}`,
				'--quiet',
				`--extra-headers=${JSON.stringify({ cookie })}`,
				`--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`
			],
			{ stdio: 'inherit', env: { ...process.env, ...(chrome ? { CHROME_PATH: chrome } : {}) } }
		);
		const lhr = JSON.parse(readFileSync(report, 'utf8'));
		if (process.env.BENCH_REPORTS) {
			mkdirSync(process.env.BENCH_REPORTS, { recursive: true });
			copyFileSync(report, join(process.env.BENCH_REPORTS, `${name.replace(/\W+/g, '-')}.json`));
		}
		const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
		const metric = (id) => Math.round(lhr.audits[id]?.numericValue ?? 0);
		const result = {
			name,
			path: path.replace(/\/w\/[^/]+/, '/w/…').replace(/\/brands\/[^/?]+/, '/brands/…'),
			finalUrl: lhr.finalDisplayedUrl,
			performance: score('performance'),
			accessibility: score('accessibility'),
			bestPractices: score('best-practices'),
			lcpMs: metric('largest-contentful-paint'),
			tbtMs: metric('total-blocking-time'),
			cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? 0
		};
		results.push(result);
		console.log(
			`${name.padEnd(22)} perf ${String(result.performance).padStart(3)}  a11y ${String(result.accessibility).padStart(3)}` +
				`  bp ${String(result.bestPractices).padStart(3)}  LCP ${result.lcpMs} ms  TBT ${result.tbtMs} ms`
		);
	}
	if (only) {
		console.log(`\nsome pages only (BENCH_PAGES): not written to ${OUT}`);
	} else {
		mkdirSync('bench', { recursive: true });
		writeFileSync(
			OUT,
			JSON.stringify(
				{
					lighthouse: LIGHTHOUSE,
					at: new Date().toISOString(),
					machine: machine(),
					pages: results
				},
				null,
				'\t'
			) + '\n'
		);
		console.log(`\nwritten to ${OUT}`);
	}
} finally {
	child?.kill('SIGTERM');
	rmSync(dir, { recursive: true, force: true });
}

/** The demo's English brand: the pages the issue measured, and the ones people check on the way. */
async function phonePages(databaseFile) {
	const db = createClient({ url: `file:${databaseFile}` });
	try {
		const { rows } = await db.execute(
			"SELECT id, workspace_id AS workspaceId FROM brands WHERE name = 'Bump & Bloom'"
		);
		const { id, workspaceId } = rows[0];
		const base = `/w/${workspaceId}/brands/${id}`;
		return [
			{ name: 'workspace', path: `/w/${workspaceId}` },
			{ name: 'brand', path: base },
			{ name: 'calendar', path: `${base}/calendar` },
			{ name: 'outreach', path: `${base}/outreach` },
			{ name: 'dashboard', path: `${base}/dashboard` },
			{ name: 'weekly entry', path: `${base}/dashboard/entry` },
			{ name: 'creators', path: `/w/${workspaceId}/creators` }
		];
	} finally {
		db.close();
	}
}
