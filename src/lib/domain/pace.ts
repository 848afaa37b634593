/**
 * Pace of a goal: where the metric stands, where its recent trend takes it by the due day, and
 * whether that lands on time. Pure: days are 'YYYY-MM-DD' calendar days in the brand's market
 * zone and "today" is a parameter (never the machine's clock or zone).
 *
 * - A **stock** goal (subscribers, followers) targets a LEVEL on the due day. The trend is the
 *   least-squares slope of the level over the last TREND_DAYS days, with missing days carried
 *   forward from the day before (a level does not vanish because nobody wrote it down).
 * - A **flow** goal (sign-ups, revenue) targets a TOTAL summed from the start day to the due day.
 *   The trend is the average per recorded day over the last TREND_DAYS days.
 */
import type { MetricNature } from './metrics';
import { addDays, daysBetween } from './zoned-time';

export const TREND_DAYS = 28;
/** Fewer recorded days than this in the trend window: no projection ("too little data"). */
export const MIN_TREND_POINTS = 3;
/** A projected day further away than this (about 100 years) is reported as never. */
const NEVER_DAYS = 36_500;

export const PACE_STATUSES = ['achieved', 'on_track', 'at_risk', 'missed', 'unknown'] as const;
export type PaceStatus = (typeof PACE_STATUSES)[number];

export type DayValue = { day: string; value: number };

export type PaceInput = {
	nature: MetricNature;
	target: number;
	startDay: string;
	dueDay: string;
	today: string;
	/** The metric's recorded days, any order; days after today are ignored. */
	values: readonly DayValue[];
};

export type Pace = {
	status: PaceStatus;
	/** Stock: the latest level; flow: the total so far. Null when nothing is recorded. */
	current: number | null;
	/** The last recorded day the figures are read at (≤ today, ≤ due day). */
	asOf: string | null;
	/** Share of the target reached, 0…1 (capped). */
	progress: number;
	/** Projected level (stock) or total (flow) on the due day; null without a trend. */
	projected: number | null;
	/** Per day still needed from asOf to reach the target on the due day; null once reached/past. */
	requiredPerDay: number | null;
	/** Recent trend per day (stock: slope; flow: daily average); null with too little data. */
	currentPerDay: number | null;
	/** The day the trend reaches the target (may be after the due day); null if it never does. */
	projectedDay: string | null;
	daysLeft: number;
};

const minDay = (a: string, b: string) => (a < b ? a : b);

/** Least-squares slope of y over x = 0…n−1. */
function slope(ys: number[]) {
	const n = ys.length;
	const meanX = (n - 1) / 2;
	const meanY = ys.reduce((s, y) => s + y, 0) / n;
	let top = 0;
	let bottom = 0;
	ys.forEach((y, x) => {
		top += (x - meanX) * (y - meanY);
		bottom += (x - meanX) ** 2;
	});
	return bottom === 0 ? 0 : top / bottom;
}

/** The stock's daily levels over the trend window ending at `end`, gaps carried forward. */
function stockWindow(sorted: DayValue[], end: string) {
	const from = addDays(end, -(TREND_DAYS - 1));
	const byDay = new Map(sorted.map((v) => [v.day, v.value]));
	let level = [...sorted].reverse().find((v) => v.day < from)?.value ?? null;
	const levels: number[] = [];
	let points = 0;
	for (let i = 0; i < TREND_DAYS; i++) {
		const day = addDays(from, i);
		const value = byDay.get(day);
		if (value !== undefined) {
			level = value;
			points++;
		}
		if (level !== null) levels.push(level);
	}
	return { levels, points };
}

export function goalPace(input: PaceInput): Pace {
	const { nature, target, startDay, dueDay, today } = input;
	const end = minDay(today, dueDay);
	const relevant = input.values
		.filter((v) => v.day <= end && (nature === 'stock' || v.day >= startDay))
		.sort((a, b) => (a.day < b.day ? -1 : 1));
	const last = relevant.at(-1) ?? null;
	const daysLeft = Math.max(0, daysBetween(today, dueDay));
	const current =
		last === null
			? null
			: nature === 'stock'
				? last.value
				: relevant.reduce((s, v) => s + v.value, 0);
	const progress = current === null || target <= 0 ? 0 : Math.min(1, Math.max(0, current / target));

	let currentPerDay: number | null = null;
	if (last) {
		if (nature === 'stock') {
			const { levels, points } = stockWindow(relevant, last.day);
			if (points >= MIN_TREND_POINTS && levels.length >= 2) currentPerDay = slope(levels);
		} else {
			const from = addDays(last.day, -(TREND_DAYS - 1));
			const recent = relevant.filter((v) => v.day >= from);
			if (recent.length >= MIN_TREND_POINTS)
				currentPerDay = recent.reduce((s, v) => s + v.value, 0) / recent.length;
		}
	}

	const reached = current !== null && current >= target;
	const remainingDays = last ? Math.max(0, daysBetween(last.day, dueDay)) : 0;
	const projected =
		current === null || currentPerDay === null
			? null
			: Math.round(current + currentPerDay * remainingDays);
	const requiredPerDay =
		reached || current === null || remainingDays === 0 ? null : (target - current) / remainingDays;
	let projectedDay: string | null = null;
	if (reached && last) projectedDay = last.day;
	else if (current !== null && last && currentPerDay !== null && currentPerDay > 0) {
		const days = Math.ceil((target - current) / currentPerDay);
		// Beyond a lifetime reads as "never" (and stays a valid date).
		projectedDay = days <= NEVER_DAYS ? addDays(last.day, days) : null;
	}

	let status: PaceStatus;
	if (reached) status = 'achieved';
	else if (today > dueDay) status = 'missed';
	else if (projected === null) status = 'unknown';
	else status = projected >= target ? 'on_track' : 'at_risk';

	return {
		status,
		current,
		asOf: last?.day ?? null,
		progress,
		projected,
		requiredPerDay,
		currentPerDay,
		projectedDay,
		daysLeft
	};
}

/** Goals whose status calls for attention, worst first (missed, then at risk). */
export function needsAttention(status: PaceStatus) {
	return status === 'missed' || status === 'at_risk';
}
