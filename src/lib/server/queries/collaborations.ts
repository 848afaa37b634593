import { and, eq } from 'drizzle-orm';
import { proposeFollowUp } from '../../domain/pipeline';
import type { Db } from '../db/client';
import { collaborationEvents, collaborations, creators, type Collaboration } from '../db/schema';
import { newId } from '../crypto';

/** A collaboration only through its brand: an id of another brand is simply not found. */
export async function getCollaboration(db: Db, brandId: string, id: string) {
	const [row] = await db
		.select()
		.from(collaborations)
		.where(and(eq(collaborations.id, id), eq(collaborations.brandId, brandId)));
	return row ?? null;
}

export type NewCollaboration = Pick<Collaboration, 'creatorId' | 'currency'> &
	Partial<
		Pick<
			Collaboration,
			| 'campaignId'
			| 'ownerId'
			| 'brief'
			| 'feeMinor'
			| 'productGiven'
			| 'usageRights'
			| 'disclosureRequired'
			| 'promoCode'
			| 'linkUrl'
		>
	>;

/**
 * Starts a collaboration as a prospect with the first follow-up proposed, and logs it. The
 * creator must be in the brand's workspace (checked here, so no caller can link across
 * workspaces). `today` is the market's calendar day.
 */
export async function createCollaboration(
	db: Db,
	brand: { id: string; workspaceId: string },
	input: NewCollaboration,
	userId: string | null,
	today: string,
	now = new Date()
): Promise<{ ok: true; id: string } | { ok: false; reason: 'creator-not-found' }> {
	const [creator] = await db
		.select({ id: creators.id })
		.from(creators)
		.where(and(eq(creators.id, input.creatorId), eq(creators.workspaceId, brand.workspaceId)));
	if (!creator) return { ok: false, reason: 'creator-not-found' };
	const id = newId();
	const followUp = proposeFollowUp('prospect', today);
	await db.batch([
		db.insert(collaborations).values({
			...input,
			id,
			brandId: brand.id,
			stage: 'prospect',
			stageChangedAt: now,
			nextStep: followUp?.step ?? '',
			followUpOn: followUp?.due ?? null,
			createdBy: userId
		}),
		db.insert(collaborationEvents).values({
			id: newId(),
			collaborationId: id,
			kind: 'created',
			toStage: 'prospect',
			userId,
			at: now
		})
	]);
	return { ok: true, id };
}
