/**
 * Growth maths of the owned-audience dashboard. Pure: series come in as recorded values per
 * calendar day (market time), ranges and roll-ups as parameters.
 *
 * - A **stock** (subscribers, followers) is a level: a bucket's value is its last recorded day,
 *   and its change over a period is the level at the end minus the level just before it.
 * - A **flow** (sessions, orders) happens during a day: a bucket's value is the sum of its days,
 *   and its change is the period total minus the comparison period's total.
 * - Percentages are null when the base is 0 or unknown (no division by zero, no "+∞ %").
 */
import type { Ownership } from './channels';
import {
	addDays,
	bucketStart,
	bucketsOf,
	nextBucket,
	type DayRange,
	type Rollup
} from './day-range';
import type { MetricNature } from './metrics';

export type DayValue = { day: string; value: number };
/** One roll-up bucket: its first day, the day its value was read from, its value. */
export type Bucket = { period: string; lastDay: string; value: number };

/** The roll-up the SQL computes, in plain code: the reference the query is tested against. */
export function rollUp(points: DayValue[], nature: MetricNature, rollup: Rollup): Bucket[] {
	const out = new Map<string, Bucket>();
	for (const p of [...points].sort((a, b) => (a.day < b.day ? -1 : 1))) {
		const period = bucketStart(p.day, rollup);
		const b = out.get(period);
		if (!b) out.set(period, { period, lastDay: p.day, value: p.value });
		else if (nature === 'stock') Object.assign(b, { lastDay: p.day, value: p.value });
		else Object.assign(b, { lastDay: p.day, value: b.value + p.value });
	}
	return [...out.values()];
}

export type Change = {
	base: number | null;
	current: number | null;
	absolute: number | null;
	percent: number | null;
};

function changeOf(current: number | null, base: number | null): Change {
	if (current === null || base === null) return { base, current, absolute: null, percent: null };
	const absolute = current - base;
	return { base, current, absolute, percent: base === 0 ? null : absolute / base };
}

/**
 * The change over a period. Stock: the last level in the period vs the level before it (`before`,
 * the last value recorded before the period's first day). Flow: the period total vs the
 * comparison period's total (`comparisonTotal`; null when there is nothing to compare with).
 */
export function periodChange(
	nature: MetricNature,
	buckets: Bucket[],
	base: { before: number | null; comparisonTotal: number | null }
): Change {
	if (nature === 'stock') {
		const end = buckets.length ? buckets[buckets.length - 1].value : null;
		return changeOf(end ?? base.before, base.before);
	}
	const total = buckets.length ? buckets.reduce((sum, b) => sum + b.value, 0) : null;
	return changeOf(total, base.comparisonTotal);
}

export function total(buckets: Bucket[]) {
	return buckets.length ? buckets.reduce((sum, b) => sum + b.value, 0) : null;
}

export type ChartPoint = { period: string; value: number | null; comparison: number | null };

/**
 * The chart's rows: every bucket of the range in order, with the comparison's bucket of the same
 * position beside it (week 3 of this quarter against week 3 of the last). A stock carries its
 * last level forward over buckets with no entry; a flow's empty bucket is a gap (not a zero: a
 * missing day is unknown, not "no sessions").
 */
/** The buckets of a range and of its comparison, computed once for every chart of a page. */
export function chartPeriods(range: DayRange, comparison: DayRange | null, rollup: Rollup) {
	return {
		current: bucketsOf(range, rollup),
		comparison: comparison ? bucketsOf(comparison, rollup) : null
	};
}

export function chartPoints(
	periods: ReturnType<typeof chartPeriods>,
	nature: MetricNature,
	current: { buckets: Bucket[]; before: number | null },
	previous: { buckets: Bucket[]; before: number | null } | null
): ChartPoint[] {
	const fill = (list: string[], s: { buckets: Bucket[]; before: number | null }) => {
		const byPeriod = new Map(s.buckets.map((b) => [b.period, b.value]));
		let level = nature === 'stock' ? s.before : null;
		return list.map((period) => {
			const v = byPeriod.get(period);
			if (v !== undefined && nature === 'stock') level = v;
			return nature === 'stock' ? level : (v ?? null);
		});
	};
	const values = fill(periods.current, current);
	const compared = periods.comparison && previous ? fill(periods.comparison, previous) : [];
	return periods.current.map((period, i) => ({
		period,
		value: values[i],
		comparison: compared[i] ?? null
	}));
}

/** A metric as the owned share sees it. */
export type AudienceMetric = { id: string; ownership: Ownership; audience: boolean };

/** The level of a stock on a day: its latest value on or before it (carry forward), else `before`. */
export function levelOn(points: DayValue[], day: string, before: number | null = null) {
	let level = before;
	for (const p of points) {
		if (p.day > day) break;
		level = p.value;
	}
	return level;
}

export type Share = { owned: number; rented: number; share: number | null };

/**
 * Owned-audience share on a day = owned audience ÷ (owned + rented), over the metrics whose
 * kind counts an audience. Each metric contributes its latest level on or before the day; a
 * metric with no level yet contributes nothing. Null when there is no audience at all.
 */
export function ownedShare(
	metrics: AudienceMetric[],
	series: Map<string, { points: DayValue[]; before: number | null }>,
	day: string
): Share {
	let owned = 0;
	let rented = 0;
	for (const m of metrics) {
		if (!m.audience) continue;
		const s = series.get(m.id);
		const level = s ? levelOn(s.points, day, s.before) : null;
		if (level === null) continue;
		if (m.ownership === 'owned') owned += level;
		else rented += level;
	}
	const all = owned + rented;
	return { owned, rented, share: all === 0 ? null : owned / all };
}

export type ShareTrend = {
	start: Share;
	end: Share;
	/** Change of the share in percentage points ×0.01 (0.05 = +5 points); null when unknown. */
	shareChange: number | null;
	owned: Change;
};

/** Share at the range's start (the level just before its first day) vs at its end. */
export function shareTrend(
	metrics: AudienceMetric[],
	series: Map<string, { points: DayValue[]; before: number | null }>,
	range: DayRange
): ShareTrend {
	const start = ownedShare(
		metrics,
		new Map([...series].map(([k, s]) => [k, { points: [], before: s.before }])),
		range.from
	);
	const end = ownedShare(metrics, series, range.to);
	const shareChange = start.share === null || end.share === null ? null : end.share - start.share;
	const hasStart = [...series.values()].some((s) => s.before !== null);
	return {
		start,
		end,
		shareChange,
		owned: changeOf(end.owned + end.rented === 0 ? null : end.owned, hasStart ? start.owned : null)
	};
}

/**
 * The owned share at the end of every bucket of the range (the range's last day for the last,
 * possibly partial, bucket), each audience level carried forward from its latest entry.
 */
export function shareSeries(
	metrics: AudienceMetric[],
	series: Map<string, { points: DayValue[]; before: number | null }>,
	range: DayRange,
	rollup: Rollup
): (Share & { period: string })[] {
	return bucketsOf(range, rollup).map((period) => {
		const end = addDays(nextBucket(period, rollup), -1);
		return { period, ...ownedShare(metrics, series, end < range.to ? end : range.to) };
	});
}
