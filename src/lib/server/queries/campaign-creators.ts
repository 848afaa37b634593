import { and, asc, eq } from 'drizzle-orm';
import { rollUp, totalCost } from '../../domain/creator-metrics';
import type { Db } from '../db/client';
import { collaborations, creators } from '../db/schema';
import { byCurrency, collabTotals } from './collab-totals';

/**
 * A campaign's creators: each collaboration (creator, stage, total cost in its currency) and the
 * campaign's metrics rolled up per currency — sums first, then ratios (we hold no exchange rates,
 * so currencies are never added together).
 */
export async function listCampaignCreators(db: Db, brandId: string, campaignId: string) {
	const [rows, totals] = await Promise.all([
		db
			.select({
				id: collaborations.id,
				stage: collaborations.stage,
				currency: collaborations.currency,
				creatorName: creators.name
			})
			.from(collaborations)
			.innerJoin(creators, eq(creators.id, collaborations.creatorId))
			.where(and(eq(collaborations.brandId, brandId), eq(collaborations.campaignId, campaignId)))
			.orderBy(asc(creators.name), asc(collaborations.id)),
		collabTotals(db, brandId, { campaignId })
	]);
	const byId = new Map(totals.map((t) => [t.collaborationId, t]));
	return {
		collaborations: rows.map((row) => {
			const t = byId.get(row.id);
			return { ...row, costMinor: t ? totalCost(t.costs) : 0 };
		}),
		currencies: [...byCurrency(totals)]
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([currency, group]) => ({
				currency,
				metrics: rollUp(group),
				collaborations: group.length,
				reported: group.reduce((sum, t) => sum + t.reported, 0),
				deliverables: group.reduce((sum, t) => sum + t.deliverables, 0)
			}))
	};
}
