import { parseMoney } from '../../../domain/money';
import { normaliseLineBreaks } from '../../../schemas/fields';
import { utmNameFor } from '../../../schemas/campaign';
import type { Db } from '../../db/client';
import type { Campaign } from '../../db/schema';
import * as campaigns from '../../queries/campaigns';
import { checkReferences } from '../references';

export type CampaignScope = { workspaceId: string; brandId: string; currency: string };

/** A campaign as the form sends it, validated: empty strings for "none chosen" and "no budget". */
export type CampaignDraft = {
	name: string;
	goal: string;
	personaId: string;
	startDate: string;
	endDate: string;
	budget: string;
	utmCampaign: string;
};

export type CampaignRefusal =
	| { reason: 'unknown-reference'; field: 'personaId' }
	| { reason: 'budget-format' | 'budget-decimals' | 'budget-too-large'; field: 'budget' };

/** Every refusal of the draft at once (a form marks each field); the first as `reason`/`field`. */
export type Refused = { ok: false; refusals: CampaignRefusal[] } & CampaignRefusal;

/**
 * A draft → what is stored, after the checks that need the brand: the persona is the brand's,
 * and the budget fits the brand's currency (read into its minor units).
 */
export async function prepareCampaign(
	db: Db,
	scope: CampaignScope,
	draft: CampaignDraft
): Promise<{ ok: true; input: campaigns.CampaignInput } | Refused> {
	const refusals: CampaignRefusal[] = [];
	const checked = await checkReferences(db, scope, { personaId: draft.personaId });
	if (!checked.ok) refusals.push({ reason: 'unknown-reference', field: 'personaId' });
	const budget = parseMoney(draft.budget, scope.currency);
	if (!budget.ok) refusals.push({ reason: `budget-${budget.reason}`, field: 'budget' });
	if (refusals.length || !budget.ok) return { ok: false, ...refusals[0], refusals };
	return {
		ok: true,
		input: {
			name: draft.name,
			goal: normaliseLineBreaks(draft.goal),
			personaId: draft.personaId || null,
			startDate: draft.startDate,
			endDate: draft.endDate,
			budgetMinor: budget.minor,
			utmCampaign: utmNameFor(draft)
		}
	};
}

export async function createCampaign(
	db: Db,
	scope: CampaignScope,
	draft: CampaignDraft
): Promise<{ ok: true; id: string } | Refused> {
	const prepared = await prepareCampaign(db, scope, draft);
	if (!prepared.ok) return prepared;
	return { ok: true, id: await campaigns.createCampaign(db, scope.brandId, prepared.input) };
}

/**
 * Saves only if the campaign is still at `version`. A conflict answers with the stored campaign,
 * so the form can keep what the user typed and show theirs beside it.
 */
export async function saveCampaign(
	db: Db,
	scope: CampaignScope,
	input: { id: string; version: number; draft: CampaignDraft }
): Promise<
	| { ok: true; version: number; utmCampaign: string }
	| Refused
	| { ok: false; reason: 'not-found' }
	| { ok: false; reason: 'conflict'; theirs: Campaign }
> {
	const prepared = await prepareCampaign(db, scope, input.draft);
	if (!prepared.ok) return prepared;
	const saved = await campaigns.updateCampaign(
		db,
		scope.brandId,
		input.id,
		input.version,
		prepared.input
	);
	if (saved.ok)
		return { ok: true, version: saved.version, utmCampaign: prepared.input.utmCampaign };
	const theirs = await campaigns.getCampaign(db, scope.brandId, input.id);
	return theirs ? { ok: false, reason: 'conflict', theirs } : { ok: false, reason: 'not-found' };
}

/** Deletes a campaign; its items stay, unlinked. */
export async function deleteCampaign(
	db: Db,
	scope: Pick<CampaignScope, 'brandId'>,
	id: string
): Promise<{ ok: true } | { ok: false; reason: 'not-found' }> {
	return (await campaigns.deleteCampaign(db, scope.brandId, id))
		? { ok: true }
		: { ok: false, reason: 'not-found' };
}
