import { createClient } from '@libsql/client';
import { AppServer, suitePort, tempDatabase } from '../support/app-server';
import { Tally } from '../support/load';
import { expect, test } from '../support/support';
import {
	arrangeWorkspace,
	checkLedger,
	Ledger,
	runWriters,
	summarise,
	type Kind
} from '../support/workload';

// FREEHOLD_STRESS=full (npm run test:stress) runs for minutes; npm test runs the short form.
const FULL = process.env.FREEHOLD_STRESS === 'full';
const DURATION_MS = Number(process.env.STRESS_WRITERS_MS) || (FULL ? 300_000 : 12_000);
const CLIENTS = 32;
const SEED = Number(process.env.STRESS_SEED) || Date.now() % 1_000_000;
const KINDS: Kind[] = [
	'item-create',
	'series-create',
	'item-move',
	'item-edit',
	'collab-create',
	'collab-move'
];

test.describe.configure({ timeout: DURATION_MS + 120_000 });

/**
 * Stops the test's own server and database. Kept outside the test so a timeout, which abandons the
 * test body, still stops them (a sqld left behind once ran on for 45 minutes).
 */
let teardown: (() => Promise<void>) | undefined;
test.afterEach(async () => {
	await teardown?.();
	teardown = undefined;
});

test(`${CLIENTS} clients writing at once: no 5xx, never locked, every acknowledged write stored`, async () => {
	// A server of our own, so its stderr can be searched for "database is locked".
	const database = await tempDatabase('writers');
	const server = new AppServer(suitePort(1), database.url);
	const db = createClient({ url: database.url });
	teardown = async () => {
		db.close();
		await server.kill('SIGTERM');
		await database.cleanup();
	};
	await server.start();
	const tally = new Tally();
	const fixture = await arrangeWorkspace(server.baseURL, tally, {
		members: CLIENTS,
		brands: 2,
		creators: 12
	});
	const ledger = new Ledger();
	const started = Date.now();
	const before = tally.requests;
	const phase = () => ({
		requests: tally.requests - before,
		seconds: (Date.now() - started) / 1000
	});
	const progress = setInterval(() => console.log(`…${summarise(tally, ledger, phase())}`), 30_000);
	await runWriters(fixture, ledger, {
		until: () => Date.now() - started >= DURATION_MS,
		seed: SEED
	});
	clearInterval(progress);
	const load = phase();
	console.log(
		`concurrent writers (seed ${SEED}, ${CLIENTS} clients)\n${summarise(tally, ledger, load)}`
	);

	expect(tally.serverErrors).toEqual([]);
	expect(tally.locked).toEqual([]);
	expect(server.output).not.toMatch(/database is locked|SQLITE_BUSY/i);
	expect(ledger.unexpected).toEqual([]);
	// Every request was answered, so the ledger is complete: versions and columns must match.
	expect(ledger.inDoubt).toBe(0);
	expect(await checkLedger(ledger, db, { complete: true })).toEqual([]);
	// The run did what it is for: every kind of write landed, and clients did collide.
	for (const kind of KINDS) expect(ledger.acks.get(kind) ?? 0, kind).toBeGreaterThan(0);
	expect(ledger.conflicts.get('item-move') ?? 0).toBeGreaterThan(0);
	expect(ledger.conflicts.get('collab-move') ?? 0).toBeGreaterThan(0);
});
