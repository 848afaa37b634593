import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Db } from '../db/client';
import { campaigns } from '../db/schema';

/** A brand's campaigns, earliest first. */
export async function listCampaigns(db: Db, brandId: string) {
	return db
		.select()
		.from(campaigns)
		.where(eq(campaigns.brandId, brandId))
		.orderBy(asc(campaigns.startDate), asc(campaigns.name), asc(campaigns.id));
}

/** Campaigns running on any day of [from, to) — the bands a week or month shows. */
export async function listCampaignsInRange(db: Db, brandId: string, from: string, to: string) {
	return db
		.select()
		.from(campaigns)
		.where(
			and(
				eq(campaigns.brandId, brandId),
				lte(campaigns.startDate, to),
				gte(campaigns.endDate, from)
			)
		)
		.orderBy(asc(campaigns.startDate), asc(campaigns.name), asc(campaigns.id));
}

export async function getCampaign(db: Db, brandId: string, id: string) {
	const [campaign] = await db
		.select()
		.from(campaigns)
		.where(and(eq(campaigns.id, id), eq(campaigns.brandId, brandId)));
	return campaign ?? null;
}
