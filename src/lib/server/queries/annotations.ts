import { and, asc, eq, gte, lt, lte } from 'drizzle-orm';
import type { Db } from '../db/client';
import {
	annotations,
	campaigns,
	collaborationEvents,
	collaborations,
	contentItems,
	creators,
	metrics
} from '../db/schema';
import { newId } from '../db/ids';
import { addDays, type DayRange } from '../../domain/day-range';
import { resolveWall, wallOf } from '../../domain/zoned-time';

// Notes on the growth charts. Hand-written ones are rows; the others are derived when read from
// what the brand did — so they follow the calendar and the pipeline without copies to keep in sync.

export type NoteSource = 'manual' | 'published' | 'campaign' | 'creator';
export type ChartNote = {
	/** The row's id for hand-written notes; a derived key otherwise. */
	id: string;
	day: string;
	text: string;
	source: NoteSource;
	/** Hand-written: the one chart it belongs to (null = all). */
	metricId: string | null;
	/** A published item: its channel, so it shows on that channel's charts only. */
	channelId: string | null;
	version: number;
};

/** The hand-written notes of a brand, newest first (the notes page). */
export function listNotes(db: Db, brandId: string) {
	return db
		.select({
			id: annotations.id,
			day: annotations.day,
			text: annotations.text,
			metricId: annotations.metricId,
			version: annotations.version
		})
		.from(annotations)
		.where(eq(annotations.brandId, brandId))
		.orderBy(asc(annotations.day), asc(annotations.createdAt));
}

export async function getNote(db: Db, brandId: string, id: string) {
	const [row] = await db
		.select()
		.from(annotations)
		.where(and(eq(annotations.brandId, brandId), eq(annotations.id, id)));
	return row ?? null;
}

/**
 * Every note of the range (both ends inclusive), hand-written and derived, by day: published
 * calendar items (on their wall date), campaigns starting, creator content going live (the day,
 * in the brand's market zone, the collaboration reached "content live").
 */
export async function listChartNotes(
	db: Db,
	brandId: string,
	range: DayRange,
	marketTimeZone: string
): Promise<ChartNote[]> {
	const manual = await db
		.select()
		.from(annotations)
		.where(
			and(
				eq(annotations.brandId, brandId),
				gte(annotations.day, range.from),
				lte(annotations.day, range.to)
			)
		);
	const published = await db
		.select({
			id: contentItems.id,
			day: contentItems.scheduledDate,
			title: contentItems.title,
			channelId: contentItems.channelId
		})
		.from(contentItems)
		.where(
			and(
				eq(contentItems.brandId, brandId),
				gte(contentItems.scheduledDate, range.from),
				lte(contentItems.scheduledDate, range.to),
				eq(contentItems.status, 'published')
			)
		);
	const started = await db
		.select({ id: campaigns.id, day: campaigns.startDate, name: campaigns.name })
		.from(campaigns)
		.where(
			and(
				eq(campaigns.brandId, brandId),
				gte(campaigns.startDate, range.from),
				lte(campaigns.startDate, range.to)
			)
		);
	const start = resolveWall(range.from, '00:00', marketTimeZone).instant;
	const end = resolveWall(addDays(range.to, 1), '00:00', marketTimeZone).instant;
	const live = await db
		.select({ id: collaborationEvents.id, at: collaborationEvents.at, name: creators.name })
		.from(collaborationEvents)
		.innerJoin(collaborations, eq(collaborations.id, collaborationEvents.collaborationId))
		.innerJoin(creators, eq(creators.id, collaborations.creatorId))
		.where(
			and(
				eq(collaborations.brandId, brandId),
				eq(collaborationEvents.toStage, 'content_live'),
				gte(collaborationEvents.at, new Date(start)),
				lt(collaborationEvents.at, new Date(end))
			)
		);
	const notes: ChartNote[] = [
		...manual.map((n) => ({
			id: n.id,
			day: n.day,
			text: n.text,
			source: 'manual' as const,
			metricId: n.metricId,
			channelId: null,
			version: n.version
		})),
		...published.map((p) => ({
			...derived(`item-${p.id}`, p.day ?? range.from, p.title, 'published'),
			channelId: p.channelId
		})),
		...started.map((c) => derived(`campaign-${c.id}`, c.day, c.name, 'campaign')),
		...live.map((e) =>
			derived(`live-${e.id}`, wallOf(e.at.getTime(), marketTimeZone).date, e.name, 'creator')
		)
	];
	return notes.sort((a, b) => (a.day === b.day ? 0 : a.day < b.day ? -1 : 1));
}

function derived(id: string, day: string, text: string, source: NoteSource): ChartNote {
	return { id, day, text, source, metricId: null, channelId: null, version: 0 };
}

/** The notes that belong on one metric's chart. */
export function notesForMetric(
	notes: ChartNote[],
	metric: { id: string; channelId: string }
): ChartNote[] {
	return notes.filter(
		(n) =>
			(n.metricId === null || n.metricId === metric.id) &&
			(n.channelId === null || n.channelId === metric.channelId)
	);
}

export type NoteInput = { day: string; text: string; metricId: string | null };

/** A metric of another brand cannot carry this brand's note. */
async function metricIsBrands(db: Db, brandId: string, metricId: string | null) {
	if (metricId === null) return true;
	const [row] = await db
		.select({ id: metrics.id })
		.from(metrics)
		.where(and(eq(metrics.brandId, brandId), eq(metrics.id, metricId)));
	return Boolean(row);
}

export async function addNote(
	db: Db,
	brandId: string,
	userId: string,
	input: NoteInput
): Promise<{ ok: true; id: string } | { ok: false; reason: 'metric' }> {
	if (!(await metricIsBrands(db, brandId, input.metricId))) return { ok: false, reason: 'metric' };
	const id = newId();
	await db.insert(annotations).values({ id, brandId, createdBy: userId, ...input });
	return { ok: true, id };
}

/** Saves an edit made on `version`; a note changed since is refused, not overwritten. */
export async function updateNote(
	db: Db,
	brandId: string,
	id: string,
	version: number,
	input: NoteInput
): Promise<{ ok: true } | { ok: false; reason: 'metric' | 'conflict' | 'missing' }> {
	if (!(await metricIsBrands(db, brandId, input.metricId))) return { ok: false, reason: 'metric' };
	const done = await db
		.update(annotations)
		.set({ ...input, version: version + 1, updatedAt: new Date() })
		.where(
			and(
				eq(annotations.brandId, brandId),
				eq(annotations.id, id),
				eq(annotations.version, version)
			)
		)
		.returning({ id: annotations.id });
	if (done.length) return { ok: true };
	return { ok: false, reason: (await getNote(db, brandId, id)) ? 'conflict' : 'missing' };
}

export async function deleteNote(db: Db, brandId: string, id: string) {
	const done = await db
		.delete(annotations)
		.where(and(eq(annotations.brandId, brandId), eq(annotations.id, id)))
		.returning({ id: annotations.id });
	return done.length > 0;
}
