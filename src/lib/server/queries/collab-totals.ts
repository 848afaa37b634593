import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { CollabCosts, CollabResults } from '../../domain/creator-metrics';
import type { Db } from '../db/client';
import { collaborations, deliverables, samples } from '../db/schema';

export type CollabTotals = {
	collaborationId: string;
	currency: string;
	costs: CollabCosts;
	results: CollabResults;
	/** Deliverables with any result entered (metrics read "n of m reported"). */
	reported: number;
	deliverables: number;
};

/**
 * Costs and results of a brand's collaborations, summed in SQL over the deliverables and samples
 * of the chosen ones (all, one campaign's, or a list). Each collaboration keeps its own currency;
 * callers roll up only rows that share one (we hold no exchange rates).
 */
export async function collabTotals(
	db: Db,
	brandId: string,
	scope: { campaignId?: string; collaborationIds?: string[] } = {}
): Promise<CollabTotals[]> {
	const where: SQL[] = [eq(collaborations.brandId, brandId)];
	if (scope.campaignId) where.push(eq(collaborations.campaignId, scope.campaignId));
	if (scope.collaborationIds) {
		if (!scope.collaborationIds.length) return [];
		where.push(inArray(collaborations.id, scope.collaborationIds));
	}
	// Two grouped sub-queries joined once per collaboration, so neither sum is multiplied by the
	// other table's rows.
	const sampleSums = db
		.select({
			collaborationId: samples.collaborationId,
			landed: sql<number>`coalesce(sum(${samples.landedCostMinor}), 0)`.as('landed'),
			shipping: sql<number>`coalesce(sum(${samples.shippingCostMinor}), 0)`.as('shipping')
		})
		.from(samples)
		.groupBy(samples.collaborationId)
		.as('sample_sums');
	const deliverableSums = db
		.select({
			collaborationId: deliverables.collaborationId,
			views: sql<number | null>`sum(${deliverables.views})`.as('views'),
			engagements: sql<number | null>`sum(${deliverables.engagements})`.as('engagements'),
			orders: sql<number | null>`sum(${deliverables.orders})`.as('orders'),
			revenue: sql<number | null>`sum(${deliverables.revenueMinor})`.as('revenue'),
			reported:
				sql<number>`sum(case when coalesce(${deliverables.views}, ${deliverables.engagements}, ${deliverables.clicks}, ${deliverables.orders}, ${deliverables.revenueMinor}) is not null then 1 else 0 end)`.as(
					'reported'
				),
			count: sql<number>`count(*)`.as('count')
		})
		.from(deliverables)
		.groupBy(deliverables.collaborationId)
		.as('deliverable_sums');
	const rows = await db
		.select({
			collaborationId: collaborations.id,
			currency: collaborations.currency,
			fee: collaborations.feeMinor,
			landed: sampleSums.landed,
			shipping: sampleSums.shipping,
			views: deliverableSums.views,
			engagements: deliverableSums.engagements,
			orders: deliverableSums.orders,
			revenue: deliverableSums.revenue,
			reported: deliverableSums.reported,
			count: deliverableSums.count
		})
		.from(collaborations)
		.leftJoin(sampleSums, eq(sampleSums.collaborationId, collaborations.id))
		.leftJoin(deliverableSums, eq(deliverableSums.collaborationId, collaborations.id))
		.where(and(...where));
	return rows.map((row) => ({
		collaborationId: row.collaborationId,
		currency: row.currency,
		costs: {
			feeMinor: row.fee ?? 0,
			sampleLandedMinor: Number(row.landed ?? 0),
			shippingMinor: Number(row.shipping ?? 0)
		},
		results: {
			views: numberOrNull(row.views),
			engagements: numberOrNull(row.engagements),
			orders: numberOrNull(row.orders),
			revenueMinor: numberOrNull(row.revenue)
		},
		reported: Number(row.reported ?? 0),
		deliverables: Number(row.count ?? 0)
	}));
}

const numberOrNull = (value: unknown) =>
	value === null || value === undefined ? null : Number(value);

/** Totals grouped by currency, each rolled up by the caller with `rollUp` from the domain. */
export function byCurrency(totals: CollabTotals[]) {
	const groups = new Map<string, CollabTotals[]>();
	for (const row of totals) groups.set(row.currency, [...(groups.get(row.currency) ?? []), row]);
	return groups;
}
