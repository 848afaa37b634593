import { describe, expect, it } from 'vitest';
import {
	chartPeriods,
	chartPoints,
	levelOn,
	ownedShare,
	periodChange,
	rollUp,
	shareSeries,
	shareTrend,
	type DayValue
} from './growth';

const days = (from: string, values: number[]): DayValue[] =>
	values.map((value, i) => {
		const d = new Date(`${from}T00:00:00Z`);
		d.setUTCDate(d.getUTCDate() + i);
		return { day: d.toISOString().slice(0, 10), value };
	});

describe('rollUp', () => {
	it('keeps a stock’s last recorded day and sums a flow, per ISO week', () => {
		// Sun 2026-11-29 … Tue 2026-12-08: the week of Monday 30 Nov holds seven days.
		const points = days('2026-11-29', [10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
		expect(rollUp(points, 'stock', 'week')).toEqual([
			{ period: '2026-11-23', lastDay: '2026-11-29', value: 10 },
			{ period: '2026-11-30', lastDay: '2026-12-06', value: 17 },
			{ period: '2026-12-07', lastDay: '2026-12-08', value: 19 }
		]);
		expect(rollUp(points, 'flow', 'week').map((b) => b.value)).toEqual([10, 98, 37]);
	});

	it('rolls months across a leap day and a year end', () => {
		const points = [
			{ day: '2024-02-29', value: 5 },
			{ day: '2024-02-01', value: 1 },
			{ day: '2024-03-01', value: 7 },
			{ day: '2024-12-31', value: 2 },
			{ day: '2025-01-01', value: 3 }
		];
		expect(rollUp(points, 'flow', 'month').map((b) => [b.period, b.value])).toEqual([
			['2024-02-01', 6],
			['2024-03-01', 7],
			['2024-12-01', 2],
			['2025-01-01', 3]
		]);
		expect(rollUp(points, 'stock', 'month')[0]).toEqual({
			period: '2024-02-01',
			lastDay: '2024-02-29',
			value: 5
		});
	});

	it('returns nothing for an empty series', () => {
		expect(rollUp([], 'stock', 'day')).toEqual([]);
	});
});

describe('periodChange', () => {
	it('measures a stock from the level before the period to its last level', () => {
		const buckets = rollUp(days('2026-11-01', [110, 120, 150]), 'stock', 'day');
		expect(periodChange('stock', buckets, { before: 100, comparisonTotal: null })).toEqual({
			base: 100,
			current: 150,
			absolute: 50,
			percent: 0.5
		});
	});

	it('measures a flow’s total against the comparison total', () => {
		const buckets = rollUp(days('2026-11-01', [10, 20, 30]), 'flow', 'day');
		expect(periodChange('flow', buckets, { before: null, comparisonTotal: 40 })).toMatchObject({
			current: 60,
			absolute: 20,
			percent: 0.5
		});
	});

	it('has no percentage on a zero base and no change without data', () => {
		const buckets = rollUp(days('2026-11-01', [5]), 'flow', 'day');
		expect(periodChange('flow', buckets, { before: null, comparisonTotal: 0 })).toMatchObject({
			absolute: 5,
			percent: null
		});
		expect(periodChange('flow', [], { before: null, comparisonTotal: 3 }).absolute).toBeNull();
		expect(periodChange('stock', [], { before: null, comparisonTotal: null }).current).toBeNull();
		// A stock with no entry in the range still stands at its earlier level: no change.
		expect(periodChange('stock', [], { before: 80, comparisonTotal: null })).toMatchObject({
			absolute: 0,
			percent: 0
		});
	});
});

describe('chartPoints', () => {
	const range = { from: '2026-11-02', to: '2026-11-05' };
	const previous = { from: '2026-10-29', to: '2026-11-01' };

	it('carries a stock forward over days without an entry and pairs the comparison by position', () => {
		const current = {
			buckets: rollUp([{ day: '2026-11-03', value: 12 }], 'stock', 'day'),
			before: 10
		};
		const earlier = {
			buckets: rollUp(days('2026-10-29', [1, 2, 3, 4]), 'stock', 'day'),
			before: 0
		};
		expect(chartPoints(chartPeriods(range, previous, 'day'), 'stock', current, earlier)).toEqual([
			{ period: '2026-11-02', value: 10, comparison: 1 },
			{ period: '2026-11-03', value: 12, comparison: 2 },
			{ period: '2026-11-04', value: 12, comparison: 3 },
			{ period: '2026-11-05', value: 12, comparison: 4 }
		]);
	});

	it('leaves a flow’s missing days as gaps', () => {
		const current = {
			buckets: rollUp([{ day: '2026-11-03', value: 7 }], 'flow', 'day'),
			before: null
		};
		expect(
			chartPoints(chartPeriods(range, null, 'day'), 'flow', current, null).map((p) => p.value)
		).toEqual([null, 7, null, null]);
	});
});

describe('owned share', () => {
	const metrics = [
		{ id: 'email', ownership: 'owned' as const, audience: true },
		{ id: 'tiktok', ownership: 'rented' as const, audience: true },
		{ id: 'sessions', ownership: 'owned' as const, audience: false }
	];
	const series = new Map([
		[
			'email',
			{
				points: [
					{ day: '2026-11-10', value: 300 },
					{ day: '2026-11-20', value: 500 }
				],
				before: 200
			}
		],
		['tiktok', { points: [{ day: '2026-11-15', value: 1500 }], before: 800 }],
		['sessions', { points: [{ day: '2026-11-10', value: 99_999 }], before: null }]
	]);

	it('carries each audience level forward and ignores non-audience metrics', () => {
		expect(levelOn(series.get('email')!.points, '2026-11-19', 200)).toBe(300);
		expect(ownedShare(metrics, series, '2026-11-05')).toEqual({
			owned: 200,
			rented: 800,
			share: 0.2
		});
		expect(ownedShare(metrics, series, '2026-11-30')).toEqual({
			owned: 500,
			rented: 1500,
			share: 0.25
		});
	});

	it('is null without any audience', () => {
		expect(ownedShare(metrics, new Map(), '2026-11-30').share).toBeNull();
	});

	it('trends from the start of the range to its end', () => {
		const trend = shareTrend(metrics, series, { from: '2026-11-01', to: '2026-11-30' });
		expect(trend.start.share).toBe(0.2);
		expect(trend.end.share).toBe(0.25);
		expect(trend.shareChange).toBeCloseTo(0.05);
		expect(trend.owned).toMatchObject({ base: 200, current: 500, absolute: 300, percent: 1.5 });
	});
});

describe('shareSeries', () => {
	it('reads the share at the end of each week, the last one partial', () => {
		const metrics = [
			{ id: 'email', ownership: 'owned' as const, audience: true },
			{ id: 'ig', ownership: 'rented' as const, audience: true }
		];
		const series = new Map([
			[
				'email',
				{
					points: [
						{ day: '2026-11-04', value: 100 },
						{ day: '2026-11-12', value: 300 }
					],
					before: null
				}
			],
			['ig', { points: [{ day: '2026-11-02', value: 900 }], before: null }]
		]);
		const weeks = shareSeries(metrics, series, { from: '2026-11-02', to: '2026-11-12' }, 'week');
		expect(weeks.map((w) => [w.period, w.share])).toEqual([
			['2026-11-02', 0.1],
			['2026-11-09', 0.25]
		]);
	});
});
