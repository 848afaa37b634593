import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import type { DayRange, Rollup } from '../../domain/day-range';
import type { Bucket } from '../../domain/growth';
import { METRIC_INFO, METRIC_KIND_KEYS } from '../../domain/metrics';

// Series of a brand's metrics, rolled up in SQL. Every read walks the metric_values primary key
// (metric_id, day) over the days shown, so five years of history cost nothing when a chart shows
// four weeks. Callers have checked the brand is the caller's (requireBrand).

const STOCK_KINDS = METRIC_KIND_KEYS.filter((k) => METRIC_INFO[k].nature === 'stock');

/** The first day of a value's bucket, in SQLite: itself, its ISO week's Monday, or the 1st. */
function bucketSql(rollup: Rollup): SQL {
	if (rollup === 'day') return sql`v.day`;
	// 'weekday 0' moves to the coming Sunday (or stays on one); six days back is that week's Monday.
	if (rollup === 'week') return sql`date(v.day, 'weekday 0', '-6 days')`;
	return sql`substr(v.day, 1, 8) || '01'`;
}

/**
 * The roll-up query: per metric and bucket, a stock's value on the bucket's last recorded day
 * (SQLite gives a bare column the row of the max() aggregate) and a flow's sum.
 */
export function seriesQuery(
	brandId: string,
	range: DayRange,
	rollup: Rollup,
	metricId?: string
): SQL {
	const stock = sql.join(
		STOCK_KINDS.map((k) => sql`${k}`),
		sql`, `
	);
	const oneMetric = metricId ? sql` AND m.id = ${metricId}` : sql``;
	return sql`SELECT v.metric_id AS metricId, ${bucketSql(rollup)} AS period, max(v.day) AS lastDay,
		CASE WHEN m.kind IN (${stock}) THEN v.value ELSE sum(v.value) END AS value
		FROM metrics m JOIN metric_values v ON v.metric_id = m.id
		WHERE m.brand_id = ${brandId}${oneMetric} AND v.day >= ${range.from} AND v.day <= ${range.to}
		GROUP BY v.metric_id, period ORDER BY v.metric_id, period`;
}

type Row = { metricId: string; period: string; lastDay: string; value: number };

/** Buckets per metric id over the range (both ends inclusive); metrics with no value are absent. */
export async function listSeries(
	db: Db,
	brandId: string,
	range: DayRange,
	rollup: Rollup,
	metricId?: string
): Promise<Map<string, Bucket[]>> {
	const rows = await db.all<Row>(seriesQuery(brandId, range, rollup, metricId));
	const out = new Map<string, Bucket[]>();
	for (const r of rows) {
		const list = out.get(r.metricId) ?? [];
		list.push({ period: r.period, lastDay: r.lastDay, value: Number(r.value) });
		out.set(r.metricId, list);
	}
	return out;
}

/**
 * Each metric's last value recorded before `day` (null when none): the level a stock stands at
 * as a range starts, and — with the day after a range — the level it ends on. One primary-key
 * probe per metric.
 */
export async function listLevelsBefore(
	db: Db,
	brandId: string,
	day: string,
	metricId?: string
): Promise<Map<string, number | null>> {
	const oneMetric = metricId ? sql` AND m.id = ${metricId}` : sql``;
	const rows = await db.all<{ metricId: string; level: number | null }>(
		sql`SELECT m.id AS metricId, (SELECT v.value FROM metric_values v
			WHERE v.metric_id = m.id AND v.day < ${day} ORDER BY v.day DESC LIMIT 1) AS level
		FROM metrics m WHERE m.brand_id = ${brandId}${oneMetric}`
	);
	return new Map(rows.map((r) => [r.metricId, r.level === null ? null : Number(r.level)]));
}

/** The first day any metric of the brand has a value (the start of "all"), or null. */
export async function firstRecordedDay(db: Db, brandId: string): Promise<string | null> {
	const [row] = await db.all<{ first: string | null }>(
		sql`SELECT min(first) AS first FROM (SELECT (SELECT v.day FROM metric_values v
			WHERE v.metric_id = m.id ORDER BY v.day LIMIT 1) AS first
		FROM metrics m WHERE m.brand_id = ${brandId})`
	);
	return row?.first ?? null;
}

/** Whether the brand has any value at all (the dashboard's empty state). */
export async function hasValues(db: Db, brandId: string) {
	return (await firstRecordedDay(db, brandId)) !== null;
}
