import { describe, expect, it } from 'vitest';
import {
	EXITS,
	STAGES,
	checkMove,
	isOpen,
	isOverdue,
	proposeFollowUp,
	type Stage
} from './pipeline';

const ALL: Stage[] = [...STAGES, ...EXITS];

describe('checkMove', () => {
	it('allows the next step forward and every correction backward among open stages', () => {
		for (let i = 0; i < STAGES.length - 1; i++) {
			expect(checkMove(STAGES[i], STAGES[i + 1]), `${STAGES[i]} → next`).toEqual({ ok: true });
		}
		expect(checkMove('sample_shipped', 'negotiating')).toEqual({ ok: true });
		expect(checkMove('content_live', 'prospect')).toEqual({ ok: true });
	});

	it('never passes "agreed" without an agreement', () => {
		expect(checkMove('contacted', 'sample_shipped')).toEqual({
			ok: false,
			reason: 'skips-agreement'
		});
		expect(checkMove('prospect', 'paid')).toEqual({ ok: false, reason: 'skips-agreement' });
		expect(checkMove('agreed', 'content_live')).toEqual({ ok: true });
	});

	it('treats paid as final and refuses a no-op', () => {
		for (const to of ALL) {
			if (to !== 'paid') expect(checkMove('paid', to)).toEqual({ ok: false, reason: 'closed' });
		}
		for (const stage of ALL) expect(checkMove(stage, stage)).toEqual({ ok: false, reason: 'same' });
	});

	it('lets a deal end as declined or no reply until its content is live, and reopen early', () => {
		expect(checkMove('negotiating', 'declined')).toEqual({ ok: true });
		expect(checkMove('contacted', 'no_reply')).toEqual({ ok: true });
		expect(checkMove('content_live', 'declined')).toEqual({ ok: false, reason: 'exit-after-live' });
		expect(checkMove('no_reply', 'contacted')).toEqual({ ok: true });
		expect(checkMove('declined', 'agreed')).toEqual({ ok: false, reason: 'skips-agreement' });
	});
});

describe('follow-ups', () => {
	it('proposes the next step after a move, across a month end, and nothing when closed', () => {
		expect(proposeFollowUp('contacted', '2026-01-29')).toEqual({
			step: 'chase_reply',
			due: '2026-02-03'
		});
		expect(proposeFollowUp('sample_shipped', '2028-02-25')).toEqual({
			step: 'confirm_delivery',
			due: '2028-03-03'
		});
		expect(proposeFollowUp('paid', '2026-01-01')).toBeNull();
		expect(proposeFollowUp('declined', '2026-01-01')).toBeNull();
	});

	it('marks only open collaborations past their day as overdue', () => {
		expect(isOverdue('negotiating', '2026-11-24', '2026-11-25')).toBe(true);
		expect(isOverdue('negotiating', '2026-11-25', '2026-11-25')).toBe(false);
		expect(isOverdue('paid', '2026-11-01', '2026-11-25')).toBe(false);
		expect(isOverdue('no_reply', '2026-11-01', '2026-11-25')).toBe(false);
		expect(isOverdue('prospect', null, '2026-11-25')).toBe(false);
		expect(ALL.filter(isOpen)).toEqual(STAGES.filter((s) => s !== 'paid'));
	});
});
