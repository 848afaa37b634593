import { describe, expect, it } from 'vitest';
import { goalPace, type DayValue } from './pace';
import { addDays, daysBetween } from './zoned-time';

/** `count` consecutive days from `from`, value f(i). */
const series = (from: string, count: number, f: (i: number) => number): DayValue[] =>
	Array.from({ length: count }, (_, i) => ({ day: addDays(from, i), value: f(i) }));

describe('day maths', () => {
	it('counts days across month ends and leap days', () => {
		expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
		expect(daysBetween('2027-02-28', '2027-03-01')).toBe(1);
		expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
	});
});

describe('stock goals', () => {
	it('is on track when the slope reaches the target by the due day', () => {
		// 1000 + 10/day for 28 days → 1270 on 2026-06-28; 30 days left × 10 → 1570 ≥ 1500.
		const values = series('2026-06-01', 28, (i) => 1000 + 10 * i);
		const pace = goalPace({
			nature: 'stock',
			target: 1500,
			startDay: '2026-06-01',
			dueDay: '2026-07-28',
			today: '2026-06-29',
			values
		});
		expect(pace.status).toBe('on_track');
		expect(pace.current).toBe(1270);
		expect(pace.currentPerDay).toBeCloseTo(10);
		expect(pace.projected).toBe(1570);
		expect(pace.requiredPerDay).toBeCloseTo(230 / 30);
		expect(pace.projectedDay).toBe('2026-07-21');
		expect(pace.progress).toBeCloseTo(1270 / 1500);
	});

	it('is at risk when the trend falls short, and says how much faster it must grow', () => {
		const values = series('2026-06-01', 28, (i) => 1000 + 2 * i);
		const pace = goalPace({
			nature: 'stock',
			target: 1500,
			startDay: '2026-06-01',
			dueDay: '2026-07-28',
			today: '2026-06-29',
			values
		});
		expect(pace.status).toBe('at_risk');
		expect(pace.projected).toBe(1054 + 60);
		expect(pace.requiredPerDay).toBeGreaterThan(pace.currentPerDay!);
		expect(pace.projectedDay! > '2026-07-28').toBe(true);
	});

	it('carries gaps forward: a weekly reading is a flat week, not missing days', () => {
		const weekly = series('2026-06-01', 4, (i) => 1000 + 70 * i).map((v, i) => ({
			...v,
			day: addDays('2026-06-01', i * 7)
		}));
		const pace = goalPace({
			nature: 'stock',
			target: 2000,
			startDay: '2026-06-01',
			dueDay: '2026-12-31',
			today: '2026-06-25',
			values: weekly
		});
		expect(pace.currentPerDay).toBeGreaterThan(5);
		expect(pace.currentPerDay).toBeLessThan(15);
	});

	it('is achieved early once the level reaches the target', () => {
		const pace = goalPace({
			nature: 'stock',
			target: 1100,
			startDay: '2026-06-01',
			dueDay: '2026-12-31',
			today: '2026-06-15',
			values: series('2026-06-01', 14, (i) => 1000 + 10 * i)
		});
		expect(pace.status).toBe('achieved');
		expect(pace.progress).toBe(1);
		expect(pace.requiredPerDay).toBeNull();
	});

	it('is missed past the due day, judged by the level on the due day', () => {
		const values = series('2026-06-01', 60, (i) => 1000 + 5 * i);
		const pace = goalPace({
			nature: 'stock',
			target: 1200,
			startDay: '2026-06-01',
			dueDay: '2026-06-30',
			today: '2026-07-30',
			values
		});
		expect(pace.status).toBe('missed');
		expect(pace.asOf).toBe('2026-06-30');
		expect(pace.current).toBe(1145);
		expect(pace.daysLeft).toBe(0);
	});

	it('a flat trend never reaches a higher target: at risk, no projected day', () => {
		const pace = goalPace({
			nature: 'stock',
			target: 1500,
			startDay: '2026-06-01',
			dueDay: '2026-09-01',
			today: '2026-06-29',
			values: series('2026-06-01', 28, () => 1000)
		});
		expect(pace.status).toBe('at_risk');
		expect(pace.currentPerDay).toBe(0);
		expect(pace.projected).toBe(1000);
		expect(pace.projectedDay).toBeNull();
	});

	it('with too little data it does not guess', () => {
		const none = goalPace({
			nature: 'stock',
			target: 1500,
			startDay: '2026-06-01',
			dueDay: '2026-09-01',
			today: '2026-06-29',
			values: []
		});
		expect(none).toMatchObject({ status: 'unknown', current: null, projected: null });
		const two = goalPace({
			nature: 'stock',
			target: 1500,
			startDay: '2026-06-01',
			dueDay: '2026-09-01',
			today: '2026-06-29',
			values: series('2026-06-27', 2, (i) => 1000 + i * 100)
		});
		expect(two.status).toBe('unknown');
		expect(two.current).toBe(1100);
		expect(two.projectedDay).toBeNull();
	});

	it('ignores values after today', () => {
		const pace = goalPace({
			nature: 'stock',
			target: 5000,
			startDay: '2026-06-01',
			dueDay: '2026-09-01',
			today: '2026-06-10',
			values: series('2026-06-01', 30, (i) => 1000 + i)
		});
		expect(pace.asOf).toBe('2026-06-10');
		expect(pace.current).toBe(1009);
	});
});

describe('flow goals', () => {
	it('sums from the start day and projects the recent daily average', () => {
		// 50 a day; the days before the start day do not count toward the total.
		const values = series('2026-01-20', 40, () => 50);
		const pace = goalPace({
			nature: 'flow',
			target: 3000,
			startDay: '2026-02-01',
			dueDay: '2026-02-28',
			today: '2026-03-01',
			values
		});
		// Past due: Feb 1–28 = 28 × 50 = 1400 < 3000.
		expect(pace.current).toBe(1400);
		expect(pace.status).toBe('missed');
	});

	it('is on track or at risk by the recent average, through a leap day', () => {
		const values = series('2028-02-01', 20, (i) => (i < 10 ? 10 : 30));
		const base = {
			nature: 'flow' as const,
			startDay: '2028-02-01',
			dueDay: '2028-02-29',
			today: '2028-02-21',
			values
		};
		// Total 400 by 02-20; average of the 20 recorded days 20/day; 9 days left → 580.
		const onTrack = goalPace({ ...base, target: 550 });
		expect(onTrack.current).toBe(400);
		expect(onTrack.currentPerDay).toBeCloseTo(20);
		expect(onTrack.projected).toBe(580);
		expect(onTrack.status).toBe('on_track');
		expect(onTrack.projectedDay).toBe('2028-02-28');
		const atRisk = goalPace({ ...base, target: 700 });
		expect(atRisk.status).toBe('at_risk');
		expect(atRisk.requiredPerDay).toBeCloseTo(300 / 9);
		expect(atRisk.daysLeft).toBe(8);
	});

	it('is achieved once the total reaches the target', () => {
		const pace = goalPace({
			nature: 'flow',
			target: 100,
			startDay: '2026-02-01',
			dueDay: '2026-12-31',
			today: '2026-02-10',
			values: series('2026-02-01', 5, () => 25)
		});
		expect(pace.status).toBe('achieved');
	});
});
