import { and, asc, eq, inArray, ne, notInArray, or, sql } from 'drizzle-orm';
import type { Status } from '../../domain/content';
import {
	expandRule,
	scheduleOccurrences,
	type Rule,
	type RuleProblem
} from '../../domain/recurrence';
import { scheduleAt, type Schedule } from '../../domain/schedule';
import type { Db } from '../db/client';
import { contentItems, itemSeries } from '../db/schema';
import { newId } from '../db/ids';
import type { ItemInput } from './items';

/** What every occurrence shares when it is created: the item without its schedule. */
export type OccurrenceInput = Omit<ItemInput, keyof Schedule>;

/** Statuses a whole-series edit leaves alone: what went out, or was decided against, stays. */
export const SETTLED: Status[] = ['published', 'skipped'];

// Fields a whole-series edit copies to the other occurrences. Status, published URL and the
// date stay each occurrence's own; the time of day is applied on each one's own date.
const SHARED = [
	'channelId',
	'format',
	'title',
	'brief',
	'caption',
	'pillarId',
	'personaId',
	'ownerId',
	'campaignId',
	'linkUrl'
] as const;

// Keeps each INSERT well under SQLite's bound-parameter limit (about 30 columns per row).
const INSERT_CHUNK = 50;

export type CreateSeriesResult =
	| { ok: true; seriesId: string; itemIds: string[]; adjusted: string[] }
	| { ok: false; reason: RuleProblem };

/**
 * Creates the series and one item per occurrence, in one transaction: either every occurrence
 * exists or none does. Each occurrence is at `time` on the wall clock of `zone` on its own date
 * (a time in a DST gap moves forward on that date only; those dates come back in `adjusted`).
 */
export async function createSeries(
	db: Db,
	brandId: string,
	rule: Rule,
	input: OccurrenceInput,
	at: { time: string; zone: string },
	createdBy: string
): Promise<CreateSeriesResult> {
	const expansion = expandRule(rule);
	if (!expansion.ok) return { ok: false, reason: expansion.problem };
	const seriesId = newId();
	const schedules = scheduleOccurrences(expansion.dates, at.time, at.zone);
	const rows = schedules.map(({ adjustment: _, ...schedule }) => ({
		...input,
		...schedule,
		id: newId(),
		brandId,
		seriesId,
		createdBy
	}));
	await db.transaction(async (tx) => {
		await tx.insert(itemSeries).values({
			id: seriesId,
			brandId,
			frequency: rule.frequency,
			interval: rule.interval,
			weekdays:
				rule.frequency === 'weekly' ? [...new Set(rule.weekdays)].sort((a, b) => a - b) : [],
			startDate: rule.startDate,
			until: rule.until,
			count: rule.count
		});
		for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
			await tx.insert(contentItems).values(rows.slice(i, i + INSERT_CHUNK));
		}
	});
	return {
		ok: true,
		seriesId,
		itemIds: rows.map((r) => r.id),
		adjusted: schedules.filter((s) => s.adjustment === 'gap').map((s) => s.scheduledDate!)
	};
}

/**
 * A token that changes whenever the series or any of its occurrences changes (an edit, a move, a
 * deletion): the rule's version, how many occurrences remain and the sum of their versions, which
 * only ever grow. A whole-series edit names the token it was loaded with and is refused if it moved.
 */
async function stampOf(db: Pick<Db, 'select'>, brandId: string, seriesId: string) {
	const [row] = await db
		.select({
			version: itemSeries.version,
			count: sql<number>`(SELECT count(*) FROM content_items WHERE series_id = ${seriesId})`,
			sum: sql<number>`(SELECT coalesce(sum(version), 0) FROM content_items WHERE series_id = ${seriesId})`
		})
		.from(itemSeries)
		.where(and(eq(itemSeries.id, seriesId), eq(itemSeries.brandId, brandId)));
	return row ? `${row.version}.${row.count}.${row.sum}` : null;
}

/** The series an item belongs to: its rule, its occurrences in date order, and its stamp. */
export async function getSeries(db: Db, brandId: string, seriesId: string) {
	const [series] = await db
		.select()
		.from(itemSeries)
		.where(and(eq(itemSeries.id, seriesId), eq(itemSeries.brandId, brandId)));
	if (!series) return null;
	const occurrences = await db
		.select({
			id: contentItems.id,
			title: contentItems.title,
			status: contentItems.status,
			scheduledDate: contentItems.scheduledDate,
			scheduledTime: contentItems.scheduledTime
		})
		.from(contentItems)
		.where(and(eq(contentItems.seriesId, seriesId), eq(contentItems.brandId, brandId)))
		.orderBy(
			asc(contentItems.scheduledDate),
			asc(contentItems.scheduledTime),
			asc(contentItems.id)
		);
	return { series, occurrences, stamp: (await stampOf(db, brandId, seriesId))! };
}

/** An occurrence's series, for its page: the rule, the other dates and the stamp to save against. */
export async function seriesSummary(db: Db, brandId: string, item: { seriesId: string | null }) {
	if (!item.seriesId) return null;
	const found = await getSeries(db, brandId, item.seriesId);
	if (!found) return null;
	const { frequency, interval, weekdays, startDate, until, count } = found.series;
	return {
		rule: { frequency, interval, weekdays, startDate, until, count },
		occurrences: found.occurrences,
		stamp: found.stamp
	};
}

export type SeriesSaveResult =
	| { ok: true; version: number; updated: number; stamp: string; adjusted: string[] }
	| { ok: false; reason: 'conflict' | 'not-found' };

/**
 * Saves one occurrence in full and copies its content and time of day to every other occurrence
 * not yet published or skipped, each on its own date (in the saved channel's zone). Refused as a
 * whole when the item changed since `version` or the series since `stamp`.
 *
 * `time` is the time the user asked for, not the one saved on this item's date: on a date where
 * it falls in a DST gap only that date moves forward.
 */
export async function saveSeries(
	db: Db,
	brandId: string,
	itemId: string,
	expected: { version: number; stamp: string },
	input: Partial<ItemInput>,
	time: string | null
): Promise<SeriesSaveResult> {
	return db.transaction(async (tx) => {
		const [item] = await tx
			.select({ version: contentItems.version, seriesId: contentItems.seriesId })
			.from(contentItems)
			.where(and(eq(contentItems.id, itemId), eq(contentItems.brandId, brandId)));
		if (!item?.seriesId) return { ok: false, reason: 'not-found' } as const;
		const stamp = await stampOf(tx, brandId, item.seriesId);
		if (item.version !== expected.version || stamp !== expected.stamp) {
			return { ok: false, reason: 'conflict' } as const;
		}
		const now = new Date();
		const bump = { version: sql`${contentItems.version} + 1`, updatedAt: now };
		const [saved] = await tx
			.update(contentItems)
			.set({ ...input, ...bump })
			.where(eq(contentItems.id, itemId))
			.returning({ version: contentItems.version });
		const others = await tx
			.select({ id: contentItems.id, scheduledDate: contentItems.scheduledDate })
			.from(contentItems)
			.where(
				and(
					eq(contentItems.seriesId, item.seriesId),
					eq(contentItems.brandId, brandId),
					ne(contentItems.id, itemId),
					notInArray(contentItems.status, SETTLED)
				)
			);
		const shared = Object.fromEntries(
			SHARED.filter((key) => key in input).map((key) => [key, input[key]])
		);
		if (others.length) {
			await tx
				.update(contentItems)
				.set({ ...shared, ...bump })
				.where(
					inArray(
						contentItems.id,
						others.map((o) => o.id)
					)
				);
		}
		const zone = input.timeZone;
		const scheduled = time && zone ? others.filter((o) => o.scheduledDate) : [];
		const schedules = scheduled.map((o) => ({
			id: o.id,
			...scheduleAt(o.scheduledDate!, time!, zone!)
		}));
		if (schedules.length) {
			// The instant differs per date (DST), so each occurrence gets its own, in one statement
			// rather than one round trip per occurrence (which a remote libSQL server would feel).
			const each = (value: (s: (typeof schedules)[number]) => string | number | null) =>
				sql`CASE ${contentItems.id} ${sql.join(
					schedules.map((s) => sql`WHEN ${s.id} THEN ${value(s)}`),
					sql` `
				)} END`;
			await tx
				.update(contentItems)
				.set({
					scheduledDate: each((s) => s.scheduledDate),
					scheduledTime: each((s) => s.scheduledTime),
					timeZone: zone,
					scheduledAt: each((s) => s.scheduledAt)
				})
				.where(
					inArray(
						contentItems.id,
						schedules.map((s) => s.id)
					)
				);
		}
		const adjusted = schedules.filter((s) => s.adjustment === 'gap').map((s) => s.scheduledDate!);
		await tx
			.update(itemSeries)
			.set({ version: sql`${itemSeries.version} + 1`, updatedAt: now })
			.where(eq(itemSeries.id, item.seriesId));
		return {
			ok: true,
			version: saved.version,
			updated: others.length,
			stamp: (await stampOf(tx, brandId, item.seriesId))!,
			adjusted
		} as const;
	});
}

/**
 * Deletes an occurrence and every other occurrence of its series that is not published; the
 * series row goes too once nothing points at it. Returns how many items were deleted (0 = the
 * item is not the brand's).
 */
export async function deleteSeriesFrom(db: Db, brandId: string, itemId: string) {
	return db.transaction(async (tx) => {
		const [item] = await tx
			.select({ seriesId: contentItems.seriesId })
			.from(contentItems)
			.where(and(eq(contentItems.id, itemId), eq(contentItems.brandId, brandId)));
		if (!item) return 0;
		const doomed = item.seriesId
			? and(
					eq(contentItems.seriesId, item.seriesId),
					eq(contentItems.brandId, brandId),
					ne(contentItems.status, 'published')
				)
			: eq(contentItems.id, itemId);
		const deleted = await tx
			.delete(contentItems)
			.where(or(doomed, eq(contentItems.id, itemId)))
			.returning({ id: contentItems.id });
		if (item.seriesId) {
			await tx
				.delete(itemSeries)
				.where(
					and(
						eq(itemSeries.id, item.seriesId),
						sql`NOT EXISTS (SELECT 1 FROM content_items WHERE series_id = ${item.seriesId})`
					)
				);
		}
		return deleted.length;
	});
}
