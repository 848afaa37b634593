import { createHash } from 'node:crypto';
import { openE2eDatabase, e2eDatabaseUrl } from '../support/database';
import { discoverRoutes, fill } from '../support/routes';
import { createBrand, expect, test } from '../support/support';
import { arrangeTargets, routeParams, type Targets } from '../support/targets';

/**
 * Heavy and extreme requests (issue 15): a date the date library clamps (9999-12-31) once made the
 * dashboard loop until the process died, and a viewer's ten-year daily dashboard was 13 MB of HTML
 * that stalled /health for seconds. Every GET of the app is sent the extreme dates; four of the
 * heaviest requests run in parallel while /health must keep answering within a second; the week
 * view and the range export stay within their caps and say so. The real /health figure under this
 * load is measured by `npm run bench:heavy` (target 200 ms).
 */

/** Days a URL may carry where a date belongs: the library's last day, its first, JS's last. */
const EXTREME_DATES = ['9999-12-31', '0001-01-01', '+275760-09-13'];
/** Every query parameter the app reads a day from. */
const DATE_PARAMS = ['from', 'to', 'week', 'date', 'start', 'due'];
/** Over a libSQL server's HTTP API every request is slower: the limits stretch with it. */
const SLOW = e2eDatabaseUrl().startsWith('file:') ? 1 : 3;

const db = openE2eDatabase();
let targets: Targets;
let heavy: { brandId: string; metricId: string; busyWeek: string };

/** How much slower than an idle CI machine this one runs now: the median of 7 timed hashings. */
function machineLoadFactor() {
	const buffer = Buffer.alloc(4 << 20, 7);
	const times: number[] = [];
	for (let run = 0; run < 7; run++) {
		const started = performance.now();
		for (let i = 0; i < 5; i++) createHash('sha256').update(buffer).digest();
		times.push(performance.now() - started);
	}
	return times.sort((a, b) => a - b)[3] / 10;
}

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DAY = 86_400_000;
const today = dayOf(Date.now());

test.describe.configure({ mode: 'serial' });

// Kept as beforeAll, not the role fixtures: it bulk-loads thousands of rows in SQL on purpose
// and removes them when it ends.
test.beforeAll(async ({ baseURL }) => {
	test.setTimeout(SLOW * 120_000);
	targets = await arrangeTargets(baseURL!, db);
	heavy = await arrangeHeavyBrand(targets);
});

test.afterAll(async () => {
	// The suites after this one compare the whole database after each request; over a libSQL
	// server's HTTP API 30,000 heavy rows made the hostile suite outlast its 15 minutes.
	if (heavy) {
		await db.batch([
			{
				sql: 'DELETE FROM metric_values WHERE metric_id IN (SELECT id FROM metrics WHERE brand_id = ?)',
				args: [heavy.brandId]
			},
			{ sql: 'DELETE FROM content_items WHERE brand_id = ?', args: [heavy.brandId] }
		]);
	}
	await Promise.all(
		[targets?.owner, targets?.viewer, targets?.outsider].map((user) => user?.dispose())
	);
	db.close();
});

/**
 * A brand with a busy brand's audience data (33 metrics × 548 days, as much history as the demo
 * keeps), a week of 700 items
 * and 10,001 items in the 400 days before it: the load that made pages and exports heavy.
 */
async function arrangeHeavyBrand({ owner }: Targets) {
	const brandId = await createBrand(owner, { name: 'Heavy' });
	const channels = ['email', 'tiktok', 'instagram'].map((kind) => ({
		kind,
		id: `${kind.slice(0, 2)}-${brandId}`.slice(0, 30)
	}));
	for (const { kind, id } of channels) {
		await db.execute({
			sql: "INSERT INTO channels (id, brand_id, kind, ownership, time_zone) VALUES (?, ?, ?, ?, 'UTC')",
			args: [id, brandId, kind, kind === 'email' ? 'owned' : 'rented']
		});
	}
	const channelId = channels[0].id;
	const kinds = [
		'email_subscribers',
		'sms_subscribers',
		'followers',
		'community_members',
		'customers',
		'sessions',
		'visitors',
		'signups',
		'unsubscribes',
		'orders',
		'revenue'
	];
	let position = 0;
	for (const channel of channels) {
		for (const kind of kinds) {
			const metricId = `hm${position}-${brandId}`.slice(0, 30);
			await db.execute({
				sql: 'INSERT INTO metrics (id, brand_id, channel_id, kind, position) VALUES (?, ?, ?, ?, ?)',
				args: [metricId, brandId, channel.id, kind, position++]
			});
			// 548 days up to yesterday, one value a day, written in one statement.
			await db.execute({
				sql: `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 548)
					INSERT INTO metric_values (metric_id, day, value)
					SELECT ?, date(?, '-' || i || ' days'), 1000 + i FROM n`,
				args: [metricId, today]
			});
		}
	}
	// The busy week: the Monday of the week after next, 700 items over its seven days.
	const monday = dayOf(Date.now() + ((8 - new Date().getUTCDay()) % 7 || 7) * DAY + 7 * DAY);
	const items = (count: number, firstDay: string, spanDays: number, prefix: string) =>
		db.execute({
			sql: `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
				INSERT INTO content_items (id, brand_id, title, channel_id, scheduled_date, scheduled_time, time_zone, scheduled_at)
				SELECT ? || i, ?, 'Item ' || i, ?, date(?, '+' || (i % ?) || ' days'), '09:00', 'UTC', 0 FROM n`,
			args: [count, `${prefix}${brandId}`.slice(0, 20), brandId, channelId, firstDay, spanDays]
		});
	await items(700, monday, 7, 'wk');
	await items(10_001, dayOf(Date.parse(monday) - 399 * DAY), 399, 'ex');
	return { brandId, metricId: `hm0-${brandId}`.slice(0, 30), busyWeek: monday };
}

test('every page and GET endpoint answers extreme dates quickly, without a 5xx', async () => {
	test.setTimeout(SLOW * 300_000);
	const params = routeParams(targets);
	const gets = discoverRoutes().filter((r) => r.page || r.methods.includes('GET'));
	expect(gets.length).toBeGreaterThan(40);
	for (const route of gets) {
		const path = fill(route.pattern, { ...params, brandId: heavy.brandId });
		for (const value of EXTREME_DATES) {
			const query = new URLSearchParams(DATE_PARAMS.map((name) => [name, value]));
			const started = Date.now();
			const response = await targets.viewer.api.get(`${path}?${query}`, {
				maxRedirects: 0,
				timeout: SLOW * 10_000
			});
			const label = `GET ${route.pattern} (${value})`;
			expect.soft(response.status(), label).toBeLessThan(500);
			expect.soft(Date.now() - started, `${label} took`).toBeLessThan(SLOW * 2_000);
		}
	}
	// The pages that read a range or a week say they left the date out, in the user's language.
	const brand = `/w/${targets.owner.workspaceId}/brands/${heavy.brandId}`;
	for (const path of ['/dashboard', '/dashboard/review', '/dashboard/entry', '/calendar']) {
		const param = path === '/dashboard' ? 'to' : 'week';
		const html = await (await targets.viewer.api.get(`${brand}${path}?${param}=9999-12-31`)).text();
		expect(html, path).toContain('Dates run from 2000-01-01 to');
	}
	const refused = await targets.viewer.api.get(
		`${brand}/dashboard/export.csv?metric=${heavy.metricId}&from=0001-01-01`
	);
	expect(refused.status()).toBe(400);
	expect(await refused.text()).toContain('Nothing was exported');
});

test('/health answers within a second (longer on a busier machine) while four heavy requests run at once', async () => {
	test.setTimeout(SLOW * 120_000);
	const brand = `/w/${targets.owner.workspaceId}/brands/${heavy.brandId}`;
	const tenYearsDaily = `range=custom&from=${dayOf(Date.now() - 3651 * DAY)}&to=${today}&rollup=day&compare=previous`;
	const heavyPaths = [
		`${brand}/dashboard?${tenYearsDaily}`,
		`${brand}/dashboard?${tenYearsDaily.replace('compare=previous', 'compare=year')}`,
		`${brand}/dashboard/export.csv?metric=${heavy.metricId}&${tenYearsDaily}`,
		`${brand}/calendar/export.csv?from=${dayOf(Date.parse(heavy.busyWeek) - 399 * DAY)}&to=${heavy.busyWeek}`
	];
	// The limit stretches with how busy the machine is (two suites side by side on 2 cores): a
	// fixed piece of work timed here, where it takes ~10 ms on an idle CI machine, scales it. Before
	// the fix a heavy request held /health back for up to 2.3 s on an idle machine.
	const limit = SLOW * 1_000 * Math.max(1, machineLoadFactor());
	const health: number[] = [];
	for (let round = 0; round < 3; round++) {
		let busy = true;
		const polling = (async () => {
			while (busy) {
				const started = Date.now();
				const answer = await targets.viewer.api.get('/health', { timeout: SLOW * 10_000 });
				expect(answer.status()).toBe(200);
				health.push(Date.now() - started);
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
		})();
		const answers = await Promise.all(
			heavyPaths.map((path) => targets.viewer.api.get(path, { timeout: SLOW * 30_000 }))
		);
		busy = false;
		await polling;
		for (const [i, answer] of answers.entries()) {
			expect(answer.status(), heavyPaths[i]).toBeLessThan(500);
		}
	}
	expect(health.length).toBeGreaterThan(0);
	expect(
		Math.max(...health),
		`/health latencies ${health.join(', ')} ms (limit ${Math.round(limit)} ms)`
	).toBeLessThan(limit);
});

test('the week view, the charts and the range export stay within their caps and say so', async () => {
	test.setTimeout(SLOW * 60_000);
	const brand = `/w/${targets.owner.workspaceId}/brands/${heavy.brandId}`;
	const week = await targets.viewer.api.get(`${brand}/calendar?week=${heavy.busyWeek}`);
	const html = await week.text();
	expect(html).toContain('This week has more than 500 items');
	// Items link to their pages from the grid: at most the cap's 500 of the week's 700 travel.
	const cards = new Set(html.match(/calendar\/items\/wk[a-z0-9]+/g));
	expect(cards.size).toBeGreaterThan(400);
	expect(cards.size).toBeLessThanOrEqual(500);

	const tenYears = `range=custom&from=${dayOf(Date.now() - 3651 * DAY)}&to=${today}&rollup=day`;
	const dashboard = await (await targets.viewer.api.get(`${brand}/dashboard?${tenYears}`)).text();
	expect(dashboard).toContain('Showing monthly values: a daily chart of this range would have');
	expect(dashboard.length).toBeLessThan(2_000_000);
	const csv = await targets.viewer.api.get(
		`${brand}/dashboard/export.csv?metric=${heavy.metricId}&${tenYears}`
	);
	expect((await csv.text()).trim().split('\n').length - 1).toBeLessThanOrEqual(400);

	const from = dayOf(Date.parse(heavy.busyWeek) - 399 * DAY);
	const range = await targets.viewer.api.get(
		`${brand}/calendar/export.csv?from=${from}&to=${heavy.busyWeek}`
	);
	expect(range.status()).toBe(400);
	expect(await range.text()).toContain('more than 10000 items');
});
