import type { MetricKind } from '../../../domain/metrics';
import type { Db } from '../../db/client';
import * as metrics from '../../queries/metrics';
import { checkReferences } from '../references';

/** What the guard proved: the brand (in its workspace) whose metrics these are. */
export type MetricScope = { workspaceId: string; brandId: string };

type NotFound = { ok: false; reason: 'not-found' };

export type AddRefusal =
	| { ok: false; reason: 'unknown-reference'; field: 'channelId' }
	| { ok: false; reason: 'duplicate'; field: 'kind' };

/**
 * Adds a metric on a channel of the brand (another brand's channel is unknown, like a missing
 * one); a channel counts each kind once, so a second "followers" on it is refused.
 */
export async function addMetric(
	db: Db,
	scope: MetricScope,
	input: { channelId: string; kind: MetricKind }
): Promise<{ ok: true; id: string } | AddRefusal> {
	const checked = await checkReferences(db, scope, { channelId: input.channelId });
	if (!checked.ok) return { ok: false, reason: 'unknown-reference', field: 'channelId' };
	const added = await metrics.addMetric(db, scope.brandId, input);
	if (added.ok) return added;
	// The channel was checked a moment ago; one deleted since is refused like an unknown one.
	if (added.reason === 'channel')
		return { ok: false, reason: 'unknown-reference', field: 'channelId' };
	return { ok: false, reason: 'duplicate', field: 'kind' };
}

/**
 * Adds the suggested metrics of every channel of the brand that has no metric yet; channels
 * already measured are left as they are, so a second run adds nothing. Answers how many were added.
 */
export async function addSuggestedMetrics(
	db: Db,
	scope: Pick<MetricScope, 'brandId'>
): Promise<{ ok: true; added: number }> {
	let added = 0;
	for (const channel of await metrics.listUnmeasuredChannels(db, scope.brandId)) {
		for (const kind of channel.suggested) {
			const result = await metrics.addMetric(db, scope.brandId, { channelId: channel.id, kind });
			if (result.ok) added += 1;
		}
	}
	return { ok: true, added };
}

/**
 * Renames a metric only if it is still at `version`. A conflict answers with the name and version
 * stored meanwhile, so the typed name can be kept for another try.
 */
export async function renameMetric(
	db: Db,
	scope: Pick<MetricScope, 'brandId'>,
	input: { metricId: string; version: number; label: string }
): Promise<
	| { ok: true; version: number }
	| NotFound
	| { ok: false; reason: 'conflict'; current: { label: string; version: number } }
> {
	const { metricId, version, label } = input;
	const renamed = await metrics.renameMetric(db, scope.brandId, metricId, version, label);
	if (renamed.ok) return renamed;
	// Read again after the refusal: deleted meanwhile is "not found", not a conflict.
	const current = await metrics.getMetric(db, scope.brandId, metricId);
	if (!current) return { ok: false, reason: 'not-found' };
	return {
		ok: false,
		reason: 'conflict',
		current: { label: current.label, version: current.version }
	};
}

/** Deletes a metric with its values, goals and notes (cascades). */
export async function deleteMetric(
	db: Db,
	scope: Pick<MetricScope, 'brandId'>,
	metricId: string
): Promise<{ ok: true } | NotFound> {
	return (await metrics.deleteMetric(db, scope.brandId, metricId))
		? { ok: true }
		: { ok: false, reason: 'not-found' };
}
