import { and, asc, desc, eq, isNotNull, or, sql } from 'drizzle-orm';
import { proposeFollowUp } from '../../domain/pipeline';
import type { Db } from '../db/client';
import {
	collaborationEvents,
	collaborations,
	creatorProfiles,
	creators,
	deliverables,
	samples,
	users,
	type Collaboration
} from '../db/schema';
import { newId } from '../db/ids';

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

/** An update that lands only if the collaboration is still at `version`; returns the new one. */
export function versionedUpdate(
	db: Db,
	brandId: string,
	id: string,
	version: number,
	change: Partial<Collaboration>
) {
	return db
		.update(collaborations)
		.set({ ...change, version: sql`${collaborations.version} + 1`, updatedAt: new Date() })
		.where(
			and(
				eq(collaborations.id, id),
				eq(collaborations.brandId, brandId),
				eq(collaborations.version, version)
			)
		)
		.returning({ version: collaborations.version });
}

export type SaveResult =
	{ ok: true; version: number } | { ok: false; reason: 'conflict' | 'not-found' };

export async function saveVersioned(
	db: Db,
	brandId: string,
	id: string,
	version: number,
	change: Partial<Collaboration>
): Promise<SaveResult> {
	const rows = await versionedUpdate(db, brandId, id, version, change);
	if (rows.length) return { ok: true, version: rows[0].version };
	return (await getCollaboration(db, brandId, id))
		? { ok: false, reason: 'conflict' }
		: { ok: false, reason: 'not-found' };
}

/** The next step (a proposed step key or text typed by a person) and its market day. */
export function setFollowUp(
	db: Db,
	brandId: string,
	id: string,
	version: number,
	followUp: { nextStep: string; followUpOn: string | null }
) {
	return saveVersioned(db, brandId, id, version, followUp);
}

export type TermsInput = Pick<
	Collaboration,
	| 'brief'
	| 'feeMinor'
	| 'currency'
	| 'productGiven'
	| 'usageRights'
	| 'disclosureRequired'
	| 'promoCode'
	| 'linkUrl'
	| 'paymentStatus'
	| 'paymentMinor'
	| 'paidOn'
>;

/**
 * The terms, fee and payment. The currency may change only while no sample cost or result
 * revenue is recorded in it: those amounts are stored in its minor units and would silently
 * change value (5,000 yen is not $50.00).
 */
export async function updateTerms(
	db: Db,
	brandId: string,
	id: string,
	version: number,
	input: TermsInput
): Promise<SaveResult | { ok: false; reason: 'currency-locked' }> {
	const current = await getCollaboration(db, brandId, id);
	if (!current) return { ok: false, reason: 'not-found' };
	if (input.currency !== current.currency && (await hasAmounts(db, id)))
		return { ok: false, reason: 'currency-locked' };
	return saveVersioned(db, brandId, id, version, input);
}

async function hasAmounts(db: Db, collaborationId: string) {
	const [sampleRows, resultRows] = await Promise.all([
		db
			.select({ id: samples.id })
			.from(samples)
			.where(
				and(
					eq(samples.collaborationId, collaborationId),
					or(isNotNull(samples.landedCostMinor), isNotNull(samples.shippingCostMinor))
				)
			)
			.limit(1),
		db
			.select({ id: deliverables.id })
			.from(deliverables)
			.where(
				and(eq(deliverables.collaborationId, collaborationId), isNotNull(deliverables.revenueMinor))
			)
			.limit(1)
	]);
	return sampleRows.length > 0 || resultRows.length > 0;
}

// ---------------------------------------------------------------------------------------------
// The log and the creator picker

/** The collaboration's log, newest first, with the names of who did what. */
export async function listEvents(db: Db, brandId: string, collaborationId: string) {
	return db
		.select({
			id: collaborationEvents.id,
			kind: collaborationEvents.kind,
			fromStage: collaborationEvents.fromStage,
			toStage: collaborationEvents.toStage,
			note: collaborationEvents.note,
			userName: users.name,
			at: collaborationEvents.at
		})
		.from(collaborationEvents)
		.innerJoin(collaborations, eq(collaborations.id, collaborationEvents.collaborationId))
		.leftJoin(users, eq(users.id, collaborationEvents.userId))
		.where(
			and(
				eq(collaborationEvents.collaborationId, collaborationId),
				eq(collaborations.brandId, brandId)
			)
		)
		.orderBy(desc(collaborationEvents.at), desc(sql`${collaborationEvents}.rowid`));
}

// Spelled out with its table: in a one-table select drizzle leaves columns unqualified, and the
// sub-query's own `id` would shadow the creator's.
const profileOfCreator = (column: 'platform' | 'handle') =>
	sql<
		string | null
	>`(SELECT ${sql.raw(column)} FROM creator_profiles p WHERE p.creator_id = "creators"."id" ORDER BY p.position, p.id LIMIT 1)`;

const likeEscaped = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Creators of the workspace whose name or any handle contains `query` (case-insensitive; an
 * "@" before a handle is ignored), for the "start a collaboration" picker. Empty query: the
 * first ones by name.
 */
export async function findCreators(db: Db, workspaceId: string, query: string, limit = 20) {
	const text = query.trim().replace(/^@+/, '').toLowerCase();
	const pattern = likeEscaped(text);
	const match = text
		? or(
				sql`lower(${creators.name}) LIKE ${pattern} ESCAPE '\\'`,
				sql`EXISTS (SELECT 1 FROM creator_profiles p WHERE p.creator_id = "creators"."id" AND p.handle_key LIKE ${pattern} ESCAPE '\\')`
			)
		: undefined;
	return db
		.select({
			id: creators.id,
			name: creators.name,
			doNotContact: creators.doNotContact,
			doNotContactReason: creators.doNotContactReason,
			platform: profileOfCreator('platform'),
			handle: profileOfCreator('handle')
		})
		.from(creators)
		.where(and(eq(creators.workspaceId, workspaceId), match))
		.orderBy(asc(sql`${creators.name} COLLATE NOCASE`), asc(creators.id))
		.limit(limit);
}

/** A creator with every profile, for the collaboration header (scoped by the workspace). */
export async function getCreatorWithProfiles(db: Db, workspaceId: string, creatorId: string) {
	const [creator] = await db
		.select()
		.from(creators)
		.where(and(eq(creators.id, creatorId), eq(creators.workspaceId, workspaceId)));
	if (!creator) return null;
	const profiles = await db
		.select()
		.from(creatorProfiles)
		.where(eq(creatorProfiles.creatorId, creatorId))
		.orderBy(asc(creatorProfiles.position), asc(creatorProfiles.id));
	return { ...creator, profiles };
}
