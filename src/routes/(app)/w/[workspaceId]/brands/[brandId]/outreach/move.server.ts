import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { moveSchema, undoSchema } from '$lib/schemas/collaboration';
import type { Db } from '$lib/server/db/client';
import { requireBrand } from '$lib/server/guards';
import { moveCollaboration, undoCollaborationMove } from '$lib/server/services/outreach/move';
import { FAILURE_STATUS, type MoveAnswer, type MoveFailure } from './move';
import { backTo } from './view';

type Event = RequestEvent<{ workspaceId: string; brandId: string }>;
type Refusal = Extract<MoveAnswer, { ok: false }>;

const refuse = (reason: MoveFailure, extra: Omit<Refusal, 'ok' | 'reason'> = {}) =>
	fail(FAILURE_STATUS[reason], { move: { ok: false, reason, ...extra } satisfies MoveAnswer });

async function guard({ locals, params }: Event) {
	const access = await requireBrand(locals, params.workspaceId, params.brandId, 'editContent');
	const { user, workspace, brand } = access;
	const { marketTimeZone } = brand;
	return { workspaceId: workspace.id, brandId: brand.id, marketTimeZone, userId: user.id };
}

/**
 * The move action of the board, the table and the overview: guard, validate, the move service
 * (rules, the compliance gate on "paid" and its override). Without JavaScript a move returns to
 * the page it came from; a refusal renders the page with the reason either way. The page hands
 * in its database: this adapter is shared by two pages and reads nothing itself.
 */
export async function moveAction(db: Db, event: Event) {
	const scope = await guard(event);
	const parsed = moveSchema.safeParse(Object.fromEntries(await event.request.formData()));
	if (!parsed.success) return refuse('invalid');
	const { collaborationId: id, version, stage: to, override, reason, enhanced } = parsed.data;
	const result = await moveCollaboration(db, scope, { id, version, to, override, reason });
	if (!result.ok) {
		const { ok: _, reason: refused, ...extra } = result;
		return refuse(refused, extra);
	}
	if (!enhanced) redirect(303, backTo(event.url));
	return { move: { ...result, undone: false } satisfies MoveAnswer };
}

/** Undo of the last move, from the status line's button. */
export async function undoAction(db: Db, event: Event) {
	const scope = await guard(event);
	const parsed = undoSchema.safeParse(Object.fromEntries(await event.request.formData()));
	if (!parsed.success) return refuse('invalid');
	const { collaborationId: id, version, stage, nextStep, followUpOn, enhanced } = parsed.data;
	const to = { stage, nextStep, followUpOn };
	const result = await undoCollaborationMove(db, scope, { id, version, to });
	if (!result.ok) {
		const { ok: _, reason: refused, ...extra } = result;
		return refuse(refused, extra);
	}
	if (!enhanced) redirect(303, backTo(event.url));
	return { move: { ...result, undone: true } satisfies MoveAnswer };
}
