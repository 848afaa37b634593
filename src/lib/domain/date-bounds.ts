/**
 * The days the app accepts anywhere a person (or a URL) can name one: from 2000-01-01 to ten
 * years after today. Outside them nothing is planned or measured, and the date library clamps at
 * 9999-12-31, so a loop over days towards such a date would never end (issue 15). `today` is a
 * parameter: pages pass the brand's market day, forms the UTC day (the bounds are a decade wide, so
 * a zone's day either side does not matter).
 */
import { parseDate } from '@internationalized/date';

export const EARLIEST_DAY = '2000-01-01';
export const YEARS_AHEAD = 10;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDay(value: string) {
	if (!DAY.test(value)) return false;
	try {
		return parseDate(value).toString() === value;
	} catch {
		return false;
	}
}

/** The last day accepted: ten years after `today` (29 Feb → 28 Feb). */
export function latestDay(today: string) {
	return parseDate(today).add({ years: YEARS_AHEAD }).toString();
}

export function dayBounds(today: string) {
	return { earliest: EARLIEST_DAY, latest: latestDay(today) };
}

export type DayReading =
	{ ok: true; day: string } | { ok: false; problem: 'missing' | 'format' | 'range' };

/** A day as typed: absent, not a calendar day, outside the bounds, or a day the app accepts. */
export function readDay(value: string | null | undefined, today: string): DayReading {
	if (value === null || value === undefined || value === '')
		return { ok: false, problem: 'missing' };
	if (!isCalendarDay(value)) return { ok: false, problem: 'format' };
	const { earliest, latest } = dayBounds(today);
	return value < earliest || value > latest
		? { ok: false, problem: 'range' }
		: { ok: true, day: value };
}

/** Whether a calendar day lies within the bounds (false for anything that is not a day). */
export function withinBounds(value: string, today: string) {
	return readDay(value, today).ok;
}

/** The day, moved inside the bounds when it lies outside them (a stored day before 2000). */
export function clampDay(day: string, today: string) {
	const { earliest, latest } = dayBounds(today);
	return day < earliest ? earliest : day > latest ? latest : day;
}

/**
 * The next value of a date loop, checked: it must be after the previous one. The date library
 * clamps at 9999-12-31 instead of moving on, and a loop that stands still never ends; this turns
 * that into an error the request answers, instead of a process that eats memory until it dies.
 */
export function forward<T extends string | number>(previous: T, next: T): T {
	if (!(next > previous)) {
		throw new RangeError(`A date loop did not move forward: ${previous} → ${next}`);
	}
	return next;
}

/** Today as a UTC calendar day, for checks made where no market zone is known (form schemas). */
export function utcToday(now = Date.now()) {
	return new Date(now).toISOString().slice(0, 10);
}
