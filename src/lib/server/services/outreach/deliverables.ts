import { parseMoney } from '../../../domain/money';
import { wholeOf } from '../../../schemas/deliverable';
import type { Db } from '../../db/client';
import type { Deliverable } from '../../db/schema';
import * as deliverables from '../../queries/deliverables';
import type { DeliverableInput, DeliverableResults } from '../../queries/deliverables';

/** A deliverable lives in a collaboration of a brand: any other id is simply not found. */
export type DeliverableScope = { brandId: string; collaborationId: string };

type NotFound = { ok: false; reason: 'not-found' };
/** A save that lost to another carries the deliverable as it is now. */
type Conflict = { ok: false; reason: 'conflict'; theirs: Deliverable };

async function refusal(db: Db, scope: DeliverableScope, id: string): Promise<Conflict | NotFound> {
	const theirs = await deliverables.getDeliverable(db, scope.brandId, scope.collaborationId, id);
	return theirs ? { ok: false, reason: 'conflict', theirs } : { ok: false, reason: 'not-found' };
}

/** Adds a deliverable at the end of the collaboration's list. */
export async function addDeliverable(
	db: Db,
	scope: DeliverableScope,
	input: DeliverableInput
): Promise<{ ok: true; id: string } | NotFound> {
	const id = await deliverables.createDeliverable(db, scope.brandId, scope.collaborationId, input);
	return id ? { ok: true, id } : { ok: false, reason: 'not-found' };
}

/** The terms, if nobody saved them since `version`. */
export async function saveDeliverable(
	db: Db,
	scope: DeliverableScope,
	input: { id: string; version: number; terms: DeliverableInput }
): Promise<{ ok: true; version: number } | Conflict | NotFound> {
	const { brandId, collaborationId } = scope;
	const { id, version, terms } = input;
	const saved = await deliverables.updateDeliverable(
		db,
		brandId,
		collaborationId,
		id,
		version,
		terms
	);
	return saved.ok ? saved : refusal(db, scope, id);
}

/** Results as the form sends them, validated: whole numbers and the revenue as typed. */
export type ResultsDraft = {
	views: string;
	engagements: string;
	clicks: string;
	orders: string;
	revenue: string;
};

/** The revenue, refused when the collaboration's currency cannot hold it. */
export type ResultsRefused = {
	ok: false;
	reason: 'money-format' | 'money-decimals' | 'money-too-large';
	field: 'revenue';
};

/**
 * The results, read in the collaboration's currency, if the stored ones are still `expected`
 * (null: the form's hidden field was tampered with, answered like a stale form, nothing saved).
 * Answers with the results as stored, so the form can expect them next time.
 */
export async function saveDeliverableResults(
	db: Db,
	scope: DeliverableScope & { currency: string },
	input: { id: string; expected: DeliverableResults | null; draft: ResultsDraft }
): Promise<{ ok: true; results: DeliverableResults } | ResultsRefused | Conflict | NotFound> {
	const { brandId, collaborationId } = scope;
	const { id, expected, draft } = input;
	const revenue = parseMoney(draft.revenue, scope.currency);
	if (!revenue.ok) return { ok: false, reason: `money-${revenue.reason}`, field: 'revenue' };
	const results = {
		views: wholeOf(draft.views),
		engagements: wholeOf(draft.engagements),
		clicks: wholeOf(draft.clicks),
		orders: wholeOf(draft.orders),
		revenueMinor: revenue.minor
	};
	const saved = expected
		? await deliverables.saveDeliverableResults(db, brandId, collaborationId, id, expected, results)
		: null;
	return saved?.ok ? { ok: true, results } : refusal(db, scope, id);
}

/**
 * The deliverable as a draft on the brand's calendar, titled as the caller words it. Refused when
 * the channel is not the brand's, the caption is over the channel's limit, or it is there already.
 */
export function scheduleDeliverable(
	db: Db,
	scope: DeliverableScope & { userId: string },
	input: { id: string; channelId: string; date: string; time: string; title: string }
) {
	const { id, ...target } = input;
	const { brandId, collaborationId, userId } = scope;
	return deliverables.putDeliverableOnCalendar(db, brandId, collaborationId, id, target, userId);
}

/** Deletes a deliverable; a calendar item it became stays on the calendar. */
export async function removeDeliverable(
	db: Db,
	scope: DeliverableScope,
	input: { id: string }
): Promise<{ ok: true } | NotFound> {
	const { brandId, collaborationId } = scope;
	const deleted = await deliverables.deleteDeliverable(db, brandId, collaborationId, input.id);
	return deleted ? { ok: true } : { ok: false, reason: 'not-found' };
}
