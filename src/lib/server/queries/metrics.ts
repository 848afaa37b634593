import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { channels, metrics, metricValues } from '../db/schema';
import { newId } from '../db/ids';
import type { ChannelKind, Ownership } from '../../domain/channels';
import { SUGGESTED_METRICS, type MetricKind } from '../../domain/metrics';

// The metrics of a brand with what the dashboard needs from their channel. Callers have already
// checked the brand belongs to the caller's workspace (requireBrand).

export type BrandMetric = {
	id: string;
	kind: MetricKind;
	label: string;
	position: number;
	version: number;
	channelId: string;
	channelKind: ChannelKind;
	channelLabel: string;
	channelHandle: string;
	ownership: Ownership;
};

const columns = {
	id: metrics.id,
	kind: metrics.kind,
	label: metrics.label,
	position: metrics.position,
	version: metrics.version,
	channelId: metrics.channelId,
	channelKind: channels.kind,
	channelLabel: channels.label,
	channelHandle: channels.handle,
	ownership: channels.ownership
};

export function listMetrics(db: Db, brandId: string): Promise<BrandMetric[]> {
	return db
		.select(columns)
		.from(metrics)
		.innerJoin(channels, eq(channels.id, metrics.channelId))
		.where(eq(metrics.brandId, brandId))
		.orderBy(asc(channels.position), asc(metrics.position), asc(metrics.createdAt));
}

/** One metric of the brand, or null: a metric id from another brand reads as missing (404). */
export async function getMetric(db: Db, brandId: string, metricId: string) {
	const [row] = await db
		.select(columns)
		.from(metrics)
		.innerJoin(channels, eq(channels.id, metrics.channelId))
		.where(and(eq(metrics.brandId, brandId), eq(metrics.id, metricId)));
	return row ?? null;
}

export type MetricInput = { channelId: string; kind: MetricKind; label?: string };

/**
 * Adds a metric to a brand's channel. The channel must be the brand's; a channel counts each
 * kind once (the unique index), so a second "followers" on one channel is refused.
 */
export async function addMetric(
	db: Db,
	brandId: string,
	input: MetricInput
): Promise<{ ok: true; id: string } | { ok: false; reason: 'channel' | 'duplicate' }> {
	const [channel] = await db
		.select({ id: channels.id })
		.from(channels)
		.where(and(eq(channels.brandId, brandId), eq(channels.id, input.channelId)));
	if (!channel) return { ok: false, reason: 'channel' };
	const [taken] = await db
		.select({ id: metrics.id })
		.from(metrics)
		.where(and(eq(metrics.channelId, input.channelId), eq(metrics.kind, input.kind)));
	if (taken) return { ok: false, reason: 'duplicate' };
	const id = newId();
	const [last] = await db
		.select({ position: metrics.position })
		.from(metrics)
		.where(eq(metrics.brandId, brandId))
		.orderBy(desc(metrics.position))
		.limit(1);
	await db.insert(metrics).values({
		id,
		brandId,
		channelId: input.channelId,
		kind: input.kind,
		label: input.label ?? '',
		position: (last?.position ?? -1) + 1
	});
	return { ok: true, id };
}

/** Channels of the brand with no metric yet, with what would be suggested for each. */
export async function listUnmeasuredChannels(db: Db, brandId: string) {
	const rows = await db
		.select({ id: channels.id, kind: channels.kind, label: channels.label, metric: metrics.id })
		.from(channels)
		.leftJoin(metrics, eq(metrics.channelId, channels.id))
		.where(eq(channels.brandId, brandId))
		.orderBy(asc(channels.position));
	return rows
		.filter((r) => r.metric === null)
		.map((r) => ({
			id: r.id,
			kind: r.kind as ChannelKind,
			label: r.label,
			suggested: SUGGESTED_METRICS[r.kind as ChannelKind] ?? []
		}));
}

/**
 * Renames a metric if nobody changed it since `version` was read. An empty label means "call it
 * by its kind".
 */
export async function renameMetric(
	db: Db,
	brandId: string,
	metricId: string,
	version: number,
	label: string
): Promise<{ ok: true; version: number } | { ok: false; reason: 'conflict' | 'missing' }> {
	const updated = await db
		.update(metrics)
		.set({ label, version: sql`${metrics.version} + 1`, updatedAt: new Date() })
		.where(
			and(eq(metrics.brandId, brandId), eq(metrics.id, metricId), eq(metrics.version, version))
		)
		.returning({ version: metrics.version });
	if (updated[0]) return { ok: true, version: updated[0].version };
	return { ok: false, reason: (await getMetric(db, brandId, metricId)) ? 'conflict' : 'missing' };
}

/** Deletes a metric with its values, goals and notes (cascades); false when it is not the brand's. */
export async function deleteMetric(db: Db, brandId: string, metricId: string) {
	const deleted = await db
		.delete(metrics)
		.where(and(eq(metrics.brandId, brandId), eq(metrics.id, metricId)))
		.returning({ id: metrics.id });
	return deleted.length > 0;
}

/** How many days of values each metric of the brand holds (what a delete takes with it). */
export async function countMetricValues(db: Db, brandId: string) {
	const rows = await db
		.select({ metricId: metricValues.metricId, values: count() })
		.from(metricValues)
		.innerJoin(metrics, eq(metrics.id, metricValues.metricId))
		.where(eq(metrics.brandId, brandId))
		.groupBy(metricValues.metricId);
	return Object.fromEntries(rows.map((r) => [r.metricId, r.values]));
}
