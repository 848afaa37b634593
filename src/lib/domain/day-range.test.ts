import { describe, expect, it } from 'vitest';
import {
	addDays,
	bucketStart,
	bucketsOf,
	comparisonRange,
	daysBetween,
	isoWeekday,
	rangeLength,
	readView,
	resolveRange,
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
		expect(rangeLength(resolveRange('custom', today, { from: '1900-01-01', to: today }))).toBe(
			3660
		);
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

	it('rolls "all" up by month and keeps an explicit roll-up', () => {
		const all = readView(new URLSearchParams('range=all'), today, '2021-12-02');
		expect(all.view.rollup).toBe('month');
		const byDay = readView(new URLSearchParams('range=year&rollup=day&compare=year'), today, null);
		expect(byDay.view).toMatchObject({ rollup: 'day', compare: 'year' });
	});
});
