/**
 * Recurring items: a rule → the wall dates (YYYY-MM-DD) of its occurrences. Pure calendar maths
 * on day numbers; no zone is involved. The time of day is applied to each date afterwards in the
 * channel's zone (`scheduleOccurrences`), so 09:00 stays 09:00 on the market's wall clock on
 * every occurrence and the UTC instant moves across a DST change instead.
 *
 * Choices (RFC 5545 names in brackets):
 * - Only dates that match the rule are occurrences. The start date is the first one when it
 *   matches; RFC 5545 always counts DTSTART even when it does not match, which would put a
 *   "Mon, Thu" series started on a Tuesday on a Tuesday nobody chose.
 * - Weekly, every N weeks: weeks start on Monday (WKST=MO, as in ISO 8601). The week holding the
 *   start date is week 0 and every Nth week after it is on, so "every 2 weeks on Mon, Thu" from a
 *   Thursday continues on the Monday 11 days later.
 * - Monthly: on the start date's day of the month, every N months. A month without that day
 *   (the 31st in April, the 29th–31st in February) gets its last day instead, and the month after
 *   returns to the start's day. RFC 5545 skips such months; for a content plan a monthly post that
 *   silently vanishes in five months of the year is the worse surprise, and "the last day" is what
 *   Outlook and most planners do.
 * - A series ends on `until` (inclusive) or after `count` occurrences; it is never open-ended,
 *   because occurrences are stored as items. Hard caps keep a typo from planting thousands of
 *   items: at most MAX_OCCURRENCES occurrences, all within MAX_YEARS of the start.
 */
import { forward } from './date-bounds';
import { scheduleAt } from './schedule';

export const FREQUENCIES = ['daily', 'weekly', 'monthly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export type Rule = {
	frequency: Frequency;
	/** Every `interval` days / weeks / months, 1 … MAX_INTERVAL. */
	interval: number;
	/** Weekly rules: ISO weekdays, 1 = Monday … 7 = Sunday. Ignored otherwise. */
	weekdays: number[];
	startDate: string;
	/** Last day the series may use (inclusive), or null when it ends by `count`. */
	until: string | null;
	count: number | null;
};

export const MAX_OCCURRENCES = 200;
export const MAX_INTERVAL = 99;
export const MAX_YEARS = 3;

export type RuleProblem =
	| 'bad-start'
	| 'bad-interval'
	| 'no-weekday'
	| 'no-end'
	| 'bad-count'
	| 'until-before-start'
	| 'too-many'
	| 'too-long'
	| 'empty';

export type Expansion = { ok: true; dates: string[] } | { ok: false; problem: RuleProblem };

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a valid calendar date, or null. */
function dayNumber(date: string): number | null {
	const match = DATE.exec(date);
	if (!match) return null;
	const [y, m, d] = match.slice(1).map(Number);
	const ms = Date.UTC(y, m - 1, d);
	const back = new Date(ms);
	// Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear avoids that.
	back.setUTCFullYear(y, m - 1, d);
	if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) {
		return null;
	}
	return Math.round(back.getTime() / DAY_MS);
}

function dateOf(day: number) {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday (1 = Monday … 7 = Sunday); 1970-01-01 was a Thursday. */
export function isoWeekday(date: string) {
	const day = dayNumber(date);
	if (day === null) throw new RangeError(`not a date: ${date}`);
	return isoWeekdayOf(day);
}
const isoWeekdayOf = (day: number) => ((((day + 3) % 7) + 7) % 7) + 1;

const daysInMonth = (year: number, month: number) =>
	new Date(Date.UTC(year, month, 0)).getUTCDate();

const LAST_DAY = dayNumber('9999-12-31')!;

// The first day a series may not reach: MAX_YEARS after the start (29 Feb → 1 Mar), and never
// past year 9999, the last year a YYYY-MM-DD string can name.
function horizonOf(start: number) {
	const date = new Date(start * DAY_MS);
	const end = new Date(0);
	end.setUTCFullYear(date.getUTCFullYear() + MAX_YEARS, date.getUTCMonth(), date.getUTCDate());
	return Math.min(Math.round(end.getTime() / DAY_MS), LAST_DAY + 1);
}

/** Candidate day numbers in order, unbounded by the end of the rule (the caller stops). */
function* candidates(rule: Rule, start: number): Generator<number> {
	const step = rule.interval;
	if (rule.frequency === 'daily') {
		for (let day = start; ; day += step) yield day;
	}
	if (rule.frequency === 'weekly') {
		const monday = start - (isoWeekdayOf(start) - 1);
		const weekdays = [...new Set(rule.weekdays)].sort((a, b) => a - b);
		for (let week = monday; ; week += 7 * step) {
			for (const weekday of weekdays) {
				const day = week + weekday - 1;
				if (day >= start) yield day;
			}
		}
	}
	const [y, m, d] = dateOf(start).split('-').map(Number);
	for (let k = 0; ; k += step) {
		const year = y + Math.floor((m - 1 + k) / 12);
		const month = ((m - 1 + k) % 12) + 1;
		const day = Math.min(d, daysInMonth(year, month));
		yield (
			dayNumber(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`) ??
			Number.POSITIVE_INFINITY
		);
	}
}

function problemOf(rule: Rule): RuleProblem | null {
	if (dayNumber(rule.startDate) === null) return 'bad-start';
	if (!Number.isInteger(rule.interval) || rule.interval < 1 || rule.interval > MAX_INTERVAL) {
		return 'bad-interval';
	}
	if (rule.frequency === 'weekly') {
		const valid = rule.weekdays.filter((w) => Number.isInteger(w) && w >= 1 && w <= 7);
		if (valid.length === 0 || valid.length !== rule.weekdays.length) return 'no-weekday';
	}
	if (rule.until === null && rule.count === null) return 'no-end';
	if (rule.count !== null && (!Number.isInteger(rule.count) || rule.count < 1)) return 'bad-count';
	if (rule.count !== null && rule.count > MAX_OCCURRENCES) return 'too-many';
	if (rule.until !== null) {
		const until = dayNumber(rule.until);
		if (until === null || until < dayNumber(rule.startDate)!) return 'until-before-start';
		if (until >= horizonOf(dayNumber(rule.startDate)!)) return 'too-long';
	}
	return null;
}

/**
 * The occurrence dates of a rule, in order, or why the rule cannot be laid out. When both `until`
 * and `count` are given, the series stops at whichever comes first.
 */
export function expandRule(rule: Rule): Expansion {
	const problem = problemOf(rule);
	if (problem) return { ok: false, problem };
	const start = dayNumber(rule.startDate)!;
	const until = rule.until === null ? Number.POSITIVE_INFINITY : dayNumber(rule.until)!;
	const horizon = horizonOf(start);
	const dates: string[] = [];
	let previous = Number.NEGATIVE_INFINITY;
	for (const day of candidates(rule, start)) {
		// Candidates only ever grow; one that does not would loop until MAX_OCCURRENCES of one day.
		previous = forward(previous, day);
		if (day > until || (rule.count !== null && dates.length === rule.count)) break;
		if (day >= horizon) return { ok: false, problem: 'too-long' };
		if (dates.length === MAX_OCCURRENCES) return { ok: false, problem: 'too-many' };
		dates.push(dateOf(day));
	}
	return dates.length ? { ok: true, dates } : { ok: false, problem: 'empty' };
}

/** The ISO weekday of a start date, the default choice for a new weekly rule. */
export const defaultWeekdays = (startDate: string) =>
	dayNumber(startDate) === null ? [] : [isoWeekday(startDate)];

/**
 * Each date at the same wall-clock time in the channel's zone. The instant is derived per date, so
 * across a DST change the UTC instant moves and the local time does not; a time that falls in a
 * spring-forward gap on one date moves forward on that date only (the zoned-time.ts rule).
 */
export function scheduleOccurrences(dates: string[], time: string, zone: string) {
	return dates.map((date) => scheduleAt(date, time, zone));
}
