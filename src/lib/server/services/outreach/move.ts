import { blocksPayment, type Finding } from '../../../domain/compliance';
import type { Stage } from '../../../domain/pipeline';
import { today } from '../../../domain/zoned-time';
import type { Db } from '../../db/client';
import {
	moveCollaboration as moveStage,
	undoMove,
	type MoveRefusal
} from '../../queries/collaboration-moves';
import { getCollaboration } from '../../queries/collaborations';
import { collaborationFindings } from '../../queries/compliance';
import { getCreator } from '../../queries/creators';
import type { MoveInput, MoveResult } from '../move';

export type BoardScope = {
	workspaceId: string;
	brandId: string;
	marketTimeZone: string;
	userId: string;
};

type Moved = {
	collaborationId: string;
	name: string;
	version: number;
	from: Stage;
	to: Stage;
	previous: { nextStep: string; followUpOn: string | null };
	followUp: { step: string; due: string } | null;
	overridden: string[];
};

/** What a refusal tells the status line and the override form, when the collaboration was found. */
type About = {
	collaborationId?: string;
	name?: string;
	to?: Stage;
	/** The version the refusal was judged against, for the override form. */
	version?: number;
	/** For a compliance refusal: what is open, to show and to override. */
	findings?: Finding[];
};

export type BoardMove = MoveResult<Moved, MoveRefusal | 'reason-required', About>;

async function creatorName(db: Db, workspaceId: string, creatorId: string) {
	return (await getCreator(db, workspaceId, creatorId))?.name ?? '';
}

/**
 * A move on the board, the table or the overview: the pipeline rules and the compliance gate on
 * "paid" (findings gathered now) with its override, which needs a reason ('reason-required').
 */
export async function moveCollaboration(
	db: Db,
	scope: BoardScope,
	input: MoveInput<Stage> & { override: boolean; reason: string }
): Promise<BoardMove> {
	const { id, version, to, override, reason } = input;
	const current = await getCollaboration(db, scope.brandId, id);
	if (!current) return { ok: false, reason: 'not-found' };
	const name = await creatorName(db, scope.workspaceId, current.creatorId);
	const findings = to === 'paid' ? await collaborationFindings(db, scope.brandId, current) : [];
	const open = blocksPayment(findings) ? findings.map((f) => f.rule) : [];
	const about = { collaborationId: id, name, to, version: current.version };
	if (override && open.length && !reason) {
		return { ok: false, reason: 'reason-required', ...about, findings };
	}
	const result = await moveStage(db, scope.brandId, id, version, to, {
		userId: scope.userId,
		today: today(scope.marketTimeZone),
		openFindings: open,
		override: override ? { reason } : undefined
	});
	if (!result.ok) return { ok: false, reason: result.reason, ...about, findings };
	const { ok: _, ...moved } = result;
	return { ok: true, collaborationId: id, name, ...moved };
}

/** Undo of the last move: back to the stage and the follow-up it had. */
export async function undoCollaborationMove(
	db: Db,
	scope: BoardScope,
	input: MoveInput<{ stage: Stage; nextStep: string; followUpOn: string | null }>
): Promise<BoardMove> {
	const { id, version, to } = input;
	const current = await getCollaboration(db, scope.brandId, id);
	if (!current) return { ok: false, reason: 'not-found' };
	const result = await undoMove(db, scope.brandId, id, version, to, { userId: scope.userId });
	const name = await creatorName(db, scope.workspaceId, current.creatorId);
	if (!result.ok) return { ok: false, reason: result.reason, collaborationId: id, name };
	return {
		ok: true,
		collaborationId: id,
		name,
		version: result.version,
		from: current.stage,
		to: to.stage,
		previous: { nextStep: current.nextStep, followUpOn: current.followUpOn },
		followUp: null,
		overridden: []
	};
}
