import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	defaultWeekdays,
	expandRule,
	isoWeekday,
	MAX_OCCURRENCES,
	scheduleOccurrences,
	type Rule
} from './recurrence';
import { addDays } from './zoned-time';

const rule = (overrides: Partial<Rule>): Rule => ({
	frequency: 'weekly',
	interval: 1,
	weekdays: [],
	startDate: '2026-01-01',
	until: null,
	count: null,
	...overrides
});
const dates = (r: Partial<Rule>) => {
	const result = expandRule(rule(r));
	if (!result.ok) throw new Error(`expected dates, got ${result.problem}`);
	return result.dates;
};
const problem = (r: Partial<Rule>) => {
	const result = expandRule(rule(r));
	return result.ok ? null : result.problem;
};

describe('expandRule: examples', () => {
	it('weekly on Mon and Thu from a Thursday, six times', () => {
		expect(dates({ startDate: '2027-11-04', weekdays: [1, 4], count: 6 })).toEqual([
			'2027-11-04',
			'2027-11-08',
			'2027-11-11',
			'2027-11-15',
			'2027-11-18',
			'2027-11-22'
		]);
	});

	it('every 2 weeks counts weeks from the Monday of the start (WKST=MO)', () => {
		// 1 Jan 2026 is a Thursday: its week (from Mon 29 Dec) is on, the next is off.
		expect(dates({ startDate: '2026-01-01', interval: 2, weekdays: [4, 1], count: 5 })).toEqual([
			'2026-01-01',
			'2026-01-12',
			'2026-01-15',
			'2026-01-26',
			'2026-01-29'
		]);
	});

	it('does not put an occurrence on a start day the rule does not name', () => {
		expect(dates({ startDate: '2026-01-01', weekdays: [5], count: 2 })).toEqual([
			'2026-01-02',
			'2026-01-09'
		]);
	});

	it('every N days, ending on a date (inclusive)', () => {
		expect(
			dates({ frequency: 'daily', interval: 3, startDate: '2026-02-26', until: '2026-03-07' })
		).toEqual(['2026-02-26', '2026-03-01', '2026-03-04', '2026-03-07']);
	});

	it('monthly on the 31st uses the last day of shorter months, then returns to the 31st', () => {
		expect(dates({ frequency: 'monthly', startDate: '2026-01-31', count: 5 })).toEqual([
			'2026-01-31',
			'2026-02-28',
			'2026-03-31',
			'2026-04-30',
			'2026-05-31'
		]);
	});

	it('monthly from 29 February uses 28 February in common years', () => {
		expect(
			dates({ frequency: 'monthly', interval: 12, startDate: '2028-02-29', count: 2 })
		).toEqual(['2028-02-29', '2029-02-28']);
	});

	it('every 2 months across a year end', () => {
		expect(dates({ frequency: 'monthly', interval: 2, startDate: '2026-11-15', count: 3 })).toEqual(
			['2026-11-15', '2027-01-15', '2027-03-15']
		);
	});

	it('stops at whichever of until and count comes first', () => {
		expect(dates({ frequency: 'daily', count: 3, until: '2026-01-10' })).toHaveLength(3);
		expect(dates({ frequency: 'daily', count: 30, until: '2026-01-02' })).toHaveLength(2);
	});
});

describe('expandRule: refused rules', () => {
	it('names what is wrong', () => {
		expect(problem({ weekdays: [], count: 3 })).toBe('no-weekday');
		expect(problem({ weekdays: [8], count: 3 })).toBe('no-weekday');
		expect(problem({ weekdays: [1] })).toBe('no-end');
		expect(problem({ weekdays: [1], count: 0 })).toBe('bad-count');
		expect(problem({ weekdays: [1], until: '2025-12-31' })).toBe('until-before-start');
		expect(problem({ weekdays: [1], until: '2026-02-30' })).toBe('until-before-start');
		expect(problem({ frequency: 'daily', interval: 0, count: 2 })).toBe('bad-interval');
		expect(problem({ frequency: 'daily', interval: 1.5, count: 2 })).toBe('bad-interval');
		expect(problem({ startDate: '2026-13-01', frequency: 'daily', count: 2 })).toBe('bad-start');
		// Tuesdays from Wednesday to Thursday: nothing to create.
		expect(problem({ startDate: '2026-01-07', weekdays: [2], until: '2026-01-08' })).toBe('empty');
	});

	it('caps a series at 200 occurrences and 3 years', () => {
		expect(problem({ frequency: 'daily', count: MAX_OCCURRENCES })).toBeNull();
		expect(problem({ frequency: 'daily', count: MAX_OCCURRENCES + 1 })).toBe('too-many');
		expect(problem({ frequency: 'daily', until: '2026-12-31' })).toBe('too-many');
		expect(problem({ frequency: 'monthly', until: '2029-01-01' })).toBe('too-long');
		expect(problem({ frequency: 'monthly', until: '2028-12-31' })).toBeNull();
		expect(problem({ frequency: 'monthly', interval: 12, count: 4 })).toBe('too-long');
		expect(problem({ frequency: 'daily', startDate: '9999-12-30', count: 5 })).toBe('too-long');
	});
});

describe('defaultWeekdays and isoWeekday', () => {
	it('uses the start date’s own weekday', () => {
		expect(defaultWeekdays('2026-01-01')).toEqual([4]);
		expect(defaultWeekdays('2026-01-04')).toEqual([7]);
		expect(defaultWeekdays('')).toEqual([]);
		expect(isoWeekday('1970-01-01')).toBe(4);
		expect(isoWeekday('2026-11-23')).toBe(1);
	});
});

describe('scheduleOccurrences', () => {
	it('keeps the wall-clock time across a DST change, so the instant moves', () => {
		// New York leaves summer time on Sunday 7 November 2027.
		const [before, after] = scheduleOccurrences(
			['2027-11-04', '2027-11-08'],
			'09:00',
			'America/New_York'
		);
		expect(before.scheduledTime).toBe('09:00');
		expect(after.scheduledTime).toBe('09:00');
		expect(before.scheduledAt).toBe(Date.UTC(2027, 10, 4, 13, 0));
		expect(after.scheduledAt).toBe(Date.UTC(2027, 10, 8, 14, 0));
	});

	it('moves a time in a spring-forward gap on that date only', () => {
		// 14 March 2027: New York jumps from 02:00 to 03:00.
		const [gap, next] = scheduleOccurrences(
			['2027-03-14', '2027-03-21'],
			'02:30',
			'America/New_York'
		);
		expect([gap.scheduledTime, gap.adjustment]).toEqual(['03:30', 'gap']);
		expect([next.scheduledTime, next.adjustment]).toEqual(['02:30', null]);
	});
});

// ---- properties -------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const mondayOf = (date: string) => dayOf(date) - (isoWeekday(date) - 1);
const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
const lastDay = (date: string) =>
	new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 0)).getUTCDate();

/** Whether a date belongs to a rule, judged from the definition alone (no generation). */
function matches(r: Rule, date: string) {
	if (date < r.startDate) return false;
	if (r.frequency === 'daily') return (dayOf(date) - dayOf(r.startDate)) % r.interval === 0;
	if (r.frequency === 'weekly') {
		const weeks = (mondayOf(date) - mondayOf(r.startDate)) / 7;
		return weeks % r.interval === 0 && r.weekdays.includes(isoWeekday(date));
	}
	const months = monthIndex(date) - monthIndex(r.startDate);
	const day = Math.min(Number(r.startDate.slice(8)), lastDay(date));
	return months % r.interval === 0 && Number(date.slice(8)) === day;
}

const startArb = fc
	.date({
		min: new Date('2020-01-01T00:00:00Z'),
		max: new Date('2035-12-31T00:00:00Z'),
		noInvalidDate: true
	})
	.map((d) => d.toISOString().slice(0, 10));
const ruleArb: fc.Arbitrary<Rule> = fc
	.record({
		frequency: fc.constantFrom('daily', 'weekly', 'monthly' as const),
		interval: fc.integer({ min: 1, max: 6 }),
		weekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
		startDate: startArb,
		end: fc.oneof(
			fc.record({ count: fc.integer({ min: 1, max: 60 }) }),
			fc.record({ untilAfter: fc.integer({ min: 0, max: 400 }) }),
			fc.record({ count: fc.integer({ min: 1, max: 60 }), untilAfter: fc.nat(400) })
		)
	})
	.map(({ end, ...r }) => ({
		...r,
		count: 'count' in end ? end.count : null,
		until: 'untilAfter' in end ? addDays(r.startDate, end.untilAfter) : null
	}));

describe('expandRule: properties', () => {
	it('dates are ordered, unique, within bounds and within the caps', () => {
		fc.assert(
			fc.property(ruleArb, (r) => {
				const result = expandRule(r);
				if (!result.ok) return;
				const { dates: list } = result;
				for (let i = 1; i < list.length; i++) expect(list[i] > list[i - 1]).toBe(true);
				expect(list[0] >= r.startDate).toBe(true);
				if (r.until) expect(list.at(-1)! <= r.until).toBe(true);
				if (r.count !== null) expect(list.length).toBeLessThanOrEqual(r.count);
				expect(list.length).toBeLessThanOrEqual(MAX_OCCURRENCES);
				expect(dayOf(list.at(-1)!) - dayOf(r.startDate)).toBeLessThan(3 * 366);
			})
		);
	});

	it('every date obeys the rule (weekdays, interval, day of month)', () => {
		fc.assert(
			fc.property(ruleArb, (r) => {
				const result = expandRule(r);
				if (!result.ok) return;
				for (const date of result.dates) expect(matches(r, date), date).toBe(true);
			})
		);
	});

	it('no matching date is left out between the start and the last occurrence', () => {
		fc.assert(
			fc.property(ruleArb, (r) => {
				const result = expandRule(r);
				if (!result.ok) return;
				const expected: string[] = [];
				for (let d = r.startDate; d <= result.dates.at(-1)!; d = addDays(d, 1)) {
					if (matches(r, d)) expected.push(d);
				}
				expect(result.dates).toEqual(expected);
			}),
			{ numRuns: 60 }
		);
	});

	it('a count alone gives exactly that many occurrences', () => {
		fc.assert(
			fc.property(ruleArb, fc.integer({ min: 1, max: 60 }), (r, count) => {
				const result = expandRule({ ...r, until: null, count });
				if (!result.ok) expect(result.problem).toBe('too-long');
				else expect(result.dates).toHaveLength(count);
			})
		);
	});

	it('an until alone runs up to the last matching date on or before it', () => {
		fc.assert(
			fc.property(ruleArb, fc.nat(400), (r, after) => {
				const until = addDays(r.startDate, after);
				const result = expandRule({ ...r, until, count: null });
				if (!result.ok) {
					expect(['empty', 'too-many']).toContain(result.problem);
					return;
				}
				for (let d = addDays(result.dates.at(-1)!, 1); d <= until; d = addDays(d, 1)) {
					expect(matches(r, d), d).toBe(false);
				}
			}),
			{ numRuns: 60 }
		);
	});

	it('the start date is the first occurrence exactly when it matches the rule', () => {
		fc.assert(
			fc.property(ruleArb, (r) => {
				const result = expandRule(r);
				if (!result.ok) return;
				expect(result.dates[0] === r.startDate).toBe(matches(r, r.startDate));
				if (r.frequency !== 'weekly') expect(result.dates[0]).toBe(r.startDate);
			})
		);
	});
});
