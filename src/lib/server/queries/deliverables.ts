import { and, asc, eq, getTableColumns, inArray, isNull, sql } from 'drizzle-orm';
import { captionCheck } from '../../domain/content';
import { scheduleAt } from '../../domain/schedule';
import type { Db } from '../db/client';
import {
	channels,
	collaborations,
	contentItems,
	creatorProfiles,
	creators,
	deliverables,
	type Deliverable
} from '../db/schema';
import { newId } from '../db/ids';
import { createItem, deleteItem } from './items';

export type DeliverableInput = Pick<
	Deliverable,
	'kind' | 'platform' | 'count' | 'dueOn' | 'caption' | 'publishedUrl'
>;
export type DeliverableResults = Pick<
	Deliverable,
	'views' | 'engagements' | 'clicks' | 'orders' | 'revenueMinor'
>;

/** Deliverables of one collaboration of the brand: another brand's ids are simply not found. */
const scoped = (db: Db, brandId: string, collaborationId: string) =>
	and(
		eq(deliverables.collaborationId, collaborationId),
		inArray(
			deliverables.collaborationId,
			db
				.select({ id: collaborations.id })
				.from(collaborations)
				.where(eq(collaborations.brandId, brandId))
		)
	);

/**
 * A deliverable with the calendar item it became. Its status is the item's, read through the join
 * (never copied), so publishing the item publishes the deliverable; null = not on the calendar.
 */
function withItem(db: Db, brandId: string) {
	return db
		.select({
			...getTableColumns(deliverables),
			itemStatus: contentItems.status,
			itemDate: contentItems.scheduledDate,
			itemTime: contentItems.scheduledTime,
			itemZone: contentItems.timeZone,
			itemAt: contentItems.scheduledAt
		})
		.from(deliverables)
		.leftJoin(
			contentItems,
			and(eq(contentItems.id, deliverables.contentItemId), eq(contentItems.brandId, brandId))
		)
		.$dynamic();
}
export type DeliverableRow = Awaited<ReturnType<typeof listDeliverables>>[number];

export async function listDeliverables(db: Db, brandId: string, collaborationId: string) {
	return withItem(db, brandId)
		.where(scoped(db, brandId, collaborationId))
		.orderBy(asc(deliverables.position), asc(deliverables.createdAt), asc(deliverables.id));
}

export async function getDeliverable(db: Db, brandId: string, collaborationId: string, id: string) {
	const [row] = await withItem(db, brandId).where(
		and(eq(deliverables.id, id), scoped(db, brandId, collaborationId))
	);
	return row ?? null;
}

/** Adds a deliverable at the end of the collaboration's list; null when the collaboration is not the brand's. */
export async function createDeliverable(
	db: Db,
	brandId: string,
	collaborationId: string,
	input: DeliverableInput
) {
	const [collab] = await db
		.select({ id: collaborations.id })
		.from(collaborations)
		.where(and(eq(collaborations.id, collaborationId), eq(collaborations.brandId, brandId)));
	if (!collab) return null;
	const id = newId();
	const next = sql<number>`(SELECT coalesce(max(${deliverables.position}), -1) + 1 FROM ${deliverables} WHERE ${deliverables.collaborationId} = ${collaborationId})`;
	await db.insert(deliverables).values({ ...input, id, collaborationId, position: next });
	return id;
}

type SaveResult = { ok: true; version: number } | { ok: false; reason: 'conflict' | 'not-found' };

/** Saves the terms only if the deliverable is still at `version` (nobody saved them meanwhile). */
export async function updateDeliverable(
	db: Db,
	brandId: string,
	collaborationId: string,
	id: string,
	version: number,
	input: DeliverableInput
): Promise<SaveResult> {
	const rows = await db
		.update(deliverables)
		.set({ ...input, version: sql`${deliverables.version} + 1`, updatedAt: new Date() })
		.where(
			and(
				eq(deliverables.id, id),
				eq(deliverables.version, version),
				scoped(db, brandId, collaborationId)
			)
		)
		.returning({ version: deliverables.version });
	if (rows.length) return { ok: true, version: rows[0].version };
	return (await getDeliverable(db, brandId, collaborationId, id))
		? { ok: false, reason: 'conflict' }
		: { ok: false, reason: 'not-found' };
}

const RESULT_COLUMNS = ['views', 'engagements', 'clicks', 'orders', 'revenueMinor'] as const;

/**
 * Saves results only if the stored ones are still `expected` (what the form was loaded with).
 * Checked on the result values rather than the row's version, so a terms save and a results
 * save on the same page never refuse each other; a second person's results are never overwritten.
 */
export async function saveDeliverableResults(
	db: Db,
	brandId: string,
	collaborationId: string,
	id: string,
	expected: DeliverableResults,
	results: DeliverableResults
): Promise<{ ok: true } | { ok: false; reason: 'conflict' | 'not-found' }> {
	const unchanged = RESULT_COLUMNS.map((key) => sql`${deliverables[key]} IS ${expected[key]}`);
	const rows = await db
		.update(deliverables)
		.set({ ...results, updatedAt: new Date() })
		.where(and(eq(deliverables.id, id), scoped(db, brandId, collaborationId), ...unchanged))
		.returning({ id: deliverables.id });
	if (rows.length) return { ok: true };
	return (await getDeliverable(db, brandId, collaborationId, id))
		? { ok: false, reason: 'conflict' }
		: { ok: false, reason: 'not-found' };
}

/** Deletes a deliverable; a calendar item it became stays on the calendar. */
export async function deleteDeliverable(
	db: Db,
	brandId: string,
	collaborationId: string,
	id: string
) {
	const rows = await db
		.delete(deliverables)
		.where(and(eq(deliverables.id, id), scoped(db, brandId, collaborationId)))
		.returning({ id: deliverables.id });
	return rows.length > 0;
}

export type CalendarResult =
	| { ok: true; itemId: string; adjustment: 'gap' | 'overlap' | null }
	| { ok: false; reason: 'not-found' | 'on-calendar' | 'channel-not-found' }
	| { ok: false; reason: 'caption-too-long'; limit: number };

/**
 * Turns a deliverable into a draft on the brand's calendar: on `channelId` (a channel of the
 * brand), at the wall `date` and `time` in that channel's zone, with the deliverable's kind as
 * format and caption, the collaboration's brief, campaign and owner. A draft, because the
 * creator's content still goes through the calendar's review before it is scheduled.
 *
 * At most one item per deliverable: the link is set only while none is, so of two conversions
 * racing, the loser deletes the item it just made and is told the deliverable is on the calendar.
 */
export async function putDeliverableOnCalendar(
	db: Db,
	brandId: string,
	collaborationId: string,
	id: string,
	target: { channelId: string; date: string; time: string; title: string },
	userId: string
): Promise<CalendarResult> {
	const deliverable = await getDeliverable(db, brandId, collaborationId, id);
	if (!deliverable) return { ok: false, reason: 'not-found' };
	if (deliverable.contentItemId) return { ok: false, reason: 'on-calendar' };
	const [[channel], [collab]] = await Promise.all([
		db
			.select()
			.from(channels)
			.where(and(eq(channels.id, target.channelId), eq(channels.brandId, brandId))),
		db
			.select()
			.from(collaborations)
			.where(and(eq(collaborations.id, collaborationId), eq(collaborations.brandId, brandId)))
	]);
	if (!channel) return { ok: false, reason: 'channel-not-found' };
	const check = captionCheck(deliverable.caption, channel.kind);
	if (check.over) return { ok: false, reason: 'caption-too-long', limit: check.limit! };
	const { adjustment, ...schedule } = scheduleAt(target.date, target.time, channel.timeZone);
	const itemId = await createItem(
		db,
		brandId,
		{
			channelId: channel.id,
			format: deliverable.kind,
			title: target.title,
			brief: collab.brief,
			caption: deliverable.caption,
			pillarId: null,
			personaId: null,
			campaignId: collab.campaignId,
			ownerId: collab.ownerId,
			status: 'draft',
			linkUrl: '',
			publishedUrl: deliverable.publishedUrl,
			...schedule
		},
		userId
	);
	const linked = await db
		.update(deliverables)
		.set({ contentItemId: itemId, channelId: channel.id, updatedAt: new Date() })
		.where(
			and(
				eq(deliverables.id, id),
				isNull(deliverables.contentItemId),
				scoped(db, brandId, collaborationId)
			)
		)
		.returning({ id: deliverables.id });
	if (linked.length) return { ok: true, itemId, adjustment };
	await deleteItem(db, brandId, itemId);
	return (await getDeliverable(db, brandId, collaborationId, id))
		? { ok: false, reason: 'on-calendar' }
		: { ok: false, reason: 'not-found' };
}

/** The creator deliverable a calendar item came from, for the note on the item's page. */
export async function deliverableForItem(db: Db, brandId: string, itemId: string) {
	const [row] = await db
		.select({
			deliverableId: deliverables.id,
			collaborationId: collaborations.id,
			creatorName: creators.name,
			kind: deliverables.kind
		})
		.from(deliverables)
		.innerJoin(collaborations, eq(collaborations.id, deliverables.collaborationId))
		.innerJoin(creators, eq(creators.id, collaborations.creatorId))
		.where(and(eq(deliverables.contentItemId, itemId), eq(collaborations.brandId, brandId)))
		.limit(1);
	return row ?? null;
}

/** The platform of the creator's first profile: where a new deliverable most likely goes. */
export async function creatorFirstPlatform(db: Db, workspaceId: string, creatorId: string) {
	const [row] = await db
		.select({ platform: creatorProfiles.platform })
		.from(creatorProfiles)
		.where(
			and(eq(creatorProfiles.creatorId, creatorId), eq(creatorProfiles.workspaceId, workspaceId))
		)
		.orderBy(asc(creatorProfiles.position), asc(creatorProfiles.id))
		.limit(1);
	return row?.platform ?? null;
}
