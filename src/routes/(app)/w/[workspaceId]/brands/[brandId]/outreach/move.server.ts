import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { blocksPayment } from '$lib/domain/compliance';
import { today } from '$lib/domain/zoned-time';
import { moveSchema, undoSchema } from '$lib/schemas/collaboration';
import { db } from '$lib/server/db';
import { requireBrand } from '$lib/server/guards';
import { moveCollaboration, undoMove } from '$lib/server/queries/collaboration-moves';
import { getCollaboration } from '$lib/server/queries/collaborations';
import { collaborationFindings } from '$lib/server/queries/compliance';
import { getCreator } from '$lib/server/queries/creators';
import { FAILURE_STATUS, type MoveAnswer, type MoveFailure } from './move';
import { backTo } from './view';

type Event = RequestEvent<{ workspaceId: string; brandId: string }>;
type Refusal = Extract<MoveAnswer, { ok: false }>;

const refuse = (reason: MoveFailure, extra: Omit<Refusal, 'ok' | 'reason'> = {}) =>
	fail(FAILURE_STATUS[reason], { move: { ok: false, reason, ...extra } satisfies MoveAnswer });

async function creatorName(workspaceId: string, creatorId: string) {
	return (await getCreator(db, workspaceId, creatorId))?.name ?? '';
}

/**
 * The move action of the board, the table and the overview: guard, rules, the compliance gate
 * on "paid" (findings gathered now, on the server) and its override. Without JavaScript a move
 * returns to the page it came from; a refusal renders the page with the reason either way.
 */
export async function moveAction({ locals, params, request, url }: Event) {
	const { user, workspace, brand } = await requireBrand(
		locals,
		params.workspaceId,
		params.brandId,
		'editContent'
	);
	const parsed = moveSchema.safeParse(Object.fromEntries(await request.formData()));
	if (!parsed.success) return refuse('invalid');
	const { collaborationId, version, stage, override, reason, enhanced } = parsed.data;
	const current = await getCollaboration(db, brand.id, collaborationId);
	if (!current) return refuse('not-found');
	const name = await creatorName(workspace.id, current.creatorId);
	const findings = stage === 'paid' ? await collaborationFindings(db, brand.id, current) : [];
	const open = blocksPayment(findings) ? findings.map((f) => f.rule) : [];
	const about = { collaborationId, name, to: stage, version: current.version };
	if (override && open.length && !reason) return refuse('reason-required', { ...about, findings });
	const result = await moveCollaboration(db, brand.id, collaborationId, version, stage, {
		userId: user.id,
		today: today(brand.marketTimeZone),
		openFindings: open,
		override: override ? { reason } : undefined
	});
	if (!result.ok) return refuse(result.reason, { ...about, findings });
	if (!enhanced) redirect(303, backTo(url));
	const { ok: _, ...moved } = result;
	return {
		move: { ok: true, collaborationId, name, undone: false, ...moved } satisfies MoveAnswer
	};
}

/** Undo of the last move, from the status line's button. */
export async function undoAction({ locals, params, request, url }: Event) {
	const { user, workspace, brand } = await requireBrand(
		locals,
		params.workspaceId,
		params.brandId,
		'editContent'
	);
	const parsed = undoSchema.safeParse(Object.fromEntries(await request.formData()));
	if (!parsed.success) return refuse('invalid');
	const { collaborationId, version, stage, nextStep, followUpOn, enhanced } = parsed.data;
	const current = await getCollaboration(db, brand.id, collaborationId);
	if (!current) return refuse('not-found');
	const back = { stage, nextStep, followUpOn };
	const result = await undoMove(db, brand.id, collaborationId, version, back, { userId: user.id });
	const name = await creatorName(workspace.id, current.creatorId);
	if (!result.ok) return refuse(result.reason, { collaborationId, name });
	if (!enhanced) redirect(303, backTo(url));
	const answer: MoveAnswer = {
		ok: true,
		collaborationId,
		name,
		version: result.version,
		from: current.stage,
		to: stage,
		previous: { nextStep: current.nextStep, followUpOn: current.followUpOn },
		followUp: null,
		overridden: [],
		undone: true
	};
	return { move: answer };
}
