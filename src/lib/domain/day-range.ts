/**
 * Calendar-day arithmetic for the dashboard on 'YYYY-MM-DD' strings. Days are market-time calendar
 * days with no instant attached, so no time zone enters here: "today" is computed by the caller in
 * the brand's market zone (see zoned-time.ts `today`) and passed in.
 */
import { CalendarDate, parseDate } from '@internationalized/date';
import { clampDay, forward, readDay } from './date-bounds';
import { addDays, daysBetween, isDate, weekday } from './zoned-time';

export const RANGE_KEYS = ['4w', 'quarter', 'year', 'all', 'custom'] as const;
export type RangeKey = (typeof RANGE_KEYS)[number];
export const COMPARE_KEYS = ['none', 'previous', 'year'] as const;
export type CompareKey = (typeof COMPARE_KEYS)[number];
export const ROLLUPS = ['day', 'week', 'month'] as const;
export type Rollup = (typeof ROLLUPS)[number];

/** Both ends inclusive. */
export type DayRange = { from: string; to: string };

/** The longest custom range we chart: beyond ten years a daily chart reads as noise. */
export const MAX_RANGE_DAYS = 3660;

export { addDays, daysBetween, isDate };

/** Number of days in an inclusive range. */
export function rangeLength(range: DayRange) {
	return daysBetween(range.from, range.to) + 1;
}

/** The same day `years` earlier or later; Feb 29 becomes Feb 28 in a year without it. */
export function shiftYears(day: string, years: number) {
	// CalendarDate.add clamps the day to the month's length (2024-02-29 − 1 year = 2023-02-28).
	return parseDate(day).add({ years }).toString();
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: string) {
	return weekday(day) || 7;
}

/** The first day of the bucket a day falls in: itself, its ISO week's Monday, or the 1st. */
export function bucketStart(day: string, rollup: Rollup) {
	if (rollup === 'day') return day;
	if (rollup === 'week') return addDays(day, 1 - isoWeekday(day));
	return `${day.slice(0, 7)}-01`;
}

export function nextBucket(start: string, rollup: Rollup) {
	if (rollup === 'day') return addDays(start, 1);
	if (rollup === 'week') return addDays(start, 7);
	return parseDate(start).add({ months: 1 }).toString();
}

/** Every bucket touching the range, as its first day, in order (gaps included). */
export function bucketsOf(range: DayRange, rollup: Rollup) {
	const out: string[] = [];
	for (
		let b = bucketStart(range.from, rollup);
		b <= range.to;
		b = forward(b, nextBucket(b, rollup))
	) {
		out.push(b);
	}
	return out;
}

/**
 * The most points a chart draws (and its table and CSV list). 400 keeps a daily chart for up to
 * 13 months (a year beside its comparison's edges) and weekly ones for 7½ years; a ten-year range
 * goes monthly (121). A chart is 300–600 px wide, so 400 points is already under two pixels each:
 * more adds bytes and CPU (a 10-year daily page was 13 MB), never anything a reader can see.
 */
export const MAX_POINTS = 400;

/** How many buckets a range has at a roll-up, counted without walking it. */
export function bucketCount(range: DayRange, rollup: Rollup) {
	if (rollup === 'day') return rangeLength(range);
	if (rollup === 'week') {
		return daysBetween(bucketStart(range.from, 'week'), bucketStart(range.to, 'week')) / 7 + 1;
	}
	const [a, b] = [parseDate(range.from), parseDate(range.to)];
	return (b.year - a.year) * 12 + (b.month - a.month) + 1;
}

/** The roll-up asked for, or the first coarser one whose chart stays within MAX_POINTS. */
export function fitRollup(range: DayRange, rollup: Rollup): Rollup {
	const i = ROLLUPS.indexOf(rollup);
	const fits = ROLLUPS.slice(i).find((r) => bucketCount(range, r) <= MAX_POINTS);
	return fits ?? 'month';
}

/**
 * The range a key names, ending on `today` (market zone). 4 weeks = 28 days; quarter = 13
 * weeks; year = the same day a year ago + 1 (365 or 366 days); all = from the first recorded day
 * (today when there is none); custom = from/to as given, reversed ends swapped, too long clipped;
 * a from/to outside 2000-01-01 … today + 10 years counts as not given.
 */
export function resolveRange(
	key: RangeKey,
	today: string,
	options: { from?: string | null; to?: string | null; firstDay?: string | null } = {}
): DayRange {
	if (key === '4w') return { from: addDays(today, -27), to: today };
	if (key === 'quarter') return { from: addDays(today, -90), to: today };
	if (key === 'year') return { from: addDays(shiftYears(today, -1), 1), to: today };
	if (key === 'all') {
		const first = options.firstDay && options.firstDay < today ? options.firstDay : today;
		return { from: first, to: today };
	}
	// Only days within the bounds (date-bounds.ts): anything else is as good as absent.
	const from = readDay(options.from, today).ok ? options.from! : addDays(today, -27);
	const to = readDay(options.to, today).ok ? options.to! : today;
	const [a, b] = from <= to ? [from, to] : [to, from];
	return daysBetween(a, b) >= MAX_RANGE_DAYS
		? { from: addDays(b, 1 - MAX_RANGE_DAYS), to: b }
		: { from: a, to: b };
}

/**
 * The period a range is compared with: the one just before it, of equal length, or the same
 * days a year earlier (Feb 29 → Feb 28). Null for no comparison.
 */
export function comparisonRange(range: DayRange, compare: CompareKey): DayRange | null {
	if (compare === 'none') return null;
	if (compare === 'previous') {
		const n = rangeLength(range);
		return { from: addDays(range.from, -n), to: addDays(range.from, -1) };
	}
	return { from: shiftYears(range.from, -1), to: shiftYears(range.to, -1) };
}

/** A CalendarDate for formatting with the locale (DateFormatter in UTC, so no shift). */
export function toDateValue(day: string): CalendarDate {
	return parseDate(day);
}

/** What the dashboard shows, as it sits in the URL. */
export type DashboardView = {
	range: RangeKey;
	from: string | null;
	to: string | null;
	compare: CompareKey;
	rollup: Rollup;
};

const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
	value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;

/** The roll-up a range reads best in when the URL names none: ~30 points or fewer per chart. */
export function defaultRollup(range: DayRange): Rollup {
	const n = rangeLength(range);
	return n <= 62 ? 'day' : n <= 400 ? 'week' : 'month';
}

/** Why the view shown is not quite the one the URL asked for (the page says so). */
export type ViewNotices = {
	/** A from/to the URL gave that is not a day between 2000-01-01 and today + 10 years. */
	refusedDates: string[];
	/** The roll-up asked for, and its point count, when the chart would have had too many. */
	coarsened: { requested: Rollup; points: number } | null;
};

/**
 * Reads ?range=&from=&to=&compare=&rollup= leniently: anything unknown falls back to the default
 * (4 weeks, previous period, the range's natural roll-up) — a hand-edited URL never fails. A
 * from/to outside the accepted days (date-bounds.ts) is left out and named in `notices`; a roll-up
 * that would draw more than MAX_POINTS goes coarser, also named there.
 */
export function readView(params: URLSearchParams, today: string, firstDay: string | null) {
	const refusedDates: string[] = [];
	const day = (name: string) => {
		const value = params.get(name);
		const read = readDay(value, today);
		if (read.ok) return read.day;
		if (read.problem !== 'missing') refusedDates.push(value!);
		return null;
	};
	const from = day('from');
	const to = day('to');
	const range = pick(params.get('range'), RANGE_KEYS, from || to ? 'custom' : '4w');
	// A day stored before the bounds (data older than 2000) starts "all" at the bounds.
	const first = firstDay ? clampDay(firstDay, today) : null;
	const days = resolveRange(range, today, { from, to, firstDay: first });
	const requested = pick(params.get('rollup'), ROLLUPS, defaultRollup(days));
	const rollup = fitRollup(days, requested);
	const view: DashboardView = {
		range,
		from: range === 'custom' ? days.from : null,
		to: range === 'custom' ? days.to : null,
		compare: pick(params.get('compare'), COMPARE_KEYS, 'previous'),
		rollup
	};
	const notices: ViewNotices = {
		refusedDates,
		coarsened: rollup === requested ? null : { requested, points: bucketCount(days, requested) }
	};
	return { view, days, comparison: comparisonRange(days, view.compare), notices };
}

/** The query string of a view, for links (export, notes) that keep what is shown. */
export function viewQuery(view: DashboardView) {
	const q = new URLSearchParams({ range: view.range });
	if (view.range === 'custom' && view.from && view.to) {
		q.set('from', view.from);
		q.set('to', view.to);
	}
	q.set('compare', view.compare);
	q.set('rollup', view.rollup);
	return q.toString();
}
