/**
 * The review scan of the compliance check: does a brief or caption buy, or ask for, marketplace
 * reviews. Texts are scanned once per word list and every window is bounded, so a 1 MB brief stays
 * linear. A creator reviewing the product on their own channel is legitimate and is not flagged.
 */
import {
	INCENTIVE_STRONG,
	INCENTIVE_WEAK,
	MARKETPLACE,
	REVIEW_ASK,
	REVIEW_DIRECT,
	REVIEW_GENERIC,
	REVIEW_STORE,
	SENTENCE_END,
	TERM_NEGATED_AFTER,
	TERM_NEGATED_BEFORE
} from './compliance-labels';

export type ReviewHit = ['review-incentive' | 'review-request', string];

const SENTENCE_ENDS = new RegExp(SENTENCE_END.source, 'gu');
/** Up to `size` UTF-16 units before `at` (or after, for a negative size), within its sentence. */
function clause(text: string, at: number, size: number) {
	if (size < 0) {
		const slice = text.slice(at, at - size);
		const end = slice.search(SENTENCE_END);
		return end < 0 ? slice : slice.slice(0, end);
	}
	const slice = text.slice(Math.max(0, at - size), at);
	let cut = 0;
	for (const m of slice.matchAll(SENTENCE_ENDS)) cut = m.index + m[0].length;
	return slice.slice(cut);
}

type Term = { start: number; end: number; kind: 'store' | 'generic' | 'strong' | 'weak' };
const negated = (text: string, t: Term) =>
	TERM_NEGATED_BEFORE.test(clause(text, t.start, 30)) ||
	TERM_NEGATED_AFTER.test(clause(text, t.end, -30));
/** `size`: how far a marketplace name may sit from the review word and still be about it. */
const nearMarketplace = (text: string, t: Term, size: number) =>
	MARKETPLACE.test(clause(text, t.start, size)) || MARKETPLACE.test(clause(text, t.end, -size));

function* terms(text: string, re: RegExp, kind: Term['kind']) {
	for (const m of text.matchAll(re)) {
		const term: Term = { start: m.index, end: m.index + m[0].length, kind };
		if (!negated(text, term)) yield term;
	}
}

/** Which term kinds make an incentivised review when they meet in one sentence. */
const PARTNERS: Record<Term['kind'], Term['kind'][]> = {
	store: ['strong', 'weak'],
	generic: ['strong'],
	strong: ['store', 'generic'],
	weak: ['store']
};
/**
 * Farther apart than this, a review word and a perk are usually separate talking points ("30-day
 * refund guarantee, customers love our reviews"); a generic review word must sit closer.
 */
const gapLimit = (a: Term, b: Term) => (a.kind === 'generic' || b.kind === 'generic' ? 25 : 60);

/**
 * A review word and an incentive in the same sentence and near each other; the evidence runs from
 * one to the other. Each kind keeps only its latest term, so the scan stays linear.
 */
function incentivePair(text: string): string | null {
	const all = [
		...terms(text, REVIEW_STORE, 'store'),
		...[...terms(text, REVIEW_GENERIC, 'generic')].map((t) =>
			nearMarketplace(text, t, 15) ? { ...t, kind: 'store' as const } : t
		),
		...terms(text, INCENTIVE_STRONG, 'strong'),
		...terms(text, INCENTIVE_WEAK, 'weak')
	].sort((a, b) => a.start - b.start || a.end - b.end);
	const latest: Partial<Record<Term['kind'], Term>> = {};
	for (const term of all) {
		for (const kind of PARTNERS[term.kind]) {
			const other = latest[kind];
			if (!other || term.start - other.end > gapLimit(other, term)) continue;
			if (SENTENCE_END.test(text.slice(other.end, term.start))) continue;
			return text.slice(other.start, Math.max(other.end, term.end));
		}
		latest[term.kind] = term;
	}
	return null;
}

/**
 * One finding per rule per text, the first in reading order: fixing it shows the next. A plain
 * request for a marketplace review is only a warning, and only when no incentive was found.
 */
export function reviewHits(text: string): ReviewHit[] {
	const direct = terms(text, REVIEW_DIRECT, 'store').next().value;
	if (direct) return [['review-incentive', text.slice(direct.start, direct.end)]];
	const pair = incentivePair(text);
	if (pair !== null) return [['review-incentive', pair]];
	for (const ask of terms(text, REVIEW_ASK, 'store')) {
		if (nearMarketplace(text, ask, 40)) return [['review-request', text.slice(ask.start, ask.end)]];
	}
	return [];
}
