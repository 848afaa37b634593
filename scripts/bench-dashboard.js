/**
 * How fast the growth dashboard reads at real size: a temporary database with one brand,
 * 30 metrics and five years of daily values each (~55k rows), then the page's own loader
 * (src/lib/server/dashboard.ts, loaded through Vite so the TypeScript runs as is) for
 * "4 weeks" and "all time". Prints medians; asserts nothing (numbers depend on the machine).
 *
 *   npm run bench:dashboard            # 15 runs per view
 *   RUNS=50 npm run bench:dashboard
 */
import { createSsrLoader } from './ssr-loader.js';

const RUNS = Number(process.env.RUNS ?? 15);
const METRICS = 30;
const YEARS = 5;

const vite = await createSsrLoader();
const load = (path) => vite.ssrLoadModule(path);
const { createTestDatabase, makeUser, brandInput } = await load('/src/lib/server/testing/index.ts');
const { createBrand } = await load('/src/lib/server/queries/brands.ts');
const { createChannel } = await load('/src/lib/server/queries/channels.ts');
const { loadDashboard } = await load('/src/lib/server/dashboard.ts');
const { metrics } = await load('/src/lib/server/db/schema/index.ts');
const { METRIC_KIND_KEYS } = await load('/src/lib/domain/metrics.ts');
const { addDays } = await load('/src/lib/domain/day-range.ts');

const t = await createTestDatabase();
try {
	const { workspaceId } = await makeUser(t.db);
	const brandId = await createBrand(t.db, workspaceId, brandInput());
	const now = Date.UTC(2026, 11, 2, 17);
	const today = '2026-12-02';
	const first = addDays(today, -(365 * YEARS) + 1);
	// 30 metrics: the 11 kinds on three channels (owned email, owned storefront, rented TikTok).
	const ids = [];
	for (let c = 0; ids.length < METRICS; c++) {
		const channelId = await createChannel(t.db, brandId, {
			kind: ['email', 'storefront', 'tiktok'][c % 3],
			label: `Channel ${c}`,
			handle: '',
			ownership: c % 3 === 2 ? 'rented' : 'owned',
			weeklyCadence: 0,
			timeZone: 'America/New_York'
		});
		for (const kind of METRIC_KIND_KEYS) {
			if (ids.length === METRICS) break;
			const id = `m${ids.length}`;
			await t.db.insert(metrics).values({ id, brandId, channelId, kind, position: ids.length });
			ids.push(id);
		}
	}
	const days = 365 * YEARS;
	const started = performance.now();
	for (const id of ids) {
		const rows = [];
		for (let i = 0; i < days; i++)
			rows.push(`('${id}', '${addDays(first, i)}', ${1000 + i * 3 + (i % 7)})`);
		for (let k = 0; k < rows.length; k += 500) {
			await t.client.execute(
				`INSERT INTO metric_values (metric_id, day, value) VALUES ${rows.slice(k, k + 500).join(',')}`
			);
		}
	}
	const count = (await t.client.execute('SELECT count(*) AS n FROM metric_values')).rows[0].n;
	console.log(
		`seeded ${count} values (${METRICS} metrics × ${days} days) in ${Math.round(performance.now() - started)} ms`
	);

	const brand = { id: brandId, marketTimeZone: 'America/New_York' };
	const views = [
		['4 weeks, by day, vs previous', 'range=4w&rollup=day&compare=previous'],
		['4 weeks, by day, vs last year', 'range=4w&rollup=day&compare=year'],
		['all (5 years), by month, vs previous', 'range=all&rollup=month&compare=previous'],
		['all (5 years), by week, vs previous', 'range=all&rollup=week&compare=previous'],
		['all (5 years), by day, no comparison', 'range=all&rollup=day&compare=none']
	];
	for (const [label, query] of views) {
		const params = new URLSearchParams(query);
		await loadDashboard(t.db, brand, params, now); // warm-up
		const times = [];
		let points = 0;
		for (let r = 0; r < RUNS; r++) {
			const start = performance.now();
			const data = await loadDashboard(t.db, brand, params, now);
			times.push(performance.now() - start);
			points = data.charts.reduce((n, c) => n + c.points.length, 0);
		}
		times.sort((a, b) => a - b);
		const median = times[Math.floor(times.length / 2)];
		console.log(
			`${label.padEnd(40)} median ${median.toFixed(1).padStart(7)} ms  (${RUNS} runs, ${points} chart points)`
		);
	}
} finally {
	t.cleanup();
	await vite.close();
}
