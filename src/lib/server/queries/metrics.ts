import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { channels, metrics } from '../db/schema';
import { newId } from '../crypto';
import type { ChannelKind, Ownership } from '../../domain/channels';
import type { MetricKind } from '../../domain/metrics';

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
