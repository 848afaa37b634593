import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing';
import { seedBusyMonth, seedLarge, type SeedScale } from './seed-large';

type TestDb = Awaited<ReturnType<typeof createTestDatabase>>;
let a: TestDb;
let b: TestDb;
beforeEach(async () => {
	[a, b] = await Promise.all([createTestDatabase(), createTestDatabase()]);
});
afterEach(() => {
	a.cleanup();
	b.cleanup();
});

// The agency's shape at a hundredth of its size: the same code, so the counts scale linearly.
const SMALL: SeedScale = {
	brands: 3,
	itemsPerBrand: 40,
	creators: 50,
	collaborations: 120,
	days: 60
};
const NOW = Date.UTC(2026, 11, 2, 12);
const count = async (t: TestDb, sql: string) => Number((await t.client.execute(sql)).rows[0].n);

describe('seedLarge', () => {
	it('writes the scale asked for: brands, items, creators, collaborations and 20 metrics a brand', async () => {
		const summary = await seedLarge(a, SMALL, { now: NOW });
		expect(summary.counts).toEqual({
			brands: 3,
			items: 120,
			creators: 50,
			collaborations: 120,
			metricValues: 3 * 20 * 60
		});
		expect(await count(a, 'SELECT count(*) n FROM content_items')).toBe(120);
		expect(await count(a, 'SELECT count(*) n FROM metrics')).toBe(60);
		expect(await count(a, 'SELECT count(*) n FROM metric_values')).toBe(3600);
		expect(await count(a, 'SELECT count(*) n FROM collaborations')).toBe(120);
		// Values end yesterday in each brand's market zone, never today.
		expect(await count(a, "SELECT count(*) n FROM metric_values WHERE day >= '2026-12-02'")).toBe(
			0
		);
		// Past items are published or skipped; nothing planned ahead is published.
		expect(
			await count(
				a,
				"SELECT count(*) n FROM content_items WHERE scheduled_date >= '2026-12-03' AND status IN ('published','skipped')"
			)
		).toBe(0);
		expect((await a.client.execute('PRAGMA integrity_check')).rows[0][0]).toBe('ok');
	});

	it('is deterministic from its seed: the same distributions in two databases', async () => {
		await seedLarge(a, SMALL, { now: NOW, seed: 's' });
		await seedLarge(b, SMALL, { now: NOW, seed: 's' });
		const shape = (t: TestDb) =>
			t.client
				.execute(
					`SELECT (SELECT group_concat(stage) FROM (SELECT stage FROM collaborations ORDER BY rowid)) stages,
					        (SELECT sum(value) FROM metric_values) total,
					        (SELECT group_concat(scheduled_date) FROM (SELECT scheduled_date FROM content_items ORDER BY rowid)) days`
				)
				.then((r) => ({ ...r.rows[0] }));
		expect(await shape(a)).toEqual(await shape(b));
	});

	it('refuses a database that already holds the agency account', async () => {
		await seedLarge(a, SMALL, { now: NOW });
		await expect(seedLarge(a, SMALL, { now: NOW })).rejects.toThrow(/exists already/);
	});

	it('adds a launch brand with every item of its busy month inside that month', async () => {
		const summary = await seedLarge(a, SMALL, { now: NOW });
		const brandId = await seedBusyMonth(a, summary, { items: 100, month: '2027-02' });
		const inMonth = await a.client.execute({
			sql: 'SELECT count(*) n, min(scheduled_date) first, max(scheduled_date) last, count(DISTINCT scheduled_date) days FROM content_items WHERE brand_id = ?',
			args: [brandId]
		});
		// February 2027 has 28 days: the items cover each of them and nothing outside.
		expect({ ...inMonth.rows[0] }).toEqual({
			n: 100,
			first: '2027-02-01',
			last: '2027-02-28',
			days: 28
		});
		expect(await count(a, 'SELECT count(*) n FROM brands')).toBe(4);
	});
});
