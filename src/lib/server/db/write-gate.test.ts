import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Client } from '@libsql/client';
import { sql } from 'drizzle-orm';
import { BUSY_TIMEOUT_MS } from './client';
import { createTestDatabase } from './testing';
import { gateWrites } from './write-gate';

let t: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(() => t.cleanup());

let n = 0;
const insert = () => {
	n += 1;
	return {
		sql: 'INSERT INTO rate_limits (key, window_start, count) VALUES (?, 0, 1)',
		args: [`k${n}`]
	};
};
const tick = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));
const stored = async (client: Client, key: string) =>
	(
		await client.execute({
			sql: 'SELECT count(*) AS n FROM rate_limits WHERE key = ?',
			args: [key]
		})
	).rows[0].n;

describe('writers of one process take turns', () => {
	it('without the gate, a write during an open transaction freezes the process, then fails', async () => {
		// Why the gate exists: SQLite's busy handler waits on the very thread that must commit.
		const raw = createClient({ url: t.url, timeout: 200 });
		const tx = await raw.transaction('write');
		await tx.execute(insert());
		const failed = await raw.execute(insert()).then(
			() => null,
			(e: Error) => e
		);
		await tx.commit();
		raw.close();
		expect(String(failed)).toMatch(/database is locked/);
	});

	it('a write during an open transaction waits for its commit, then lands', async () => {
		const started = Date.now();
		const tx = await t.client.transaction('write');
		const mine = insert();
		await tx.execute(mine);
		const other = insert();
		const waiting = t.client.execute(other);
		await tick();
		await tx.commit();
		await waiting;
		expect(await stored(t.client, mine.args[0])).toBe(1);
		expect(await stored(t.client, other.args[0])).toBe(1);
		expect(Date.now() - started).toBeLessThan(BUSY_TIMEOUT_MS);
	});

	it('so do batches and drizzle writes, while a drizzle transaction awaits between statements', async () => {
		const started = Date.now();
		const results = await Promise.all([
			t.db.transaction(async (tx) => {
				await tx.run(sql`INSERT INTO rate_limits (key, window_start, count) VALUES ('tx-a', 0, 1)`);
				await tick();
				await tx.run(sql`INSERT INTO rate_limits (key, window_start, count) VALUES ('tx-b', 0, 1)`);
				return 'tx';
			}),
			t.db.run(sql`INSERT INTO rate_limits (key, window_start, count) VALUES ('plain', 0, 1)`),
			t.client.batch([insert(), insert()])
		]);
		expect(results[0]).toBe('tx');
		for (const key of ['tx-a', 'tx-b', 'plain']) expect(await stored(t.client, key)).toBe(1);
		expect(Date.now() - started).toBeLessThan(BUSY_TIMEOUT_MS);
	});

	it('reads do not wait for an open transaction', async () => {
		const tx = await t.client.transaction('write');
		await tx.execute(insert());
		// Resolves while the transaction is still open: a gated read would wait forever here.
		const rs = await t.client.execute('SELECT count(*) AS n FROM rate_limits');
		expect(Number(rs.rows[0].n)).toBeGreaterThan(0);
		await tx.rollback();
	});

	it('a transaction that fails or is closed gives its turn back', async () => {
		const failed = await t.db
			.transaction(async (tx) => {
				await tx.run(
					sql`INSERT INTO memberships (workspace_id, user_id, role) VALUES ('no', 'no', 'owner')`
				);
			})
			.then(
				() => null,
				(e: Error) => e
			);
		expect(String(failed?.cause)).toMatch(/FOREIGN KEY/);
		const closed = await t.client.transaction('write');
		closed.close();
		const after = insert();
		await t.client.execute(after);
		expect(await stored(t.client, after.args[0])).toBe(1);
	});

	it('a writer that waits too long fails as SQLite would, and the next one still gets a turn', async () => {
		const gated = gateWrites(createClient({ url: t.url, timeout: BUSY_TIMEOUT_MS }), 100);
		const tx = await gated.transaction('write');
		const late = await gated.execute(insert()).then(
			() => null,
			(e: { code?: string }) => e
		);
		expect(late?.code).toBe('SQLITE_BUSY');
		await tx.commit();
		const next = insert();
		await gated.execute(next);
		expect(await stored(gated, next.args[0])).toBe(1);
		gated.close();
	});
});
