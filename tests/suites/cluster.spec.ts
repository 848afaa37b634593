import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { startCluster } from '../../scripts/cluster.js';
import { suitePort } from '../support/app-server';
import { Tally } from '../support/load';
import { ApiUser, createBrand, expect, test } from '../support/support';
import { arrangeWorkspace, checkLedger, Ledger, runWriters, summarise } from '../support/workload';

/**
 * The app past one process (issue 8), run by `npm run test:sqld` (playwright.config.ts leaves it
 * out of `npm test`: it needs sqld and Debian's nginx): the cluster of `npm run start:cluster` —
 * sqld, three `node build` processes and nginx in front — on a temporary folder.
 */
type Cluster = Awaited<ReturnType<typeof startCluster>>;
const SEED = Number(process.env.STRESS_SEED) || Date.now() % 1_000_000;

let cluster: Cluster;
let dir: string;
let db: Client;

test.describe.configure({ mode: 'serial', timeout: 180_000 });

// Kept as beforeAll, not the role fixtures: the suite starts its own sqld, apps and proxy.
test.beforeAll(async () => {
	test.setTimeout(120_000);
	dir = mkdtempSync(join(tmpdir(), 'freehold-cluster-'));
	cluster = await startCluster({ dir, apps: 3, demo: false, quiet: true, port: suitePort(3) });
	db = createClient({ url: cluster.sqld.url });
});

test.afterAll(async () => {
	db?.close();
	await cluster?.stop();
	rmSync(dir, { recursive: true, force: true });
});

test('a person bounced between processes never notices: each save shows on the next page, whoever serves it', async () => {
	const user = await ApiUser.signUp(cluster.origin, 'Bounced');
	const brandId = await createBrand(user, { name: 'Bounced brand' });
	const brand = `/w/${user.workspaceId}/brands/${brandId}`;
	const served = new Set<string>();
	for (let i = 0; i < 9; i++) {
		const title = `Idea ${i} ${Date.now().toString(36)}`;
		const saved = await user.api.post(`${brand}/calendar/items/new`, {
			form: { title, status: 'idea', format: 'other' },
			maxRedirects: 0
		});
		expect(saved.status(), await saved.text()).toBe(303);
		served.add(saved.headers()['x-freehold-instance']);
		// The very next page, from whichever process the proxy picks, shows the save.
		const list = await user.api.get(`${brand}/calendar?view=list`);
		expect(list.status()).toBe(200);
		expect(await list.text()).toContain(title);
		served.add(list.headers()['x-freehold-instance']);
	}
	// The session, the brand and the items were read by every process.
	expect([...served].sort()).toEqual(['app-1', 'app-2', 'app-3']);
	await user.dispose();
});

test('writers through the proxy: an app killed mid-load and sqld restarted lose nothing acknowledged', async () => {
	const tally = new Tally();
	const fixture = await arrangeWorkspace(cluster.origin, tally, {
		members: 12,
		brands: 2,
		creators: 6
	});
	const ledger = new Ledger();
	const started = Date.now();
	// Two seconds in, one of the three processes dies; nginx stops sending it requests.
	const kill = new Promise<void>((done) =>
		setTimeout(() => void cluster.apps[1].stop('SIGKILL').then(done), 2_000)
	);
	await runWriters(fixture, ledger, { until: () => Date.now() - started >= 6_000, seed: SEED });
	await kill;
	console.log(
		`cluster, app-2 killed (seed ${SEED})\n${summarise(tally, ledger, { requests: tally.requests, seconds: (Date.now() - started) / 1000 })}`
	);
	// Only what was in flight on the dead process could fail, and only as the proxy's 502: a
	// request it had not delivered went to another process, and none was sent twice.
	const gateway = (line: string) => / 502 /.test(line);
	expect(tally.serverErrors.filter((line) => !gateway(line))).toEqual([]);
	expect(ledger.unexpected.filter((line) => !gateway(line))).toEqual([]);
	expect(tally.serverErrors.length).toBeLessThan(20);
	expect(ledger.acknowledged()).toBeGreaterThan(30);
	expect(await checkLedger(ledger, db, { complete: false })).toEqual([]);

	// The database goes away and comes back on the same data: the apps reconnect on their own.
	await cluster.restartSqld();
	const errorsBefore = tally.serverErrors.length;
	const acknowledgedBefore = ledger.acknowledged();
	const again = Date.now();
	await runWriters(fixture, ledger, { until: () => Date.now() - again >= 3_000, seed: SEED + 1 });
	expect(tally.serverErrors.slice(errorsBefore)).toEqual([]);
	expect(ledger.acknowledged()).toBeGreaterThan(acknowledgedBefore + 10);
	const after = createClient({ url: cluster.sqld.url });
	try {
		expect(await checkLedger(ledger, after, { complete: false })).toEqual([]);
		const integrity = await after.execute('PRAGMA integrity_check');
		expect(integrity.rows.map((row) => row[0])).toEqual(['ok']);
	} finally {
		after.close();
	}
});
