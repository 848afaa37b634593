import { today } from '../../../domain/zoned-time';
import type { Db } from '../../db/client';
import type { Collaboration } from '../../db/schema';
import {
	createCollaboration,
	getCollaboration,
	saveVersioned,
	setFollowUp,
	updateTerms,
	type NewCollaboration,
	type TermsInput
} from '../../queries/collaborations';
import { checkReferences, type ReferenceField } from '../references';

export type CollabScope = { workspaceId: string; brandId: string };

type Assigned = { campaignId: string | null; ownerId: string | null };
type UnknownReference = { ok: false; reason: 'unknown-reference'; fields: ReferenceField[] };
/** A save that lost to another change carries the collaboration as it is now. */
type Conflict = { ok: false; reason: 'conflict'; theirs: Collaboration };
type NotFound = { ok: false; reason: 'not-found' };
type Saved = { ok: true; version: number };

async function checkAssigned(db: Db, scope: CollabScope, chosen: Assigned) {
	const checked = await checkReferences(db, scope, {
		campaignId: chosen.campaignId,
		ownerId: chosen.ownerId
	});
	return checked.ok
		? null
		: ({ ok: false, reason: 'unknown-reference', fields: checked.fields } as const);
}

/**
 * A new collaboration as a prospect: the campaign must be the brand's, the owner a member of the
 * workspace ('unknown-reference'), the creator in the workspace's directory ('creator-not-found').
 */
export async function startCollaboration(
	db: Db,
	scope: CollabScope & { userId: string; marketTimeZone: string },
	input: NewCollaboration
): Promise<
	{ ok: true; id: string } | UnknownReference | { ok: false; reason: 'creator-not-found' }
> {
	const refused = await checkAssigned(db, scope, {
		campaignId: input.campaignId ?? null,
		ownerId: input.ownerId ?? null
	});
	if (refused) return refused;
	const brand = { id: scope.brandId, workspaceId: scope.workspaceId };
	return createCollaboration(db, brand, input, scope.userId, today(scope.marketTimeZone));
}

/** After a refused save: the collaboration as stored now, or not found. */
async function refusal(db: Db, scope: CollabScope, id: string): Promise<Conflict | NotFound> {
	const theirs = await getCollaboration(db, scope.brandId, id);
	return theirs ? { ok: false, reason: 'conflict', theirs } : { ok: false, reason: 'not-found' };
}

/** The next step and its day, if the collaboration is still at `version`. */
export async function saveFollowUp(
	db: Db,
	scope: CollabScope,
	input: { id: string; version: number; nextStep: string; followUpOn: string | null }
): Promise<Saved | Conflict | NotFound> {
	const { id, version, nextStep, followUpOn } = input;
	const saved = await setFollowUp(db, scope.brandId, id, version, { nextStep, followUpOn });
	return saved.ok ? saved : refusal(db, scope, id);
}

/**
 * Terms, fee and payment, version-checked. The currency may not change once amounts are stored
 * in it ('currency-locked').
 */
export async function saveTerms(
	db: Db,
	scope: CollabScope,
	input: { id: string; version: number; terms: TermsInput }
): Promise<Saved | Conflict | NotFound | { ok: false; reason: 'currency-locked' }> {
	const { id, version, terms } = input;
	const saved = await updateTerms(db, scope.brandId, id, version, terms);
	if (saved.ok || saved.reason === 'currency-locked') return saved;
	return refusal(db, scope, id);
}

/** Campaign and owner, checked against the brand and workspace, then version-checked. */
export async function saveAssignment(
	db: Db,
	scope: CollabScope,
	input: { id: string; version: number } & Assigned
): Promise<Saved | Conflict | NotFound | UnknownReference> {
	const { id, version, campaignId, ownerId } = input;
	const refused = await checkAssigned(db, scope, { campaignId, ownerId });
	if (refused) return refused;
	const saved = await saveVersioned(db, scope.brandId, id, version, { campaignId, ownerId });
	return saved.ok ? saved : refusal(db, scope, id);
}
