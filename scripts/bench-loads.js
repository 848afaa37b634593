/**
 * How long two pages with several independent reads take to answer, through HTTP on built
 * servers: a calendar item (its campaigns, series, comments, creator deliverable) and the
 * metrics page (metrics, channels, value counts). Each database (an embedded file, a libSQL
 * server) gets one brand arranged through the factories, then every build given serves it side by
 * side; the builds are asked in turn, request by request, so a busy moment of the machine falls
 * on all of them alike. Prints medians; asserts nothing (numbers depend on the machine).
 *
 *   npm run bench:loads                                  # build/ (built if stale), file and sqld
 *   RUNS=200 DATABASES=sqld npm run bench:loads
 *   BUILDS=build-before,build npm run bench:loads        # compare builds (FREEHOLD_BUILD_DIR=…)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildIfNeeded } from './build-if-needed.js';
import { get, signIn, waitForHealth } from './bench-http.js';
import { appServerEnv, TEST_SERVER_ENV } from './server-env.js';
import { createSsrLoader } from './ssr-loader.js';
import { freePort, startSqld } from './sqld.js';

const RUNS = Number(process.env.RUNS ?? 100);
const DATABASES = (process.env.DATABASES ?? 'file,sqld').split(',');
const BUILDS = (process.env.BUILDS ?? 'build').split(',');
if (!process.env.BUILDS) buildIfNeeded();

const vite = await createSsrLoader();
const load = (path) => vite.ssrLoadModule(path);
const testing = await load('/src/lib/server/testing/index.ts');
const { openDatabase } = await load('/src/lib/server/db/client.ts');
const { addComment } = await load('/src/lib/server/queries/comments.ts');
const { metricValues } = await load('/src/lib/server/db/schema/index.ts');
const { addDays } = await load('/src/lib/domain/day-range.ts');

/** One brand as a busy team has it: the item's page and the metrics page have something to read. */
async function arrange(db) {
	const user = await testing.makeUser(db);
	const brandId = await testing.makeBrand(db, user.workspaceId);
	const channels = [];
	for (const kind of ['email', 'instagram', 'tiktok', 'storefront', 'sms', 'community'])
		channels.push(await testing.makeChannel(db, brandId, kind));
	const campaigns = [];
	for (let i = 0; i < 12; i++)
		campaigns.push(await testing.makeCampaign(db, brandId, { name: `Campaign ${i}` }));
	const seriesId = await testing.makeSeries(db, brandId, { count: 8 });
	const itemId = await testing.makeItem(db, brandId, {
		title: 'Bench item',
		channelId: channels[1],
		campaignId: campaigns[3],
		seriesId,
		scheduledDate: '2026-03-04',
		scheduledTime: '09:00',
		timeZone: 'America/New_York',
		scheduledAt: Date.UTC(2026, 2, 4, 14)
	});
	for (let i = 1; i < 8; i++)
		await testing.makeItem(db, brandId, { title: `Bench item ${i}`, seriesId });
	for (let i = 0; i < 30; i++)
		await addComment(
			db,
			{ kind: 'item', brandId, id: itemId },
			user.userId,
			`Comment ${i}: looks good, ship it.`
		);
	const creatorId = await testing.makeCreator(db, user.workspaceId, { name: 'Bench Creator' });
	const collaborationId = await testing.makeCollaboration(db, { brandId, creatorId });
	await testing.makeDeliverable(db, collaborationId, { contentItemId: itemId });
	// Every metric a channel can carry, each with a year of daily values.
	const kinds = {
		email: ['email_subscribers', 'signups', 'unsubscribes'],
		instagram: ['followers'],
		tiktok: ['followers'],
		storefront: ['sessions', 'visitors', 'orders', 'revenue'],
		sms: ['sms_subscribers'],
		community: ['community_members']
	};
	const channelKinds = Object.keys(kinds);
	for (const [i, kind] of channelKinds.entries()) {
		for (const metricKind of kinds[kind]) {
			const metricId = await testing.makeMetric(db, brandId, channels[i], metricKind);
			const rows = [];
			for (let d = 0; d < 365; d++)
				rows.push({ metricId, day: addDays('2025-12-01', d), value: 1000 + d * 3 });
			for (let k = 0; k < rows.length; k += 100)
				await db.insert(metricValues).values(rows.slice(k, k + 100));
		}
	}
	const base = `/w/${user.workspaceId}/brands/${brandId}`;
	return {
		user,
		pages: [
			['calendar item', `${base}/calendar/items/${itemId}`],
			['dashboard metrics', `${base}/dashboard/metrics`]
		]
	};
}

async function startApp(build, databaseUrl) {
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, [build], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: appServerEnv({ port, origin, databaseUrl, extra: TEST_SERVER_ENV })
	});
	const exited = new Promise((done) => child.once('exit', done));
	await waitForHealth(origin);
	return {
		build,
		origin,
		stop: () => (child.kill('SIGTERM'), exited)
	};
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timedGet(server, path) {
	const start = performance.now();
	const answer = await get(server.origin, path, { cookie: server.cookie, accept: 'text/html' });
	const ms = performance.now() - start;
	if (answer.status !== 200) throw new Error(`${server.build} ${path} answered ${answer.status}`);
	return ms;
}

const results = [];
try {
	for (const kind of DATABASES) {
		const dir = mkdtempSync(join(tmpdir(), 'freehold-bench-loads-'));
		const sqld =
			kind === 'sqld' ? await startSqld({ dir: join(dir, 'sqld'), stdio: 'ignore' }) : null;
		const databaseUrl = sqld ? sqld.url : `file:${join(dir, 'bench.db')}`;
		const servers = [];
		try {
			// The first server applies the migrations; then the data; then the other builds.
			servers.push(await startApp(BUILDS[0], databaseUrl));
			const handle = openDatabase(databaseUrl);
			const { user, pages } = await arrange(handle.db);
			handle.client.close();
			for (const build of BUILDS.slice(1)) servers.push(await startApp(build, databaseUrl));
			for (const server of servers)
				server.cookie = await signIn(server.origin, {
					email: user.email,
					password: testing.TEST_PASSWORD
				});
			for (const [label, path] of pages) {
				const times = servers.map(() => []);
				for (const server of servers) await timedGet(server, path); // warm-up
				for (let r = 0; r < RUNS; r++) {
					// Alternate who goes first, so neither build always follows the other.
					const order = r % 2 ? [...servers.keys()].reverse() : [...servers.keys()];
					for (const i of order) times[i].push(await timedGet(servers[i], path));
				}
				for (const [i, server] of servers.entries())
					results.push({ database: kind, page: label, build: server.build, ms: median(times[i]) });
			}
		} finally {
			for (const server of servers) await server.stop();
			await sqld?.stop();
			rmSync(dir, { recursive: true, force: true });
		}
	}
} finally {
	await vite.close();
}

console.log(`\nmedian time of a page GET over ${RUNS} requests (signed in, full HTML answer)`);
console.log(`${'database'.padEnd(9)} ${'page'.padEnd(18)} ${'build'.padEnd(16)} median`);
for (const r of results)
	console.log(
		`${r.database.padEnd(9)} ${r.page.padEnd(18)} ${r.build.padEnd(16)} ${r.ms.toFixed(2).padStart(7)} ms`
	);
