import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, makeChannel, makeMetric, makeUserWithBrand } from '../testing';
import { metricValues } from '../db/schema';
import { firstRecordedDay, listLevelsBefore, listSeries, seriesQuery } from './audience-series';
import { rollUp } from '../../domain/growth';
import { addDays } from '../../domain/day-range';

type TestDb = Awaited<ReturnType<typeof createTestDatabase>>;
let t: TestDb;
beforeEach(async () => {
	t = await createTestDatabase();
});
afterEach(() => t.cleanup());

async function brandWithMetrics() {
	const { brandId } = await makeUserWithBrand(t.db);
	const channelId = await makeChannel(t.db, brandId, 'email');
	return {
		brandId,
		list: await makeMetric(t.db, brandId, channelId, 'email_subscribers'),
		signups: await makeMetric(t.db, brandId, channelId, 'signups')
	};
}

async function put(metricId: string, from: string, values: number[]) {
	await t.db
		.insert(metricValues)
		.values(values.map((value, i) => ({ metricId, day: addDays(from, i), value })));
}

describe('listSeries', () => {
	it('rolls up in SQL exactly like the domain: stock = last day, flow = sum', async () => {
		const { brandId, list, signups } = await brandWithMetrics();
		// 2024-01-25 … 2024-03-05: a leap February, weeks that straddle months.
		const values = Array.from({ length: 41 }, (_, i) => 100 + i * 3);
		await put(list, '2024-01-25', values);
		await put(
			signups,
			'2024-01-25',
			values.map((v) => v % 7)
		);
		const range = { from: '2024-01-25', to: '2024-03-05' };
		for (const rollup of ['day', 'week', 'month'] as const) {
			const got = await listSeries(t.db, brandId, range, rollup);
			const days = values.map((value, i) => ({ day: addDays('2024-01-25', i), value }));
			expect(got.get(list)).toEqual(rollUp(days, 'stock', rollup));
			expect(got.get(signups)).toEqual(
				rollUp(
					days.map((d) => ({ ...d, value: d.value % 7 })),
					'flow',
					rollup
				)
			);
		}
		const months = await listSeries(t.db, brandId, range, 'month');
		expect(months.get(list)?.map((b) => [b.period, b.lastDay])).toEqual([
			['2024-01-01', '2024-01-31'],
			['2024-02-01', '2024-02-29'],
			['2024-03-01', '2024-03-05']
		]);
	});

	it('reads only the range, one metric when asked, and nothing of another brand', async () => {
		const a = await brandWithMetrics();
		const b = await brandWithMetrics();
		await put(a.list, '2026-11-01', [1, 2, 3, 4, 5]);
		await put(b.list, '2026-11-01', [9, 9, 9]);
		const got = await listSeries(t.db, a.brandId, { from: '2026-11-02', to: '2026-11-04' }, 'day');
		expect(got.get(a.list)?.map((x) => x.value)).toEqual([2, 3, 4]);
		expect(got.has(b.list)).toBe(false);
		const one = await listSeries(
			t.db,
			a.brandId,
			{ from: '2026-11-01', to: '2026-11-30' },
			'day',
			a.signups
		);
		expect([...one.keys()]).toEqual([]);
		const foreign = await listSeries(
			t.db,
			a.brandId,
			{ from: '2026-11-01', to: '2026-11-30' },
			'day',
			b.list
		);
		expect(foreign.size).toBe(0);
	});

	it('searches metric_values by its primary key, never scans it', async () => {
		const { brandId, list } = await brandWithMetrics();
		for (const rollup of ['day', 'week', 'month'] as const) {
			for (const metricId of [undefined, list]) {
				const query = seriesQuery(
					brandId,
					{ from: '2026-01-01', to: '2026-12-31' },
					rollup,
					metricId
				);
				const plan = await t.db.all<{ detail: string }>(sql`EXPLAIN QUERY PLAN ${query}`);
				const detail = plan.map((r) => r.detail).join('\n');
				expect(detail).toMatch(
					/SEARCH v USING PRIMARY KEY \(metric_id=\? AND day>\? AND day<\?\)|SEARCH v USING INDEX sqlite_autoindex_metric_values_1 \(metric_id=\? AND day>\? AND day<\?\)/
				);
				expect(detail).not.toMatch(/SCAN v\b/);
			}
		}
	});
});

describe('levels and first day', () => {
	it('gives each metric’s last value before a day, and the brand’s first recorded day', async () => {
		const { brandId, list, signups } = await brandWithMetrics();
		expect(await firstRecordedDay(t.db, brandId)).toBeNull();
		await put(list, '2025-12-30', [10, 20, 30]);
		await put(signups, '2026-01-05', [4]);
		const levels = await listLevelsBefore(t.db, brandId, '2026-01-01');
		expect(levels.get(list)).toBe(20);
		expect(levels.get(signups)).toBeNull();
		expect((await listLevelsBefore(t.db, brandId, '2027-01-01', list)).get(list)).toBe(30);
		expect(await firstRecordedDay(t.db, brandId)).toBe('2025-12-30');
	});
});
