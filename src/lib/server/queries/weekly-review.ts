import { and, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import { METRIC_INFO } from '../../domain/metrics';
import { needsAttention } from '../../domain/pace';
import { planHealth } from '../../domain/plan-health';
import { rollUp } from '../../domain/creator-metrics';
import { plannedVsPublished, weekChange } from '../../domain/weekly-review';
import type { Db } from '../db/client';
import { collaborations, contentItems, creators, deliverables, metricValues } from '../db/schema';
import { listChannels } from './channels';
import { listPillars } from './pillars';
import { listPersonas } from './personas';
import { collabTotals } from './collab-totals';
import { listGoalsWithPace } from './goals';
import { listItemsInRange } from './items';
import { listMetrics } from './metrics';

// Everything the weekly review shows for one week of a brand, read from the existing queries
// where they exist. Callers have already checked the brand is the caller's (requireBrand).

export type ReviewWeek = { start: string; end: string; previous: string };

/** Last week's plan: items scheduled in the week per channel, and the plan-health findings. */
export async function reviewPlan(db: Db, brandId: string, week: ReviewWeek, now: number) {
	const [items, channels, pillars, personas] = await Promise.all([
		listItemsInRange(db, brandId, week.start, week.end),
		listChannels(db, brandId),
		listPillars(db, brandId),
		listPersonas(db, brandId)
	]);
	const counts = plannedVsPublished(items);
	const rows = channels
		.map((channel) => ({
			channelId: channel.id,
			kind: channel.kind,
			label: channel.label,
			target: channel.weeklyCadence,
			...(counts.get(channel.id) ?? { planned: 0, published: 0, skipped: 0 })
		}))
		.filter((row) => row.planned + row.skipped > 0 || row.target > 0);
	const health = planHealth({ channels, pillars, personas, items, now });
	return {
		rows,
		unassigned: counts.get(null) ?? null,
		total: items.length,
		health,
		names: {
			channels: Object.fromEntries(channels.map((c) => [c.id, { kind: c.kind, label: c.label }])),
			pillars: Object.fromEntries(pillars.map((p) => [p.id, p.name])),
			personas: Object.fromEntries(personas.map((p) => [p.id, p.name]))
		}
	};
}

/**
 * Creator content that went live in the week (its calendar item is scheduled in it), with the
 * deliverable's results and its collaboration's cost per order (costs belong to the whole
 * collaboration, so that is the honest ratio).
 */
export async function reviewCreators(db: Db, brandId: string, week: ReviewWeek) {
	const rows = await db
		.select({
			id: deliverables.id,
			collaborationId: collaborations.id,
			creator: creators.name,
			platform: deliverables.platform,
			day: contentItems.scheduledDate,
			status: contentItems.status,
			currency: collaborations.currency,
			views: deliverables.views,
			engagements: deliverables.engagements,
			orders: deliverables.orders,
			revenueMinor: deliverables.revenueMinor
		})
		.from(deliverables)
		.innerJoin(collaborations, eq(collaborations.id, deliverables.collaborationId))
		.innerJoin(creators, eq(creators.id, collaborations.creatorId))
		.innerJoin(contentItems, eq(contentItems.id, deliverables.contentItemId))
		.where(
			and(
				eq(collaborations.brandId, brandId),
				eq(contentItems.brandId, brandId),
				gte(contentItems.scheduledDate, week.start),
				lt(contentItems.scheduledDate, week.end)
			)
		)
		.orderBy(contentItems.scheduledDate, creators.name);
	const ids = [...new Set(rows.map((r) => r.collaborationId))];
	const totals = await collabTotals(db, brandId, { collaborationIds: ids });
	const cpo = new Map(totals.map((t) => [t.collaborationId, rollUp([t]).cpoMinor]));
	return rows.map((row) => ({ ...row, cpoMinor: cpo.get(row.collaborationId) ?? null }));
}

/** A stock's level at the end of a week: its last value on a day before `end`. */
async function levelBefore(db: Db, metricId: string, end: string) {
	const [row] = await db
		.select({ value: metricValues.value })
		.from(metricValues)
		.where(and(eq(metricValues.metricId, metricId), lt(metricValues.day, end)))
		.orderBy(desc(metricValues.day))
		.limit(1);
	return row?.value ?? null;
}

/** Each metric this week vs the week before: stocks by their week-end level, flows by totals. */
export async function reviewMetricChanges(db: Db, brandId: string, week: ReviewWeek) {
	const list = await listMetrics(db, brandId);
	const flows = list.filter((m) => METRIC_INFO[m.kind].nature === 'flow').map((m) => m.id);
	// Both weeks' flow totals in one grouped read of the (metric_id, day) key.
	const sums = flows.length
		? await db
				.select({
					metricId: metricValues.metricId,
					current: sql<
						number | null
					>`sum(case when ${metricValues.day} >= ${week.start} then ${metricValues.value} end)`,
					previous: sql<
						number | null
					>`sum(case when ${metricValues.day} < ${week.start} then ${metricValues.value} end)`
				})
				.from(metricValues)
				.where(
					and(
						inArray(metricValues.metricId, flows),
						gte(metricValues.day, week.previous),
						lt(metricValues.day, week.end)
					)
				)
				.groupBy(metricValues.metricId)
		: [];
	const byMetric = new Map(sums.map((s) => [s.metricId, s]));
	return Promise.all(
		list.map(async (metric) => {
			const nature = METRIC_INFO[metric.kind].nature;
			let current: number | null;
			let previous: number | null;
			if (nature === 'stock') {
				[current, previous] = await Promise.all([
					levelBefore(db, metric.id, week.end),
					levelBefore(db, metric.id, week.start)
				]);
			} else {
				const sum = byMetric.get(metric.id);
				current = sum?.current == null ? null : Number(sum.current);
				previous = sum?.previous == null ? null : Number(sum.previous);
			}
			return { metric, nature, current, previous, ...weekChange(current, previous) };
		})
	);
}

/** Goals at risk or missed as of `today` (market day), by pace.ts. */
export async function reviewGoalsAtRisk(db: Db, brandId: string, today: string) {
	const goals = await listGoalsWithPace(db, brandId, today);
	return goals.filter((goal) => needsAttention(goal.pace.status));
}
