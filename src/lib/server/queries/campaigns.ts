import { and, asc, count, eq, gte, isNotNull, lte, sql } from 'drizzle-orm';
import type { Status } from '../../domain/content';
import type { Db } from '../db/client';
import { campaigns, contentItems, type Campaign } from '../db/schema';
import { newId } from '../db/ids';

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

export type CampaignInput = Pick<
	Campaign,
	'name' | 'goal' | 'personaId' | 'startDate' | 'endDate' | 'budgetMinor' | 'utmCampaign'
>;

export async function createCampaign(db: Db, brandId: string, input: CampaignInput) {
	const id = newId();
	await db.insert(campaigns).values({ ...input, id, brandId });
	return id;
}

type SaveResult = { ok: true; version: number } | { ok: false; reason: 'conflict' | 'not-found' };

/** Saves only if the campaign is still at `version` (nobody saved it meanwhile). */
export async function updateCampaign(
	db: Db,
	brandId: string,
	id: string,
	version: number,
	input: CampaignInput
): Promise<SaveResult> {
	const rows = await db
		.update(campaigns)
		.set({ ...input, version: sql`${campaigns.version} + 1`, updatedAt: new Date() })
		.where(
			and(eq(campaigns.id, id), eq(campaigns.brandId, brandId), eq(campaigns.version, version))
		)
		.returning({ version: campaigns.version });
	if (rows.length) return { ok: true, version: rows[0].version };
	return (await getCampaign(db, brandId, id))
		? { ok: false, reason: 'conflict' }
		: { ok: false, reason: 'not-found' };
}

/** Deletes a campaign; its items stay, unlinked (the foreign key sets their campaign to null). */
export async function deleteCampaign(db: Db, brandId: string, id: string) {
	const rows = await db
		.delete(campaigns)
		.where(and(eq(campaigns.id, id), eq(campaigns.brandId, brandId)))
		.returning({ id: campaigns.id });
	return rows.length > 0;
}

/** How many of the brand's items each campaign has, per status (campaigns with none are absent). */
export async function countCampaignItems(db: Db, brandId: string) {
	const rows = await db
		.select({
			campaignId: contentItems.campaignId,
			status: contentItems.status,
			count: count()
		})
		.from(contentItems)
		.where(and(eq(contentItems.brandId, brandId), isNotNull(contentItems.campaignId)))
		.groupBy(contentItems.campaignId, contentItems.status);
	const counts = new Map<string, Partial<Record<Status, number>>>();
	for (const row of rows) {
		const entry = counts.get(row.campaignId!) ?? {};
		entry[row.status] = row.count;
		counts.set(row.campaignId!, entry);
	}
	return counts;
}

/** More than any real campaign has; the page says when the list was cut. */
export const CAMPAIGN_ITEMS_LIMIT = 500;

/**
 * A campaign's items for its page: scheduled ones in time order, then the unscheduled ideas.
 * Only what the table shows (no brief or caption), plus the results to total.
 */
export async function listCampaignItems(db: Db, brandId: string, campaignId: string) {
	return db
		.select({
			id: contentItems.id,
			title: contentItems.title,
			status: contentItems.status,
			channelId: contentItems.channelId,
			ownerId: contentItems.ownerId,
			scheduledDate: contentItems.scheduledDate,
			scheduledTime: contentItems.scheduledTime,
			timeZone: contentItems.timeZone,
			scheduledAt: contentItems.scheduledAt,
			views: contentItems.views,
			likes: contentItems.likes,
			comments: contentItems.comments,
			shares: contentItems.shares,
			saves: contentItems.saves,
			clicks: contentItems.clicks,
			signUps: contentItems.signUps
		})
		.from(contentItems)
		.where(and(eq(contentItems.brandId, brandId), eq(contentItems.campaignId, campaignId)))
		.orderBy(
			asc(sql`${contentItems.scheduledAt} IS NULL`),
			asc(contentItems.scheduledAt),
			asc(contentItems.id)
		)
		.limit(CAMPAIGN_ITEMS_LIMIT + 1);
}

/** What the item form's campaign picker needs: name, dates and the UTM name for the preview. */
export async function campaignOptions(db: Db, brandId: string) {
	return db
		.select({
			id: campaigns.id,
			name: campaigns.name,
			utm: campaigns.utmCampaign,
			startDate: campaigns.startDate,
			endDate: campaigns.endDate
		})
		.from(campaigns)
		.where(eq(campaigns.brandId, brandId))
		.orderBy(asc(campaigns.startDate), asc(campaigns.name), asc(campaigns.id));
}
