/**
 * Wall-clock time in a market's zone ↔ UTC instants, and week maths. Never reads the machine's
 * zone: every function takes the zone it works in.
 *
 * DST rule (documented in the README and shown to the user): a wall time that does not exist
 * (spring-forward gap) moves forward by the length of the gap — 02:30 on the day clocks jump
 * 02:00→03:00 becomes 03:30; a wall time that happens twice (fall-back overlap) means the first
 * (earlier) occurrence. This is RFC 5545's and Temporal's "compatible" rule.
 */
import {
	CalendarDate,
	CalendarDateTime,
	fromAbsolute,
	parseDate,
	toZoned
} from '@internationalized/date';
import { readDay } from './date-bounds';

export type WallTime = { date: string; time: string };
export type Resolution = { instant: number; wall: WallTime; adjustment: 'gap' | 'overlap' | null };

const pad = (n: number) => String(n).padStart(2, '0');

export function isDate(value: string) {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	try {
		return parseDate(value).toString() === value;
	} catch {
		return false;
	}
}

export function isTime(value: string) {
	return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

function dateTime(date: string, time: string) {
	const d = parseDate(date);
	const [h, m] = time.split(':').map(Number);
	return new CalendarDateTime(d.year, d.month, d.day, h, m);
}

export function wallOf(instant: number, zone: string): WallTime {
	const z = fromAbsolute(instant, zone);
	return {
		date: `${z.year}-${pad(z.month)}-${pad(z.day)}`,
		time: `${pad(z.hour)}:${pad(z.minute)}`
	};
}

/** The instant a wall time in `zone` names, with the DST rule above applied and reported. */
export function resolveWall(date: string, time: string, zone: string): Resolution {
	const dt = dateTime(date, time);
	const earlier = toZoned(dt, zone, 'earlier').toDate().getTime();
	const later = toZoned(dt, zone, 'later').toDate().getTime();
	const exact = (instant: number) => {
		const w = wallOf(instant, zone);
		return w.date === date && w.time === time;
	};
	if (earlier !== later && exact(earlier) && exact(later)) {
		return { instant: earlier, wall: { date, time }, adjustment: 'overlap' };
	}
	if (exact(earlier)) return { instant: earlier, wall: { date, time }, adjustment: null };
	// In a gap: 'compatible' moves forward by the gap's length.
	const instant = toZoned(dt, zone, 'compatible').toDate().getTime();
	return { instant, wall: wallOf(instant, zone), adjustment: 'gap' };
}

export function addDays(date: string, days: number) {
	return parseDate(date).add({ days }).toString();
}

/** Whole calendar days from `a` to `b` (negative when b is earlier), exact across leap days. */
export function daysBetween(a: string, b: string) {
	const x = parseDate(a);
	const y = parseDate(b);
	return Math.round(
		(Date.UTC(y.year, y.month - 1, y.day) - Date.UTC(x.year, x.month - 1, x.day)) / 86_400_000
	);
}

/** 0 = Sunday … 6 = Saturday, for a calendar day (no zone involved). */
export function weekday(date: string) {
	const d = parseDate(date);
	// 1970-01-04 was a Sunday; count whole days from it.
	const epochSunday = new CalendarDate(1970, 1, 4);
	const days = Math.round(
		(Date.UTC(d.year, d.month - 1, d.day) - Date.UTC(epochSunday.year, 0, 4)) / 86_400_000
	);
	return ((days % 7) + 7) % 7;
}

/** The week containing `date`, starting on `weekStart`: seven calendar days, end exclusive. */
export function weekOf(date: string, weekStart: number) {
	const offset = (weekday(date) - weekStart + 7) % 7;
	const start = addDays(date, -offset);
	const days = Array.from({ length: 7 }, (_, i) => addDays(start, i));
	return { start, end: addDays(start, 7), days };
}

/**
 * The week a weekly page shows: the one containing `requested` (any day of it), else the last
 * complete week before `today` (the weekly ritual looks back), with its neighbours' starts.
 * `refused` is what the URL gave when it was not a day within the bounds (date-bounds.ts), for
 * the page to say it was left out.
 */
export function pickedWeek(requested: string | null, today: string, weekStart: number) {
	const read = readDay(requested, today);
	const day = read.ok ? read.day : addDays(today, -7);
	const week = weekOf(day, weekStart);
	const refused = !read.ok && read.problem !== 'missing' ? requested : null;
	return { ...week, previous: addDays(week.start, -7), next: addDays(week.start, 7), refused };
}

/** Today's calendar day in a zone. */
export function today(zone: string, now = Date.now()) {
	return wallOf(now, zone).date;
}
