import { measuredDay, type ProfileValues } from '../../../schemas/creator';
import type { Db } from '../../db/client';
import type { CreatorProfile } from '../../db/schema';
import * as creators from '../../queries/creators';
import { takenHandles, type Taken } from './creators';

/**
 * A creator of a workspace, and the user's own calendar day: numbers entered without a date
 * were read `today`.
 */
export type ProfileScope = { workspaceId: string; creatorId: string; today: string };

type NotFound = { ok: false; reason: 'not-found' };

/** Adds a profile after the creator's others; refused when its handle is in the directory. */
export async function addProfile(
	db: Db,
	scope: ProfileScope,
	input: { profile: ProfileValues }
): Promise<{ ok: true; id: string } | NotFound | Taken> {
	const profile = { ...input.profile, measuredOn: measuredDay(input.profile, null, scope.today) };
	const added = await creators.addProfile(db, scope.workspaceId, scope.creatorId, profile);
	if (added.ok || added.reason === 'not-found') return added;
	return {
		ok: false,
		reason: 'taken',
		taken: takenHandles([{ row: null, profile }], added.duplicates)
	};
}

/**
 * Saves a profile only if it still holds `previous` (what the form was loaded with: profiles
 * carry no version). Answers with what was stored, or the profile as it is now ('conflict'), or
 * 'not-found' when it was removed meanwhile; 'taken' when another creator holds the handle.
 */
export async function saveProfile(
	db: Db,
	scope: ProfileScope,
	input: { id: string; previous: ProfileValues; profile: ProfileValues }
): Promise<
	| { ok: true; profile: ProfileValues }
	| NotFound
	| Taken
	| { ok: false; reason: 'conflict'; theirs: CreatorProfile }
> {
	const { workspaceId, creatorId } = scope;
	const { id, previous } = input;
	const profile = {
		...input.profile,
		measuredOn: measuredDay(input.profile, previous, scope.today)
	};
	const saved = await creators.updateProfile(db, workspaceId, creatorId, id, previous, profile);
	if (saved.ok) return { ok: true, profile };
	if (saved.reason === 'duplicate') {
		const taken = takenHandles([{ row: null, profile }], saved.duplicates);
		return { ok: false, reason: 'taken', taken };
	}
	const theirs = (await creators.listProfiles(db, workspaceId, creatorId)).find((p) => p.id === id);
	return theirs ? { ok: false, reason: 'conflict', theirs } : { ok: false, reason: 'not-found' };
}

/** Removes one of the creator's profiles. */
export async function removeProfile(
	db: Db,
	scope: Pick<ProfileScope, 'workspaceId' | 'creatorId'>,
	input: { id: string }
): Promise<{ ok: true } | NotFound> {
	const removed = await creators.removeProfile(db, scope.workspaceId, scope.creatorId, input.id);
	return removed ? { ok: true } : { ok: false, reason: 'not-found' };
}
