/* Stage moves (one or in bulk), their undo, and the compliance gate on "paid". */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { OverrideNote } from '../../domain/override-note';
import { checkMove, isOpen, proposeFollowUp, type Stage } from '../../domain/pipeline';
import type { Db } from '../db/client';
import { collaborationEvents, type Collaboration } from '../db/schema';
import { newId } from '../db/ids';
import { getCollaboration, saveVersioned, versionedUpdate } from './collaborations';

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
		{
			id: newId(),
			collaborationId: id,
			kind: 'stage' as const,
			fromStage: current.stage,
			toStage: to
		},
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
