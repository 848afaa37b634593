import { createClient } from '@libsql/client';
import { AppServer, suitePort, tempDatabase } from '../support/app-server';
import { random, Tally } from '../support/load';
import { expect, test } from '../support/support';
import { arrangeWorkspace, checkLedger, Ledger, runWriters, summarise } from '../support/workload';

// FREEHOLD_STRESS=full (npm run test:stress) kills the server 50 times; npm test 5 times.
const FULL = process.env.FREEHOLD_STRESS === 'full';
const CYCLES = Number(process.env.STRESS_CRASH_CYCLES) || (FULL ? 50 : 5);
const CLIENTS = 8;
const SEED = Number(process.env.STRESS_SEED) || Date.now() % 1_000_000;

test.describe.configure({ timeout: 60_000 + CYCLES * 8_000 });

test(`SIGKILL mid-load, ${CYCLES} times: the file stays sound and no acknowledged write is lost`, async () => {
	const database = await tempDatabase('crash');
	const server = new AppServer(suitePort(2), database.url);
	const rng = random(SEED);
	const tally = new Tally();
	const ledger = new Ledger();
	try {
		await server.start();
		const fixture = await arrangeWorkspace(server.baseURL, tally, {
			members: CLIENTS,
			brands: 2,
			creators: 6
		});
		const load = { requests: 0, seconds: 0 };
		for (let cycle = 1; cycle <= CYCLES; cycle += 1) {
			// Sessions live in the database, so the same clients carry on after every restart.
			if (cycle > 1) await server.start();
			let stopped = false;
			const before = { requests: tally.requests, at: Date.now() };
			const writers = runWriters(fixture, ledger, { until: () => stopped, seed: SEED + cycle });
			await new Promise((resolve) => setTimeout(resolve, 500 + rng.int(2000)));
			// No new requests from here; the ones in flight are cut by the kill.
			stopped = true;
			await server.kill('SIGKILL');
			await writers;
			load.requests += tally.requests - before.requests;
			load.seconds += (Date.now() - before.at) / 1000;

			const db = createClient({ url: database.url });
			try {
				const integrity = await db.execute('PRAGMA integrity_check');
				expect(
					integrity.rows.map((r) => r[0]),
					`integrity after kill ${cycle}`
				).toEqual(['ok']);
				const orphans = await db.execute('PRAGMA foreign_key_check');
				expect(orphans.rows, `foreign keys after kill ${cycle}`).toEqual([]);
				const problems = await checkLedger(ledger, db, { complete: false });
				expect(problems, `acknowledged writes after kill ${cycle}`).toEqual([]);
			} finally {
				db.close();
			}
		}
		console.log(
			`crash (seed ${SEED}, ${CYCLES} kills, ${CLIENTS} clients)\n${summarise(tally, ledger, load)}`
		);
		expect(tally.serverErrors).toEqual([]);
		expect(server.output).not.toMatch(/database is locked|SQLITE_BUSY/i);
		expect(ledger.unexpected).toEqual([]);
		expect(ledger.acknowledged()).toBeGreaterThan(0);
		// The kills landed under writes, not between them.
		expect(ledger.inDoubt).toBeGreaterThan(0);
	} finally {
		await server.kill();
		await database.cleanup();
	}
});
