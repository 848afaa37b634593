/**
 * The collaboration pipeline (issue 5): stages, the moves allowed between them, and the follow-up
 * a move proposes. Pure rules; dates are calendar days (YYYY-MM-DD) passed in by the caller.
 */
import { addDays } from './zoned-time';

export const STAGES = [
	'prospect',
	'contacted',
	'negotiating',
	'agreed',
	'sample_shipped',
	'content_live',
	'paid'
] as const;
export const EXITS = ['declined', 'no_reply'] as const;
export type Stage = (typeof STAGES)[number] | (typeof EXITS)[number];
/** Every stage a collaboration can be in: the funnel in order, then the exits. */
export const ALL_STAGES = [...STAGES, ...EXITS] as const;
/**
 * The longest reason for moving past compliance findings, in characters as a writer counts them.
 * Here rather than beside the move schema so the board can read it without loading zod.
 */
export const OVERRIDE_REASON_MAX = 500;

const order = (stage: Stage) => (STAGES as readonly string[]).indexOf(stage);
export const isExit = (stage: Stage) => (EXITS as readonly string[]).includes(stage);
/** Open = still needs a next step: not paid and not exited. */
export const isOpen = (stage: Stage) => stage !== 'paid' && !isExit(stage);

export type MoveCheck =
	{ ok: true } | { ok: false; reason: 'same' | 'skips-agreement' | 'closed' | 'exit-after-live' };

/**
 * Which moves are allowed. Forward moves may skip steps (a gifted post may go live without a
 * shipped sample being logged) but never past "agreed" without an agreement; backward moves are
 * corrections and always allowed between open stages. Paid is final; an exit may be reopened
 * (a creator who did not reply may answer months later) but only back to the start of the funnel.
 */
export function checkMove(from: Stage, to: Stage): MoveCheck {
	if (from === to) return { ok: false, reason: 'same' };
	if (from === 'paid') return { ok: false, reason: 'closed' };
	if (isExit(to)) {
		// Once content is live the deal happened; it ends in "paid", not as declined.
		return order(from) >= order('content_live')
			? { ok: false, reason: 'exit-after-live' }
			: { ok: true };
	}
	if (isExit(from)) {
		return order(to) <= order('negotiating')
			? { ok: true }
			: { ok: false, reason: 'skips-agreement' };
	}
	if (order(from) < order('agreed') && order(to) > order('agreed')) {
		return { ok: false, reason: 'skips-agreement' };
	}
	return { ok: true };
}

/** Days until the next follow-up a stage proposes, and the step it names. */
const FOLLOW_UP: Record<Stage, { days: number; step: string } | null> = {
	prospect: { days: 2, step: 'first_contact' },
	contacted: { days: 5, step: 'chase_reply' },
	negotiating: { days: 3, step: 'confirm_terms' },
	agreed: { days: 2, step: 'ship_sample' },
	sample_shipped: { days: 7, step: 'confirm_delivery' },
	content_live: { days: 7, step: 'collect_results' },
	paid: null,
	declined: null,
	no_reply: null
};

/** The follow-up proposed after moving to `stage` on `today`; null when nothing is left to do. */
export function proposeFollowUp(stage: Stage, today: string) {
	const next = FOLLOW_UP[stage];
	return next ? { step: next.step, due: addDays(today, next.days) } : null;
}

/** Overdue: an open collaboration whose follow-up day has passed. */
export function isOverdue(stage: Stage, due: string | null, today: string) {
	return isOpen(stage) && due !== null && due < today;
}
