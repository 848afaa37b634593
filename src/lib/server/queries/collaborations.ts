import { and, asc, desc, eq, inArray, isNotNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { collabMetrics } from '../../domain/creator-metrics';
import type { CreatorPlatform } from '../../domain/creators';
import {
	EXITS,
	STAGES,
	checkMove,
	isOpen,
	isOverdue,
	proposeFollowUp,
	type Stage
} from '../../domain/pipeline';
import type { Db } from '../db/client';
import {
	campaigns,
	collaborationEvents,
	collaborations,
	creatorProfiles,
	creators,
	deliverables,
	samples,
	users,
	type Collaboration
} from '../db/schema';
import { newId } from '../crypto';
import { collabTotals } from './collab-totals';

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

// ---------------------------------------------------------------------------------------------
// Lists: the board, the table and the due list share one card.

export type CollabFilters = Partial<{
	stages: Stage[];
	campaignIds: string[];
	ownerIds: string[];
	/** The creator has a profile on one of these platforms. */
	platforms: CreatorPlatform[];
	/** Only open collaborations whose follow-up day is before `today`. */
	overdue: boolean;
}>;

/** The creator's first profile (by position): what a card shows as "platform · handle". */
const mainProfile = (column: 'platform' | 'handle') =>
	sql<
		string | null
	>`(SELECT ${sql.raw(column)} FROM creator_profiles p WHERE p.creator_id = ${collaborations.creatorId} ORDER BY p.position, p.id LIMIT 1)`;

const OPEN_STAGES = STAGES.filter((stage) => isOpen(stage));

function filterConditions(brandId: string, filters: CollabFilters, today: string): SQL[] {
	const where: SQL[] = [eq(collaborations.brandId, brandId)];
	if (filters.stages?.length) where.push(inArray(collaborations.stage, filters.stages));
	if (filters.campaignIds?.length)
		where.push(inArray(collaborations.campaignId, filters.campaignIds));
	if (filters.ownerIds?.length) where.push(inArray(collaborations.ownerId, filters.ownerIds));
	if (filters.platforms?.length) {
		where.push(
			sql`EXISTS (SELECT 1 FROM ${creatorProfiles} WHERE ${creatorProfiles.creatorId} = ${collaborations.creatorId} AND ${inArray(creatorProfiles.platform, filters.platforms)})`
		);
	}
	if (filters.overdue) {
		where.push(inArray(collaborations.stage, OPEN_STAGES), lt(collaborations.followUpOn, today));
	}
	return where;
}

const cardColumns = {
	id: collaborations.id,
	stage: collaborations.stage,
	version: collaborations.version,
	creatorId: collaborations.creatorId,
	creatorName: creators.name,
	doNotContact: creators.doNotContact,
	platform: mainProfile('platform'),
	handle: mainProfile('handle'),
	campaignId: collaborations.campaignId,
	campaignName: campaigns.name,
	ownerId: collaborations.ownerId,
	ownerName: users.name,
	nextStep: collaborations.nextStep,
	followUpOn: collaborations.followUpOn,
	currency: collaborations.currency,
	feeMinor: collaborations.feeMinor
};

function cardsQuery(db: Db, where: SQL[]) {
	return db
		.select(cardColumns)
		.from(collaborations)
		.innerJoin(creators, eq(creators.id, collaborations.creatorId))
		.leftJoin(campaigns, eq(campaigns.id, collaborations.campaignId))
		.leftJoin(users, eq(users.id, collaborations.ownerId))
		.where(and(...where))
		.$dynamic();
}

type CardRow = Awaited<ReturnType<typeof cardsQuery>>[number];
export type CollabCard = Omit<CardRow, 'platform'> & {
	platform: CreatorPlatform | null;
	overdue: boolean;
};

const toCard = (today: string) => (row: CardRow) =>
	({
		...row,
		platform: row.platform as CreatorPlatform | null,
		overdue: isOverdue(row.stage, row.followUpOn, today)
	}) satisfies CollabCard;

/** Follow-up day first (none last), then the creator's name: what needs doing soonest on top. */
const cardOrder = [
	asc(sql`${collaborations.followUpOn} IS NULL`),
	asc(collaborations.followUpOn),
	asc(sql`${creators.name} COLLATE NOCASE`),
	asc(collaborations.id)
];

/** Every collaboration of the brand matching the filters, as board cards (grouped by the page). */
export async function listBoard(db: Db, brandId: string, filters: CollabFilters, today: string) {
	const rows = await cardsQuery(db, filterConditions(brandId, filters, today)).orderBy(
		...cardOrder
	);
	return rows.map(toCard(today));
}

/**
 * Open collaborations whose follow-up falls before `weekEnd` (exclusive): the rest of this week
 * and everything overdue, soonest first. Days are the brand's market days.
 */
export async function listDue(db: Db, brandId: string, today: string, weekEnd: string) {
	const rows = await cardsQuery(db, [
		eq(collaborations.brandId, brandId),
		inArray(collaborations.stage, OPEN_STAGES),
		isNotNull(collaborations.followUpOn),
		lt(collaborations.followUpOn, weekEnd)
	]).orderBy(...cardOrder);
	return rows.map(toCard(today));
}

export const TABLE_SORTS = [
	'creator',
	'stage',
	'followUp',
	'fee',
	'cost',
	'cpm',
	'cpe',
	'cpo',
	'roas'
] as const;
export type TableSort = (typeof TABLE_SORTS)[number];
export type TablePage = { sort: TableSort; dir: 'asc' | 'desc'; page: number; size: number };

const STAGE_ORDER: readonly Stage[] = [...STAGES, ...EXITS];
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
type Sortable = { value: string | number | null; currency?: string };

/**
 * One page of the table. Metrics come from the deliverables and samples (collabTotals) through
 * the domain's collabMetrics, so the table sorts by them in memory: a brand has hundreds of
 * collaborations, not millions. Missing values sort last in both directions; money sorts within
 * its currency (the brand's first) because we hold no exchange rates; ties fall back to the
 * creator's name so pages never overlap.
 */
export async function listTable(
	db: Db,
	brand: { id: string; currency: string },
	filters: CollabFilters,
	page: TablePage,
	today: string
) {
	const [cards, totals] = await Promise.all([
		listBoard(db, brand.id, filters, today),
		collabTotals(db, brand.id)
	]);
	const byId = new Map(totals.map((t) => [t.collaborationId, t]));
	const rows = cards.map((card) => {
		const total = byId.get(card.id);
		const metrics = total
			? collabMetrics(total.costs, total.results)
			: { cost: 0, cpmMinor: null, cpeMinor: null, cpoMinor: null, roas: null };
		return {
			...card,
			metrics,
			costs: total?.costs ?? null,
			results: total?.results ?? null,
			reported: total?.reported ?? 0,
			deliverables: total?.deliverables ?? 0
		};
	});
	type Row = (typeof rows)[number];
	const key = (row: Row): Sortable => {
		const money = (value: number | null) => ({ value, currency: row.currency });
		switch (page.sort) {
			case 'creator':
				return { value: row.creatorName };
			case 'stage':
				return { value: STAGE_ORDER.indexOf(row.stage) };
			case 'followUp':
				return { value: row.followUpOn };
			case 'fee':
				return money(row.feeMinor);
			case 'cost':
				return money(row.metrics.cost);
			case 'cpm':
				return money(row.metrics.cpmMinor);
			case 'cpe':
				return money(row.metrics.cpeMinor);
			case 'cpo':
				return money(row.metrics.cpoMinor);
			case 'roas':
				return { value: row.metrics.roas };
		}
	};
	const sign = page.dir === 'desc' ? -1 : 1;
	const currencyRank = (c?: string) => (c === undefined ? '' : c === brand.currency ? '' : c);
	rows.sort((a, b) => {
		const [x, y] = [key(a), key(b)];
		if (x.value === null || y.value === null) {
			if (x.value !== y.value) return x.value === null ? 1 : -1;
		} else {
			const byCurrency = currencyRank(x.currency).localeCompare(currencyRank(y.currency));
			if (byCurrency) return byCurrency;
			const order =
				typeof x.value === 'string'
					? collator.compare(x.value, String(y.value))
					: x.value - (y.value as number);
			if (order) return sign * order;
		}
		return collator.compare(a.creatorName, b.creatorName) || a.id.localeCompare(b.id);
	});
	const start = (page.page - 1) * page.size;
	return { rows: rows.slice(start, start + page.size), total: rows.length };
}

// ---------------------------------------------------------------------------------------------
// Moves

export type MoveRefusal =
	| 'not-found'
	| 'conflict'
	| 'compliance'
	| Extract<ReturnType<typeof checkMove>, { ok: false }>['reason'];

export type MoveResult =
	| {
			ok: true;
			version: number;
			from: Stage;
			to: Stage;
			/** The follow-up the collaboration had, for Undo. */
			previous: { nextStep: string; followUpOn: string | null };
			followUp: { step: string; due: string } | null;
			/** Rule ids of the compliance findings that were overridden (moves to paid). */
			overridden: string[];
	  }
	| { ok: false; reason: Exclude<MoveRefusal, 'compliance'> }
	| { ok: false; reason: 'compliance'; rules: string[] };

export type MoveContext = {
	userId: string | null;
	/** The brand's market day; the proposed follow-up counts from it. */
	today: string;
	/** Rule ids of the compliance findings open on this collaboration now. */
	openFindings: string[];
	/** Required to move to paid while findings are open. */
	override?: { reason: string };
	now?: Date;
};

type Event = typeof collaborationEvents.$inferInsert;

/**
 * Logs `event` only if the collaboration is still at `version`. Run in the same batch before the
 * versioned update, so a refused update (someone saved first) leaves no event behind.
 */
function logIfCurrent(db: Db, brandId: string, version: number, event: Event) {
	const at = (event.at as Date).getTime();
	return db.run(sql`INSERT INTO collaboration_events (id, collaboration_id, kind, from_stage, to_stage, note, user_id, at)
		SELECT ${event.id}, ${event.collaborationId}, ${event.kind}, ${event.fromStage ?? null}, ${event.toStage ?? null}, ${event.note ?? ''}, ${event.userId ?? null}, ${at}
		WHERE EXISTS (SELECT 1 FROM collaborations WHERE id = ${event.collaborationId} AND brand_id = ${brandId} AND version = ${version})`);
}

/** What an override event's note holds: the rules that were open and the reason typed. */
export type OverrideNote = { rules: string[]; reason: string };
export function readOverrideNote(note: string): OverrideNote {
	try {
		const parsed = JSON.parse(note) as Partial<OverrideNote>;
		if (Array.isArray(parsed.rules) && typeof parsed.reason === 'string')
			return { rules: parsed.rules.map(String), reason: parsed.reason };
	} catch {
		// an older or hand-written note: show it as the reason
	}
	return { rules: [], reason: note };
}

/**
 * Moves a collaboration to another stage. Refused when it changed since `version`, when the
 * pipeline rules forbid the move, and — the compliance gate — when it would become "paid" while
 * findings are open, unless an override with a reason is given; the override is logged beside the
 * stage change, with the rule ids and the reason.
 *
 * The follow-up: a move always sets the follow-up the new stage proposes (none for paid or an
 * exit), replacing the one before, even one typed by hand or set later. A stage change means the
 * situation changed and the old plan was made for the old stage; the page shows the proposal
 * right after the move to adjust, and Undo restores the previous follow-up exactly.
 */
export async function moveCollaboration(
	db: Db,
	brandId: string,
	id: string,
	version: number,
	to: Stage,
	ctx: MoveContext
): Promise<MoveResult> {
	const current = await getCollaboration(db, brandId, id);
	if (!current) return { ok: false, reason: 'not-found' };
	if (current.version !== version) return { ok: false, reason: 'conflict' };
	const check = checkMove(current.stage, to);
	if (!check.ok) return check;
	const rules = [...new Set(ctx.openFindings)];
	const reason = ctx.override?.reason.trim() ?? '';
	const gated = to === 'paid' && rules.length > 0;
	if (gated && !reason) return { ok: false, reason: 'compliance', rules };
	const now = ctx.now ?? new Date();
	const followUp = proposeFollowUp(to, ctx.today);
	const events: Event[] = [
		{ id: newId(), collaborationId: id, kind: 'stage', fromStage: current.stage, toStage: to },
		...(gated
			? [
					{
						id: newId(),
						collaborationId: id,
						kind: 'override' as const,
						fromStage: current.stage,
						toStage: to,
						note: JSON.stringify({ rules, reason } satisfies OverrideNote)
					}
				]
			: [])
	].map((event) => ({ ...event, userId: ctx.userId, at: now }));
	const saved = await applyStage(db, brandId, current, version, events, {
		stage: to,
		stageChangedAt: now,
		nextStep: followUp?.step ?? '',
		followUpOn: followUp?.due ?? null
	});
	if (!saved) return { ok: false, reason: 'conflict' };
	return {
		ok: true,
		version: saved,
		from: current.stage,
		to,
		previous: { nextStep: current.nextStep, followUpOn: current.followUpOn },
		followUp,
		overridden: gated ? rules : []
	};
}

async function applyStage(
	db: Db,
	brandId: string,
	current: Collaboration,
	version: number,
	events: Event[],
	change: Pick<Collaboration, 'stage' | 'stageChangedAt' | 'nextStep' | 'followUpOn'>
) {
	const [, ...rest] = await db.batch([
		logIfCurrent(db, brandId, version, events[0]),
		...events.slice(1).map((event) => logIfCurrent(db, brandId, version, event)),
		versionedUpdate(db, brandId, current.id, version, change)
	]);
	const updated = rest.at(-1) as { version: number }[];
	return updated.length ? updated[0].version : null;
}

function versionedUpdate(
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

/**
 * Undo of the last move: back to `back.stage` with the follow-up it had. Not a new move (the
 * rules would refuse some reversals, e.g. declined → agreed), so it is allowed only when the
 * collaboration is unchanged since that move (`version`) and the log's last stage change is
 * exactly back.stage → the current stage. Logged as a stage change with the note "undo".
 */
export async function undoMove(
	db: Db,
	brandId: string,
	id: string,
	version: number,
	back: { stage: Stage; nextStep: string; followUpOn: string | null },
	ctx: { userId: string | null; now?: Date }
): Promise<
	{ ok: true; version: number; to: Stage } | { ok: false; reason: 'not-found' | 'conflict' }
> {
	const current = await getCollaboration(db, brandId, id);
	if (!current) return { ok: false, reason: 'not-found' };
	if (current.version !== version) return { ok: false, reason: 'conflict' };
	const [last] = await db
		.select({ kind: collaborationEvents.kind, from: collaborationEvents.fromStage })
		.from(collaborationEvents)
		.where(
			and(
				eq(collaborationEvents.collaborationId, id),
				inArray(collaborationEvents.kind, ['created', 'stage'])
			)
		)
		.orderBy(desc(collaborationEvents.at), desc(sql`rowid`))
		.limit(1);
	if (last?.kind !== 'stage' || last.from !== back.stage) return { ok: false, reason: 'conflict' };
	const now = ctx.now ?? new Date();
	const event: Event = {
		id: newId(),
		collaborationId: id,
		kind: 'stage',
		fromStage: current.stage,
		toStage: back.stage,
		note: 'undo',
		userId: ctx.userId,
		at: now
	};
	const saved = await applyStage(db, brandId, current, version, [event], {
		stage: back.stage,
		stageChangedAt: now,
		nextStep: back.nextStep,
		followUpOn: back.followUpOn
	});
	return saved ? { ok: true, version: saved, to: back.stage } : { ok: false, reason: 'conflict' };
}

type SaveResult = { ok: true; version: number } | { ok: false; reason: 'conflict' | 'not-found' };

async function saveVersioned(
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
// Bulk changes

export type BulkChange =
	| { kind: 'stage'; to: Stage }
	| { kind: 'owner'; ownerId: string | null }
	| { kind: 'followUp'; followUpOn: string };
export type BulkRefusal = MoveRefusal | 'closed-follow-up';

/**
 * One change applied to several collaborations, each on its own (one refusal does not stop the
 * others): stage moves go through moveCollaboration's rules and gate (no override in bulk: an
 * override needs its own reason), a follow-up day only for open collaborations. Each target names
 * the version the user saw. The owner must be checked as a workspace member by the caller.
 */
export async function bulkUpdate(
	db: Db,
	brandId: string,
	targets: { id: string; version: number }[],
	change: BulkChange,
	ctx: {
		userId: string | null;
		today: string;
		openFindingsOf: (collaboration: Collaboration) => Promise<string[]>;
	}
) {
	const done: string[] = [];
	const refused: { id: string; reason: BulkRefusal }[] = [];
	for (const { id, version } of targets) {
		const current = await getCollaboration(db, brandId, id);
		if (!current) {
			refused.push({ id, reason: 'not-found' });
			continue;
		}
		let result: { ok: true } | { ok: false; reason: BulkRefusal };
		if (change.kind === 'stage') {
			const openFindings = change.to === 'paid' ? await ctx.openFindingsOf(current) : [];
			result = await moveCollaboration(db, brandId, id, version, change.to, {
				userId: ctx.userId,
				today: ctx.today,
				openFindings
			});
		} else if (change.kind === 'owner') {
			result = await saveVersioned(db, brandId, id, version, { ownerId: change.ownerId });
		} else if (!isOpen(current.stage)) {
			result = { ok: false, reason: 'closed-follow-up' };
		} else {
			result = await saveVersioned(db, brandId, id, version, { followUpOn: change.followUpOn });
		}
		if (result.ok) done.push(id);
		else refused.push({ id, reason: result.reason });
	}
	return { done, refused };
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
