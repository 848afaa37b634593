import { and, asc, desc, eq, gte, isNull, lt } from 'drizzle-orm';
import ical from 'ical-generator';
import { channelName } from '$lib/i18n/channels';
import { statusName } from '$lib/i18n/calendar';
import { m } from '$lib/paraglide/messages';
import type { Db } from '../db/client';
import { can, isRole } from '../../domain/roles';
import {
	brands,
	campaigns,
	channels,
	contentItems,
	feedTokens,
	memberBrands,
	memberships,
	users
} from '../db/schema';
import { hashToken, newToken } from '../crypto';
import { renderCalendar } from '../ics';

const DAY_MS = 86_400_000;
/** The window a calendar app receives: recent history and the plan ahead. */
export const FEED_PAST_DAYS = 90;
export const FEED_FUTURE_DAYS = 400;
const FEED_MAX_EVENTS = 5000;
const EVENT_MINUTES = 30;

/** Creates a subscribe link's secret; only its hash is stored, so it can be shown once. */
export async function createFeedToken(db: Db, brandId: string, userId: string, now = new Date()) {
	const token = newToken();
	await db
		.insert(feedTokens)
		.values({ tokenHash: hashToken(token), brandId, createdBy: userId, createdAt: now });
	return token;
}

/**
 * A link serves its calendar only while its maker may still read the brand: a member of the
 * brand's workspace who reaches the brand (all brands, or this one among their chosen brands)
 * with a role that reads (`can.read`). Checked on every request, so removing someone, their
 * leaving, or narrowing them to other brands stops their links at once.
 */
const makerMembership = and(
	eq(memberships.workspaceId, brands.workspaceId),
	eq(memberships.userId, feedTokens.createdBy)
);
const makerBrand = and(
	eq(memberBrands.brandId, feedTokens.brandId),
	eq(memberBrands.userId, feedTokens.createdBy)
);
type Maker = { makerRole: string | null; makerScope: string | null; makerBrandRole: string | null };
const makerColumns = {
	makerRole: memberships.role,
	makerScope: memberships.brandScope,
	makerBrandRole: memberBrands.role
};
const makerReads = ({ makerRole, makerScope, makerBrandRole }: Maker) => {
	const role = makerScope === 'chosen' ? makerBrandRole : makerRole;
	return isRole(role) && can.read(role);
};

/**
 * Links not revoked, newest first, each with who made it and whether it still serves (see
 * `makerMembership`). The hash identifies a link for revoking; it reveals no secret.
 */
export async function listFeedTokens(db: Db, brandId: string) {
	const rows = await db
		.select({
			id: feedTokens.tokenHash,
			createdAt: feedTokens.createdAt,
			makerName: users.name,
			makerEmail: users.email,
			...makerColumns
		})
		.from(feedTokens)
		.innerJoin(brands, eq(brands.id, feedTokens.brandId))
		.leftJoin(users, eq(users.id, feedTokens.createdBy))
		.leftJoin(memberships, makerMembership)
		.leftJoin(memberBrands, makerBrand)
		.where(and(eq(feedTokens.brandId, brandId), isNull(feedTokens.revokedAt)))
		.orderBy(desc(feedTokens.createdAt));
	return rows.map(({ makerName, makerEmail, makerRole, makerScope, makerBrandRole, ...link }) => ({
		...link,
		// null once the maker's account is gone (the column is set null).
		maker: makerEmail === null ? null : { name: makerName ?? '', email: makerEmail },
		serving: makerReads({ makerRole, makerScope, makerBrandRole })
	}));
}

export async function revokeFeedToken(db: Db, brandId: string, id: string, now = new Date()) {
	const rows = await db
		.update(feedTokens)
		.set({ revokedAt: now })
		.where(
			and(
				eq(feedTokens.tokenHash, id),
				eq(feedTokens.brandId, brandId),
				isNull(feedTokens.revokedAt)
			)
		)
		.returning({ id: feedTokens.tokenHash });
	return rows.length > 0;
}

/** The brand a live secret opens, or null (unknown, revoked, or its maker may no longer read it). */
export async function findFeedBrand(db: Db, token: string) {
	const [row] = await db
		.select({
			id: brands.id,
			workspaceId: brands.workspaceId,
			name: brands.name,
			...makerColumns
		})
		.from(feedTokens)
		.innerJoin(brands, eq(brands.id, feedTokens.brandId))
		.innerJoin(memberships, makerMembership)
		.leftJoin(memberBrands, makerBrand)
		.where(and(eq(feedTokens.tokenHash, hashToken(token)), isNull(feedTokens.revokedAt)));
	if (!row || !makerReads(row)) return null;
	return { id: row.id, workspaceId: row.workspaceId, name: row.name };
}

/** Scheduled items in the feed window, by instant (the (brand_id, scheduled_at) index). */
export async function listFeedItems(db: Db, brandId: string, now = Date.now()) {
	return db
		.select({
			id: contentItems.id,
			title: contentItems.title,
			status: contentItems.status,
			scheduledAt: contentItems.scheduledAt,
			updatedAt: contentItems.updatedAt,
			channelKind: channels.kind,
			channelLabel: channels.label
		})
		.from(contentItems)
		.leftJoin(channels, eq(channels.id, contentItems.channelId))
		.where(
			and(
				eq(contentItems.brandId, brandId),
				gte(contentItems.scheduledAt, now - FEED_PAST_DAYS * DAY_MS),
				lt(contentItems.scheduledAt, now + FEED_FUTURE_DAYS * DAY_MS)
			)
		)
		.orderBy(asc(contentItems.scheduledAt), asc(contentItems.id))
		.limit(FEED_MAX_EVENTS);
}

/**
 * The RFC 5545 calendar a subscribe link serves, or null for an unknown or revoked secret.
 * Events are written in UTC: the instant is what a calendar app needs; it shows it in its own zone.
 */
export async function renderFeed(db: Db, token: string, origin: string, now = Date.now()) {
	const brand = await findFeedBrand(db, token);
	if (!brand) return null;
	const items = await listFeedItems(db, brand.id, now);
	const calendar = ical({ name: brand.name, prodId: { company: 'Freehold', product: 'calendar' } });
	for (const item of items) {
		if (item.scheduledAt === null) continue;
		const link = `${origin}/w/${brand.workspaceId}/brands/${brand.id}/calendar/items/${item.id}`;
		const channel = item.channelKind ? item.channelLabel || channelName(item.channelKind) : '';
		calendar.createEvent({
			id: `${item.id}@freehold`,
			stamp: item.updatedAt,
			start: new Date(item.scheduledAt),
			end: new Date(item.scheduledAt + EVENT_MINUTES * 60_000),
			summary: channel ? `[${channel}] ${item.title}` : item.title,
			description: `${m.item_feed_status({ status: statusName(item.status) })}\n${m.item_feed_open({ url: link })}`,
			url: link
		});
	}
	return renderCalendar(calendar);
}

/** The UTM campaign of an item's campaign: its own tag, else its name; null without one. */
export async function campaignTag(db: Db, brandId: string, campaignId: string | null) {
	if (!campaignId) return null;
	const [row] = await db
		.select({ name: campaigns.name, utm: campaigns.utmCampaign })
		.from(campaigns)
		.where(and(eq(campaigns.id, campaignId), eq(campaigns.brandId, brandId)));
	return row ? row.utm || row.name : null;
}
