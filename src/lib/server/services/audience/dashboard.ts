import type { Db } from '../../db/client';
import { listMetrics, type BrandMetric } from '../../queries/metrics';
import * as series from '../../queries/audience-series';
import { listChartNotes, notesForMetric, type ChartNote } from '../../queries/annotations';
import { comparisonRange, readView } from '../../../domain/day-range';
import {
	chartPeriods,
	chartPoints,
	periodChange,
	shareSeries,
	shareTrend,
	total,
	type Bucket
} from '../../../domain/growth';
import { METRIC_INFO } from '../../../domain/metrics';
import { today } from '../../../domain/zoned-time';

// What the growth page and its CSV export read: one chart per metric over the range in the URL,
// the comparison beside it, and the owned-audience headline. `now` is the clock (tests pass one);
// "today" is the brand's market day.

export type MetricChart = BrandMetric & {
	nature: 'stock' | 'flow';
	unit: 'count' | 'money';
	lowerIsBetter: boolean;
	points: ReturnType<typeof chartPoints>;
	change: ReturnType<typeof periodChange>;
	notes: ChartNote[];
	empty: boolean;
};

/** What the guard proved: the brand, and its market zone that says which day is today. */
export type DashboardScope = { brandId: string; marketTimeZone: string };

/** The URL's view (range, rollup, comparison), the clock, and optionally the one metric to read. */
export type DashboardInput = { params: URLSearchParams; now: number; metricId?: string };

export async function loadDashboard(
	db: Db,
	scope: DashboardScope,
	{ params, now, metricId }: DashboardInput
) {
	const brand = { id: scope.brandId, marketTimeZone: scope.marketTimeZone };
	const todayDay = today(brand.marketTimeZone, now);
	const all = await listMetrics(db, brand.id);
	const metrics = metricId ? all.filter((m) => m.id === metricId) : all;
	const firstDay = await series.firstRecordedDay(db, brand.id);
	const { view, days, comparison, notices } = readView(params, todayDay, firstDay);
	// A flow's change is always against a period: the chosen comparison, else the previous one.
	const base = comparison ?? comparisonRange(days, 'previous')!;
	const [current, before, previous, previousBefore, notes] = await Promise.all([
		series.listSeries(db, brand.id, days, view.rollup, metricId),
		series.listLevelsBefore(db, brand.id, days.from, metricId),
		series.listSeries(db, brand.id, base, view.rollup, metricId),
		series.listLevelsBefore(db, brand.id, base.from, metricId),
		listChartNotes(db, brand.id, days, brand.marketTimeZone)
	]);
	const periods = chartPeriods(days, comparison, view.rollup);
	const get = (map: Map<string, Bucket[]>, id: string) => map.get(id) ?? [];
	const charts: MetricChart[] = metrics.map((m) => {
		const info = METRIC_INFO[m.kind];
		const mine = { buckets: get(current, m.id), before: before.get(m.id) ?? null };
		const theirs = { buckets: get(previous, m.id), before: previousBefore.get(m.id) ?? null };
		return {
			...m,
			nature: info.nature,
			unit: info.unit,
			lowerIsBetter: info.lowerIsBetter,
			points: chartPoints(periods, info.nature, mine, comparison ? theirs : null),
			change: periodChange(info.nature, mine.buckets, {
				before: mine.before,
				comparisonTotal: total(theirs.buckets)
			}),
			notes: notesForMetric(notes, m),
			empty: mine.buckets.length === 0 && mine.before === null
		};
	});
	const audience = all.map((m) => ({ ...m, audience: METRIC_INFO[m.kind].audience }));
	const levels = new Map(
		audience.map((m) => [
			m.id,
			{
				points: get(current, m.id).map((b) => ({ day: b.lastDay, value: b.value })),
				before: before.get(m.id) ?? null
			}
		])
	);
	return {
		view,
		days,
		comparison,
		notices,
		today: todayDay,
		hasMetrics: all.length > 0,
		hasValues: firstDay !== null,
		headline: metricId ? null : shareTrend(audience, levels, days),
		share: metricId ? [] : shareSeries(audience, levels, days, view.rollup),
		charts,
		noteCount: notes.length
	};
}
