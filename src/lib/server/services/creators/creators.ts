import { handleKey } from '../../../domain/creators';
import { measuredDay, type ProfileValues } from '../../../schemas/creator';
import type { Db } from '../../db/client';
import type { Creator } from '../../db/schema';
import * as creators from '../../queries/creators';
import type { CreatorInput, Duplicate, HandleRef } from '../../queries/creators';

/** Creators belong to a workspace: another workspace's id is simply not found. */
export type CreatorScope = { workspaceId: string };

/**
 * A handle another creator of the directory already holds: on which row of the form (`null` for
 * a single-profile form), and who holds it, for the link beside the refused handle.
 */
export type TakenHandle = {
	row: number | null;
	platform: HandleRef['platform'];
	handle: string;
	creatorId: string;
	creatorName: string;
};
export type Taken = { ok: false; reason: 'taken'; taken: TakenHandle[] };
type NotFound = { ok: false; reason: 'not-found' };

/**
 * Which of the rows' handles are held by a creator (compared as `handleKey`: "@Chewy.Tales" is
 * "chewy.tales"). A pair named twice in one submission has no holder and is not listed: the
 * form's schema refuses those before a save is tried.
 */
export function takenHandles(
	rows: readonly { row: number | null; profile: HandleRef }[],
	duplicates: readonly Duplicate[]
): TakenHandle[] {
	return rows.flatMap(({ row, profile }) => {
		const holder = duplicates.find(
			(d) =>
				d.creatorId &&
				d.platform === profile.platform &&
				handleKey(d.handle) === handleKey(profile.handle)
		);
		if (!holder?.creatorId) return [];
		const { platform, handle } = profile;
		return [
			{ row, platform, handle, creatorId: holder.creatorId, creatorName: holder.creatorName ?? '' }
		];
	});
}

/**
 * A new creator with the profiles the form's rows hold, all or nothing. Numbers without a date
 * were read `today` (on the user's own calendar). Refused when a handle is already in the
 * directory ('taken', with which rows and who holds them).
 */
export async function addCreator(
	db: Db,
	scope: CreatorScope & { userId: string; today: string },
	input: { creator: CreatorInput; profiles: readonly { row: number; profile: ProfileValues }[] }
): Promise<{ ok: true; id: string } | Taken> {
	const rows = input.profiles.map(({ row, profile }) => ({
		row,
		profile: { ...profile, measuredOn: measuredDay(profile, null, scope.today) }
	}));
	const profiles = rows.map((r) => r.profile);
	const { workspaceId, userId } = scope;
	const created = await creators.createCreator(db, workspaceId, input.creator, profiles, userId);
	if (created.ok) return created;
	return { ok: false, reason: 'taken', taken: takenHandles(rows, created.duplicates) };
}

/** Saves only if nobody saved the creator since `version`; a conflict answers with theirs. */
export async function saveCreator(
	db: Db,
	scope: CreatorScope,
	input: { id: string; version: number; creator: CreatorInput }
): Promise<
	{ ok: true; version: number } | NotFound | { ok: false; reason: 'conflict'; theirs: Creator }
> {
	const { id, version, creator } = input;
	const saved = await creators.updateCreator(db, scope.workspaceId, id, version, creator);
	if (saved.ok) return saved;
	const theirs = await creators.getCreator(db, scope.workspaceId, id);
	return theirs ? { ok: false, reason: 'conflict', theirs } : { ok: false, reason: 'not-found' };
}

/**
 * Deletes a creator with their profiles. Their collaborations would go too (the foreign keys
 * cascade): refused ('has-collaborations') unless the user agreed to that.
 */
export async function removeCreator(
	db: Db,
	scope: CreatorScope,
	input: { id: string; alsoCollaborations: boolean }
): Promise<{ ok: true } | NotFound | { ok: false; reason: 'has-collaborations' }> {
	const { workspaceId } = scope;
	const { id, alsoCollaborations } = input;
	if (!alsoCollaborations) {
		const collaborations = await creators.listCreatorCollaborations(db, workspaceId, id);
		if (collaborations.length) return { ok: false, reason: 'has-collaborations' };
	}
	return (await creators.deleteCreator(db, workspaceId, id))
		? { ok: true }
		: { ok: false, reason: 'not-found' };
}
