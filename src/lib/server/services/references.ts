import type { Db } from '../db/client';
import { getChannel } from '../queries/channels';
import { getPersona } from '../queries/personas';
import { getPillar } from '../queries/pillars';
import { getCampaign } from '../queries/campaigns';
import { getWorkspaceForMember } from '../queries/workspaces';

/** The ids a save may point at: parts and campaigns of the brand, an owner of the workspace. */
export const REFERENCE_FIELDS = [
	'channelId',
	'pillarId',
	'personaId',
	'campaignId',
	'ownerId'
] as const;
export type ReferenceField = (typeof REFERENCE_FIELDS)[number];

/** The chosen ids; empty or absent means "none chosen", which is always allowed. */
export type References = Partial<Record<ReferenceField, string | null | undefined>>;

export type ReferenceScope = { workspaceId: string; brandId: string };

/** `field` is the first unknown one; `fields` all of them, so a form can mark each at once. */
export type ReferenceCheck =
	| { ok: true }
	| { ok: false; reason: 'unknown-reference'; field: ReferenceField; fields: ReferenceField[] };

/**
 * Whether every chosen id belongs to the brand (the owner: to its workspace). An id from another
 * brand or workspace is answered exactly like one that does not exist: never stored.
 */
export async function checkReferences(
	db: Db,
	scope: ReferenceScope,
	chosen: References
): Promise<ReferenceCheck> {
	const fields = REFERENCE_FIELDS.filter((field) => chosen[field]);
	const known = await Promise.all(fields.map((field) => exists(db, scope, field, chosen[field]!)));
	const unknown = fields.filter((_, i) => !known[i]);
	if (!unknown.length) return { ok: true };
	return { ok: false, reason: 'unknown-reference', field: unknown[0], fields: unknown };
}

async function exists(db: Db, scope: ReferenceScope, field: ReferenceField, id: string) {
	switch (field) {
		case 'channelId':
			return (await getChannel(db, scope.brandId, id)) !== null;
		case 'pillarId':
			return (await getPillar(db, scope.brandId, id)) !== null;
		case 'personaId':
			return (await getPersona(db, scope.brandId, id)) !== null;
		case 'campaignId':
			return (await getCampaign(db, scope.brandId, id)) !== null;
		case 'ownerId':
			return (await getWorkspaceForMember(db, scope.workspaceId, id)) !== null;
	}
}
