import type { ShipFrom } from '../../../domain/creators';
import { parseMoney } from '../../../domain/money';
import type { Db } from '../../db/client';
import type { Sample } from '../../db/schema';
import * as samples from '../../queries/samples';

/**
 * A sample lives in a collaboration of a brand (any other id is simply not found); its costs are
 * read in the collaboration's currency, which knows how many decimals it has.
 */
export type SampleScope = { brandId: string; collaborationId: string; currency: string };

/** A sample as the form sends it, validated: the costs as typed, '' for a day not entered. */
export type SampleDraft = {
	product: string;
	sku: string;
	quantity: string;
	shipFrom: ShipFrom;
	carrier: string;
	trackingNumber: string;
	shippedOn: string;
	deliveredOn: string;
	landedCost: string;
	shippingCost: string;
};

export type SampleRefusal = {
	reason: 'money-format' | 'money-decimals' | 'money-too-large';
	field: 'landedCost' | 'shippingCost';
};

/** Every refused cost at once (a form marks each field); the first as `reason`/`field`. */
export type Refused = { ok: false; refusals: SampleRefusal[] } & SampleRefusal;
type NotFound = { ok: false; reason: 'not-found' };
/** A save that lost to another carries the sample as it is now. */
type Conflict = { ok: false; reason: 'conflict'; theirs: Sample };

/** A draft → what is stored, once both costs read in the collaboration's currency. */
export function prepareSample(
	scope: Pick<SampleScope, 'currency'>,
	draft: SampleDraft
): { ok: true; input: samples.SampleInput } | Refused {
	const landed = parseMoney(draft.landedCost, scope.currency);
	const shipping = parseMoney(draft.shippingCost, scope.currency);
	const refusals: SampleRefusal[] = [];
	if (!landed.ok) refusals.push({ reason: `money-${landed.reason}`, field: 'landedCost' });
	if (!shipping.ok) refusals.push({ reason: `money-${shipping.reason}`, field: 'shippingCost' });
	if (!landed.ok || !shipping.ok) return { ok: false, ...refusals[0], refusals };
	return {
		ok: true,
		input: {
			product: draft.product,
			sku: draft.sku,
			quantity: Number(draft.quantity),
			shipFrom: draft.shipFrom,
			carrier: draft.carrier,
			trackingNumber: draft.trackingNumber,
			shippedOn: draft.shippedOn || null,
			deliveredOn: draft.deliveredOn || null,
			landedCostMinor: landed.minor,
			shippingCostMinor: shipping.minor
		}
	};
}

/** Adds a sample to the collaboration; not found when the collaboration is not the brand's. */
export async function addSample(
	db: Db,
	scope: SampleScope,
	draft: SampleDraft
): Promise<{ ok: true; id: string } | Refused | NotFound> {
	const prepared = prepareSample(scope, draft);
	if (!prepared.ok) return prepared;
	const id = await samples.createSample(db, scope.brandId, scope.collaborationId, prepared.input);
	return id ? { ok: true, id } : { ok: false, reason: 'not-found' };
}

/** Saves only if nobody saved the sample since `version`; a conflict answers with theirs. */
export async function saveSample(
	db: Db,
	scope: SampleScope,
	input: { id: string; version: number; draft: SampleDraft }
): Promise<{ ok: true; version: number } | Refused | NotFound | Conflict> {
	const prepared = prepareSample(scope, input.draft);
	if (!prepared.ok) return prepared;
	const { brandId, collaborationId } = scope;
	const { id, version } = input;
	const saved = await samples.updateSample(
		db,
		brandId,
		collaborationId,
		id,
		version,
		prepared.input
	);
	if (saved.ok) return saved;
	const theirs = await samples.getSample(db, brandId, collaborationId, id);
	return theirs ? { ok: false, reason: 'conflict', theirs } : { ok: false, reason: 'not-found' };
}

/** Deletes a sample of the collaboration. */
export async function removeSample(
	db: Db,
	scope: Pick<SampleScope, 'brandId' | 'collaborationId'>,
	input: { id: string }
): Promise<{ ok: true } | NotFound> {
	const { brandId, collaborationId } = scope;
	const deleted = await samples.deleteSample(db, brandId, collaborationId, input.id);
	return deleted ? { ok: true } : { ok: false, reason: 'not-found' };
}
