import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	monthOf,
	readWeekDate
} from '../../routes/(app)/w/[workspaceId]/brands/[brandId]/calendar/view';
import { clampDay, dayBounds, forward, latestDay, readDay, withinBounds } from './date-bounds';
import {
	bucketsOf,
	comparisonRange,
	MAX_POINTS,
	nextBucket,
	readView,
	ROLLUPS,
	type DayRange
} from './day-range';
import { eventsByDay } from './events';
import { chartPeriods, shareSeries } from './growth';
import { entryWeek } from './metric-entry';
import { expandRule } from './recurrence';
import { reviewWeek } from './weekly-review';
import { addDays } from './zoned-time';

const TODAY = '2026-12-02';

describe('the accepted days', () => {
	it('run from 2000-01-01 to ten years after today', () => {
		expect(dayBounds(TODAY)).toEqual({ earliest: '2000-01-01', latest: '2036-12-02' });
		// A leap day's tenth anniversary does not exist: the 28th is the last day.
		expect(latestDay('2028-02-29')).toBe('2038-02-28');
		expect(readDay('2000-01-01', TODAY)).toEqual({ ok: true, day: '2000-01-01' });
		expect(readDay('2036-12-02', TODAY)).toEqual({ ok: true, day: '2036-12-02' });
		expect(readDay('1999-12-31', TODAY)).toEqual({ ok: false, problem: 'range' });
		expect(readDay('2036-12-03', TODAY)).toEqual({ ok: false, problem: 'range' });
		expect(readDay('9999-12-31', TODAY)).toEqual({ ok: false, problem: 'range' });
		expect(readDay('0001-01-01', TODAY)).toEqual({ ok: false, problem: 'range' });
		for (const text of ['+275760-09-13', '2026-02-30', '0000-00-00', '20261202', ' 2026-12-02']) {
			expect(readDay(text, TODAY)).toEqual({ ok: false, problem: 'format' });
		}
		expect(readDay('', TODAY)).toEqual({ ok: false, problem: 'missing' });
		expect(readDay(null, TODAY)).toEqual({ ok: false, problem: 'missing' });
		expect(clampDay('1990-05-01', TODAY)).toBe('2000-01-01');
		expect(clampDay('9999-12-31', TODAY)).toBe('2036-12-02');
	});

	it('stop a date loop that stands still', () => {
		expect(forward('2026-12-01', '2026-12-02')).toBe('2026-12-02');
		expect(() => forward('9999-12-31', '9999-12-31')).toThrow(RangeError);
		expect(() => forward(5, 4)).toThrow(RangeError);
		// The library clamps at the last day it can name: this loop used to run until memory ran out.
		expect(nextBucket('9999-12-31', 'day')).toBe('9999-12-31');
		expect(() => bucketsOf({ from: '9999-12-25', to: '9999-12-31' }, 'day')).toThrow(RangeError);
		expect(() => bucketsOf({ from: '9999-10-01', to: '9999-12-31' }, 'month')).toThrow(RangeError);
	});
});

/** What a URL (or a form) may carry where a day belongs: the extremes first. */
const EXTREMES = [
	'9999-12-31',
	'0001-01-01',
	'2000-01-01',
	'1999-12-31',
	latestDay(TODAY),
	'2036-12-03',
	'+275760-09-13',
	'0000-00-00'
];
const anyDay = fc.oneof(
	fc.constantFrom(...EXTREMES),
	fc
		.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z') })
		.filter((d) => !Number.isNaN(d.getTime()))
		.map((d) => d.toISOString().slice(0, 10)),
	fc.string({ maxLength: 12 })
);
const inside = (day: string) => withinBounds(day, TODAY);
/** A week around a day within the bounds may start up to six days before the first. */
const nearBounds = (day: string) =>
	day >= addDays(dayBounds(TODAY).earliest, -6) && day <= addDays(dayBounds(TODAY).latest, 6);
const insideRange = (r: DayRange) => inside(r.from) && inside(r.to) && r.from <= r.to;

describe('every reader of a day from a URL, fed the extremes', () => {
	it('finishes, stays within the bounds and keeps charts within MAX_POINTS', () => {
		fc.assert(
			fc.property(
				anyDay,
				anyDay,
				fc.constantFrom('4w', 'quarter', 'year', 'all', 'custom', 'bogus'),
				fc.constantFrom(...ROLLUPS, 'hour'),
				fc.constantFrom('none', 'previous', 'year'),
				fc.option(anyDay, { nil: null }),
				(from, to, range, rollup, compare, firstDay) => {
					const params = new URLSearchParams({ from, to, range, rollup, compare });
					const first = firstDay && /^\d{4}-\d{2}-\d{2}$/.test(firstDay) ? firstDay : null;
					const { view, days, comparison, notices } = readView(params, TODAY, first);
					expect(insideRange(days)).toBe(true);
					for (const given of [from, to]) {
						if (given !== '' && !inside(given)) expect(notices.refusedDates).toContain(given);
					}
					const periods = chartPeriods(days, comparison, view.rollup);
					expect(periods.current.length).toBeLessThanOrEqual(MAX_POINTS);
					expect(periods.comparison?.length ?? 0).toBeLessThanOrEqual(MAX_POINTS + 1);
					expect(shareSeries([], new Map(), days, view.rollup).length).toBe(periods.current.length);
					expect(comparisonRange(days, 'previous')!.to < days.from).toBe(true);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('gives the weekly pages a week within the bounds, and names what it left out', () => {
		fc.assert(
			fc.property(anyDay, fc.integer({ min: 0, max: 6 }), (day, weekStart) => {
				for (const week of [reviewWeek(day, TODAY), entryWeek(day, TODAY)]) {
					expect(week.days).toHaveLength(7);
					expect(nearBounds(week.start) && nearBounds(week.days[6])).toBe(true);
					if (inside(day)) expect(week.days).toContain(day);
					expect(week.refused).toBe(inside(day) || day === '' ? null : day);
				}
				const read = readWeekDate(new URLSearchParams({ week: day }), TODAY);
				expect(inside(read.date)).toBe(true);
				expect(read.refused).toBe(inside(day) || day === '' ? null : day);
				const month = monthOf(read.date, weekStart);
				expect(month.weeks.length).toBeGreaterThanOrEqual(4);
				expect(month.weeks.length).toBeLessThanOrEqual(6);
				expect(nearBounds(month.start) && month.end <= addDays(month.last, 7)).toBe(true);
				const events = eventsByDay(month.start, month.end, ['US', 'DE'], 'en');
				expect(Object.keys(events).every((d) => d >= month.start && d < month.end)).toBe(true);
			}),
			{ numRuns: 300 }
		);
	});

	it('lays out a repeat rule from either end of the bounds and refuses the far past and future', () => {
		for (const startDate of [...EXTREMES, TODAY]) {
			for (const frequency of ['daily', 'weekly', 'monthly'] as const) {
				const rule = {
					frequency,
					interval: 1,
					weekdays: [1, 4],
					startDate,
					until: null,
					count: 200
				};
				const result = expandRule(rule);
				if (!result.ok) continue;
				expect(result.dates.every((d, i) => i === 0 || d > result.dates[i - 1])).toBe(true);
			}
		}
		expect(expandRule({ ...rule('9999-12-20'), until: '9999-12-31' })).toMatchObject({ ok: true });
	});
});

function rule(startDate: string) {
	return {
		frequency: 'daily' as const,
		interval: 1,
		weekdays: [],
		startDate,
		until: null,
		count: 5
	};
}
