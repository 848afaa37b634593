import { and, asc, count, desc, eq, gte, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { STATUSES, type Status } from '../../domain/content';
import { moveSchedule, type Schedule } from '../../domain/schedule';
import type { Db } from '../db/client';
import { channels, contentItems, pillars, users, type ContentItem } from '../db/schema';
import { newId } from '../db/ids';

export type ItemFilters = Partial<{
	channelIds: string[];
	statuses: Status[];
	pillarIds: string[];
	personaIds: string[];
	campaignIds: string[];
	ownerIds: string[];
}>;

/** What a calendar card shows — no brief or caption, so a busy month stays small. */
export const cardColumns = {
	id: contentItems.id,
	title: contentItems.title,
	status: contentItems.status,
	format: contentItems.format,
	channelId: contentItems.channelId,
	pillarId: contentItems.pillarId,
	personaId: contentItems.personaId,
	campaignId: contentItems.campaignId,
	ownerId: contentItems.ownerId,
	scheduledDate: contentItems.scheduledDate,
	scheduledTime: contentItems.scheduledTime,
	timeZone: contentItems.timeZone,
	scheduledAt: contentItems.scheduledAt,
	version: contentItems.version,
	seriesId: contentItems.seriesId,
	// Plan health needs to know a brief exists, not what it says.
	hasBrief: sql<boolean>`(${contentItems.brief} <> '')`.mapWith(Boolean)
};
export type ItemCard = {
	[K in Exclude<keyof typeof cardColumns, 'hasBrief'>]: ContentItem[K];
} & { hasBrief: boolean };

export function filterConditions(filters: ItemFilters): SQL[] {
	const conditions: SQL[] = [];
	const add = (values: string[] | undefined, column: SQLiteColumn) => {
		if (values?.length) conditions.push(inArray(column, values));
	};
	add(filters.channelIds, contentItems.channelId);
	add(filters.pillarIds, contentItems.pillarId);
	add(filters.personaIds, contentItems.personaId);
	add(filters.campaignIds, contentItems.campaignId);
	add(filters.ownerIds, contentItems.ownerId);
	if (filters.statuses?.length) conditions.push(inArray(contentItems.status, filters.statuses));
	return conditions;
}

/**
 * Items whose wall date (in their channel's zone) is in [from, to): the same day boundaries the
 * grid draws, so every item lands in exactly one cell. Reads the (brand_id, scheduled_date) index.
 */
export async function listItemsInRange(
	db: Db,
	brandId: string,
	from: string,
	to: string,
	filters: ItemFilters = {},
	/** At most this many, the earliest first (the week view's cap); all when absent. */
	limit?: number
): Promise<ItemCard[]> {
	const query = db
		.select(cardColumns)
		.from(contentItems)
		.where(
			and(
				eq(contentItems.brandId, brandId),
				gte(contentItems.scheduledDate, from),
				lt(contentItems.scheduledDate, to),
				...filterConditions(filters)
			)
		)
		.orderBy(
			asc(contentItems.scheduledDate),
			asc(contentItems.scheduledTime),
			asc(contentItems.id)
		);
	return limit === undefined ? query : query.limit(limit);
}

/** The ideas tray: items with no date yet. */
export async function listUnscheduled(db: Db, brandId: string, filters: ItemFilters = {}) {
	return db
		.select(cardColumns)
		.from(contentItems)
		.where(
			and(
				eq(contentItems.brandId, brandId),
				isNull(contentItems.scheduledDate),
				...filterConditions(filters)
			)
		)
		.orderBy(asc(contentItems.createdAt), asc(contentItems.id))
		.limit(200);
}

export type ListSort = 'date' | 'title' | 'channel' | 'status' | 'owner' | 'pillar';
export type ListPage = {
	sort: ListSort;
	dir: 'asc' | 'desc';
	/** 1-based. */
	page: number;
	size: number;
};

/** The lifecycle order, so "status" sorts idea → published rather than alphabetically. */
const statusRank = sql`(CASE ${contentItems.status} ${sql.join(
	STATUSES.map((status, i) => sql`WHEN ${status} THEN ${i}`),
	sql` `
)} END)`;

/**
 * One page of the list view's query: every item of the brand matching the filters, scheduled
 * or not. Sorting by date reads content_items_brand_date_idx in order and stops after the page;
 * other sorts search the same index by brand and sort that brand's rows. The id tie-break makes
 * the order total, so pages never overlap or skip.
 */
export function itemsPageQuery(db: Db, brandId: string, filters: ItemFilters, page: ListPage) {
	const by = page.dir === 'desc' ? desc : asc;
	const when = [
		by(contentItems.scheduledDate),
		by(contentItems.scheduledTime),
		by(contentItems.id)
	];
	const query = db
		.select(cardColumns)
		.from(contentItems)
		.where(and(eq(contentItems.brandId, brandId), ...filterConditions(filters)))
		.$dynamic();
	const first: Record<Exclude<ListSort, 'date'>, SQL> = {
		title: by(sql`${contentItems.title} COLLATE NOCASE`),
		status: by(statusRank),
		channel: by(sql`coalesce(nullif(${channels.label}, ''), ${channels.kind})`),
		owner: by(users.name),
		pillar: by(pillars.name)
	};
	if (page.sort === 'channel') query.leftJoin(channels, eq(channels.id, contentItems.channelId));
	if (page.sort === 'owner') query.leftJoin(users, eq(users.id, contentItems.ownerId));
	if (page.sort === 'pillar') query.leftJoin(pillars, eq(pillars.id, contentItems.pillarId));
	return query
		.orderBy(...(page.sort === 'date' ? when : [first[page.sort], ...when]))
		.limit(page.size)
		.offset((page.page - 1) * page.size);
}

/** The items on one page of the list view, and how many match in all. */
export async function listItemsPage(
	db: Db,
	brandId: string,
	filters: ItemFilters,
	page: ListPage
): Promise<{ items: ItemCard[]; total: number }> {
	const [items, [{ total }]] = await Promise.all([
		itemsPageQuery(db, brandId, filters, page),
		db
			.select({ total: count() })
			.from(contentItems)
			.where(and(eq(contentItems.brandId, brandId), ...filterConditions(filters)))
	]);
	return { items, total };
}

export async function getItem(db: Db, brandId: string, id: string) {
	const [item] = await db
		.select()
		.from(contentItems)
		.where(and(eq(contentItems.id, id), eq(contentItems.brandId, brandId)));
	return item ?? null;
}

export type ItemInput = Pick<
	ContentItem,
	| 'channelId'
	| 'format'
	| 'title'
	| 'brief'
	| 'caption'
	| 'pillarId'
	| 'personaId'
	| 'campaignId'
	| 'ownerId'
	| 'status'
	| 'linkUrl'
	| 'publishedUrl'
> &
	Schedule;

export async function createItem(db: Db, brandId: string, input: ItemInput, createdBy: string) {
	const id = newId();
	await db.insert(contentItems).values({ ...input, id, brandId, createdBy });
	return id;
}

type SaveResult = { ok: true; version: number } | { ok: false; reason: 'conflict' | 'not-found' };

export async function updateItem(
	db: Db,
	brandId: string,
	id: string,
	version: number,
	input: Partial<ItemInput>
): Promise<SaveResult> {
	const rows = await db
		.update(contentItems)
		.set({ ...input, version: sql`${contentItems.version} + 1`, updatedAt: new Date() })
		.where(
			and(
				eq(contentItems.id, id),
				eq(contentItems.brandId, brandId),
				eq(contentItems.version, version)
			)
		)
		.returning({ version: contentItems.version });
	if (rows.length) return { ok: true, version: rows[0].version };
	return (await getItem(db, brandId, id))
		? { ok: false, reason: 'conflict' }
		: { ok: false, reason: 'not-found' };
}

export type MoveResult =
	| { ok: true; version: number; schedule: Schedule; adjustment: 'gap' | 'overlap' | null }
	| { ok: false; reason: 'conflict' | 'not-found' | 'time-needed' | 'channel-not-found' };

/**
 * Moves an item to a day (and optionally another channel of the same brand), keeping its time
 * of day on the target channel's wall clock. Refused if the item changed since `version`.
 */
export async function moveItem(
	db: Db,
	brandId: string,
	id: string,
	version: number,
	target: MoveTarget,
	fallbackZone: string
): Promise<MoveResult> {
	const item = await getItem(db, brandId, id);
	if (!item) return { ok: false, reason: 'not-found' };
	return moveReadItem(db, item, version, target, fallbackZone);
}

export type MoveTarget = { date: string; channelId?: string | null; time?: string | null };

/** moveItem for an item the caller has already read (of its brand), so it is read only once. */
export async function moveReadItem(
	db: Db,
	item: ContentItem,
	version: number,
	target: MoveTarget,
	fallbackZone: string
): Promise<MoveResult> {
	const { brandId, id } = item;
	const channelId = target.channelId === undefined ? item.channelId : target.channelId;
	let zone = fallbackZone;
	if (channelId) {
		const [channel] = await db
			.select({ timeZone: channels.timeZone })
			.from(channels)
			.where(and(eq(channels.id, channelId), eq(channels.brandId, brandId)));
		if (!channel) return { ok: false, reason: 'channel-not-found' };
		zone = channel.timeZone;
	}
	const moved = moveSchedule(item, { date: target.date, zone, time: target.time });
	if (!moved.ok) return moved;
	const { adjustment, ...schedule } = moved.schedule;
	const saved = await updateItem(db, brandId, id, version, { ...schedule, channelId });
	if (!saved.ok) return saved;
	return { ok: true, version: saved.version, schedule, adjustment };
}

export async function deleteItem(db: Db, brandId: string, id: string) {
	const rows = await db
		.delete(contentItems)
		.where(and(eq(contentItems.id, id), eq(contentItems.brandId, brandId)))
		.returning({ id: contentItems.id });
	return rows.length > 0;
}
