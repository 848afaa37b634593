import { describe, expect, it } from 'vitest';
import {
	addDays,
	bucketCount,
	bucketStart,
	bucketsOf,
	comparisonRange,
	daysBetween,
	fitRollup,
	isoWeekday,
	MAX_POINTS,
	rangeLength,
	readView,
	resolveRange,
	ROLLUPS,
	shiftYears,
	viewQuery
} from './day-range';

describe('day arithmetic', () => {
	it('crosses month ends, leap days and year boundaries', () => {
		expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
		expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
		expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
		expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
		expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
		expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
		expect(daysBetween('2025-01-01', '2024-01-01')).toBe(-366);
	});

	it('counts a DST week as seven calendar days whatever the machine zone', () => {
		// US clocks changed on 2026-03-08 and 2026-11-01; days carry no instant.
		expect(daysBetween('2026-03-02', '2026-03-09')).toBe(7);
		expect(daysBetween('2026-10-26', '2026-11-02')).toBe(7);
		expect(bucketStart('2026-03-08', 'week')).toBe('2026-03-02');
		expect(bucketStart('2026-11-01', 'week')).toBe('2026-10-26');
	});

	it('moves Feb 29 to Feb 28 a year earlier', () => {
		expect(shiftYears('2024-02-29', -1)).toBe('2023-02-28');
		expect(shiftYears('2025-03-01', -1)).toBe('2024-03-01');
	});

	it('starts ISO weeks on Monday and months on the 1st', () => {
		expect(isoWeekday('2026-11-30')).toBe(1);
		expect(isoWeekday('2026-12-06')).toBe(7);
		expect(bucketStart('2026-12-06', 'week')).toBe('2026-11-30');
		// The ISO week of 1 Jan 2026 (a Thursday) starts in 2025.
		expect(bucketStart('2026-01-01', 'week')).toBe('2025-12-29');
		expect(bucketStart('2024-02-29', 'month')).toBe('2024-02-01');
		expect(bucketStart('2024-02-29', 'day')).toBe('2024-02-29');
	});

	it('lists every bucket touching a range', () => {
		expect(bucketsOf({ from: '2024-01-31', to: '2024-03-01' }, 'month')).toEqual([
			'2024-01-01',
			'2024-02-01',
			'2024-03-01'
		]);
		expect(bucketsOf({ from: '2025-12-31', to: '2026-01-12' }, 'week')).toEqual([
			'2025-12-29',
			'2026-01-05',
			'2026-01-12'
		]);
		expect(bucketsOf({ from: '2024-02-28', to: '2024-03-01' }, 'day')).toHaveLength(3);
	});
});

describe('ranges', () => {
	const today = '2026-12-02';
	it('ends the named ranges on today', () => {
		expect(resolveRange('4w', today)).toEqual({ from: '2026-11-05', to: today });
		expect(rangeLength(resolveRange('4w', today))).toBe(28);
		expect(rangeLength(resolveRange('quarter', today))).toBe(91);
		expect(resolveRange('year', today)).toEqual({ from: '2025-12-03', to: today });
		expect(rangeLength(resolveRange('year', '2024-03-01'))).toBe(366);
	});

	it('starts "all" at the first recorded day, or today without data', () => {
		expect(resolveRange('all', today, { firstDay: '2021-06-01' })).toEqual({
			from: '2021-06-01',
			to: today
		});
		expect(resolveRange('all', today, { firstDay: null })).toEqual({ from: today, to: today });
	});

	it('takes custom ends as given, swaps reversed ones and falls back on bad ones', () => {
		expect(resolveRange('custom', today, { from: '2026-01-01', to: '2026-01-31' })).toEqual({
			from: '2026-01-01',
			to: '2026-01-31'
		});
		expect(resolveRange('custom', today, { from: '2026-01-31', to: '2026-01-01' })).toEqual({
			from: '2026-01-01',
			to: '2026-01-31'
		});
		expect(resolveRange('custom', today, { from: '2026-02-30', to: 'x' })).toEqual(
			resolveRange('4w', today)
		);
		expect(rangeLength(resolveRange('custom', today, { from: '2000-01-01', to: today }))).toBe(
			3660
		);
		// Outside 2000-01-01 … today + 10 years a day counts as not given.
		expect(resolveRange('custom', today, { from: '1900-01-01', to: today })).toEqual(
			resolveRange('4w', today)
		);
		expect(resolveRange('custom', today, { from: '2026-01-01', to: '9999-12-31' })).toEqual({
			from: '2026-01-01',
			to: today
		});
	});

	it('compares with the previous period of equal length or the same days last year', () => {
		const range = { from: '2026-11-05', to: '2026-12-02' };
		expect(comparisonRange(range, 'none')).toBeNull();
		expect(comparisonRange(range, 'previous')).toEqual({ from: '2026-10-08', to: '2026-11-04' });
		expect(comparisonRange(range, 'year')).toEqual({ from: '2025-11-05', to: '2025-12-02' });
		expect(comparisonRange({ from: '2024-02-01', to: '2024-02-29' }, 'year')).toEqual({
			from: '2023-02-01',
			to: '2023-02-28'
		});
		const march = { from: '2024-03-01', to: '2024-03-31' };
		expect(comparisonRange(march, 'previous')).toEqual({ from: '2024-01-30', to: '2024-02-29' });
	});
});

describe('readView', () => {
	const today = '2026-12-02';
	it('defaults to four weeks by day against the previous period', () => {
		const { view, days, comparison } = readView(new URLSearchParams(), today, null);
		expect(view).toEqual({ range: '4w', from: null, to: null, compare: 'previous', rollup: 'day' });
		expect(days).toEqual({ from: '2026-11-05', to: today });
		expect(comparison).toEqual({ from: '2026-10-08', to: '2026-11-04' });
	});

	it('reads a custom range and falls back on unknown values', () => {
		const params = new URLSearchParams('from=2026-01-01&to=2026-06-30&compare=bogus&rollup=hour');
		const { view } = readView(params, today, null);
		expect(view).toMatchObject({
			range: 'custom',
			from: '2026-01-01',
			to: '2026-06-30',
			rollup: 'week'
		});
		expect(view.compare).toBe('previous');
		expect(viewQuery(view)).toBe(
			'range=custom&from=2026-01-01&to=2026-06-30&compare=previous&rollup=week'
		);
	});

	it('leaves out a from/to outside the accepted days and says so', () => {
		const hung = readView(new URLSearchParams('to=9999-12-31'), today, null);
		expect(hung.days).toEqual({ from: '2026-11-05', to: today });
		expect(hung.view.range).toBe('4w');
		expect(hung.notices.refusedDates).toEqual(['9999-12-31']);
		const early = readView(new URLSearchParams('from=0001-01-01&to=2026-06-30'), today, null);
		expect(early.view.range).toBe('custom');
		expect(early.notices.refusedDates).toEqual(['0001-01-01']);
		// Data stored before 2000 starts "all" at the bounds.
		const all = readView(new URLSearchParams('range=all'), today, '1985-03-01');
		expect(all.days.from).toBe('2000-01-01');
		expect(readView(new URLSearchParams(), today, null).notices).toEqual({
			refusedDates: [],
			coarsened: null
		});
	});

	it('rolls a chart of more than MAX_POINTS up to weeks or months, and says so', () => {
		const tenYears = 'from=2016-12-03&to=2026-12-02&rollup=day&compare=previous';
		const long = readView(new URLSearchParams(tenYears), today, null);
		expect(rangeLength(long.days)).toBe(3652);
		// 522 weeks would still be too many: months.
		expect(long.view.rollup).toBe('month');
		expect(long.notices.coarsened).toEqual({ requested: 'day', points: 3652 });
		expect(bucketsOf(long.days, long.view.rollup)).toHaveLength(121);
		const twoYears = readView(
			new URLSearchParams('from=2024-12-03&to=2026-12-02&rollup=day'),
			today,
			null
		);
		expect(twoYears.view.rollup).toBe('week');
		expect(twoYears.notices.coarsened).toEqual({ requested: 'day', points: 730 });
		expect(bucketsOf(twoYears.days, 'week').length).toBe(bucketCount(twoYears.days, 'week'));
		const year = readView(new URLSearchParams('range=year&rollup=day'), today, null);
		expect(year.view.rollup).toBe('day');
		expect(year.notices.coarsened).toBeNull();
		for (const rollup of ROLLUPS) {
			for (const days of [long.days, twoYears.days, { from: '2026-02-28', to: '2026-03-01' }]) {
				expect(bucketCount(days, rollup)).toBe(bucketsOf(days, rollup).length);
			}
		}
		expect(fitRollup({ from: '2026-01-01', to: '2027-02-04' }, 'day')).toBe('day');
		expect(fitRollup({ from: '2026-01-01', to: '2027-02-05' }, 'day')).toBe('week');
		expect(MAX_POINTS).toBe(400);
	});

	it('rolls "all" up by month and keeps an explicit roll-up', () => {
		const all = readView(new URLSearchParams('range=all'), today, '2021-12-02');
		expect(all.view.rollup).toBe('month');
		const byDay = readView(new URLSearchParams('range=year&rollup=day&compare=year'), today, null);
		expect(byDay.view).toMatchObject({ rollup: 'day', compare: 'year' });
	});
});
