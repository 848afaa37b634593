/**
 * The compliance check for a creator collaboration: is a paid or gifted post disclosed where its
 * audience will see and understand it, does the brief buy marketplace reviews, and is a creator who
 * asked not to be contacted being contacted. Pure; findings carry rule ids, which the UI turns into
 * a localized title and fix. Word lists live in compliance-labels.ts, the review scan in
 * compliance-reviews.ts.
 */
import type { ChannelKind } from './channels';
import { isOpen, type Stage } from './pipeline';
import {
	LABELS,
	LABEL_NEGATED_AFTER,
	LABEL_NEGATED_BEFORE,
	type Strength
} from './compliance-labels';
import { reviewHits } from './compliance-reviews';

export const COMPLIANCE_RULES = [
	'missing-disclosure',
	'disclosure-hidden',
	'review-incentive',
	'review-request',
	'do-not-contact',
	'do-not-contact-prospect'
] as const;
export type ComplianceRule = (typeof COMPLIANCE_RULES)[number];
export type Severity = 'error' | 'warning';

/**
 * Warnings are the calls a person should make: the fold lengths are our estimates, Amazon lets a
 * seller ask for an honest review (just not a positive or paid one), and a do-not-contact prospect
 * has not been contacted yet.
 */
export const RULE_SEVERITY: Record<ComplianceRule, Severity> = {
	'missing-disclosure': 'error',
	'disclosure-hidden': 'warning',
	'review-incentive': 'error',
	'review-request': 'warning',
	'do-not-contact': 'error',
	'do-not-contact-prospect': 'warning'
};

export type Compensation = 'paid' | 'gifted' | 'none';
export type Where = { kind: 'brief' } | { kind: 'deliverable'; id: string } | { kind: 'creator' };
/** `evidence` is an exact substring of the text named by `where`, for the UI to quote. */
export type Finding = {
	rule: ComplianceRule;
	severity: Severity;
	where: Where;
	evidence: string | null;
};

export type ComplianceDeliverable = {
	id: string;
	platform: ChannelKind | null;
	title?: string;
	caption: string;
};
export type ComplianceInput = {
	stage: Stage;
	compensation: Compensation;
	/** Defaults to true; false only where the brand's counsel decided no disclosure is owed. */
	disclosureRequired?: boolean;
	brief: string;
	creator: { doNotContact: boolean };
	/** BCP-47 tag of the creator's audience ('en', 'zh-Hant'); undefined accepts any known label. */
	audienceLanguage?: string;
	deliverables: ComplianceDeliverable[];
};

/** A fee makes it paid even when product is also sent; money is what a disclosure must admit. */
export function compensationOf(feeMinor: number | null, productGiven: string): Compensation {
	if (feeMinor !== null && feeMinor > 0) return 'paid';
	return productGiven.trim() ? 'gifted' : 'none';
}

/** Any open finding blocks "paid" until someone overrides it, warnings included (product rule). */
export const blocksPayment = (findings: readonly Finding[]) => findings.length > 0;

export type Fold = { chars: number; lines: number };

/**
 * How much of a caption shows before "more": the first `chars` characters or `lines` lines,
 * whichever ends first. These are our estimates of how the apps render today, not platform facts:
 * Instagram cuts near 125 characters; TikTok, YouTube (description under the video), Bilibili and
 * Pinterest show about two short lines; Douyin overlays two lines on the video; a Xiaohongshu
 * feed card shows only the title, so the body must open with the label or the title carry it;
 * Weibo folds at 140 characters behind 全文. Other channels (blog, email, store) use the default.
 */
export const DEFAULT_FOLD: Fold = { chars: 125, lines: 2 };
export const FOLDS: Partial<Record<ChannelKind, Fold>> = {
	instagram: { chars: 125, lines: 2 },
	facebook: { chars: 200, lines: 3 },
	tiktok: { chars: 100, lines: 2 },
	youtube: { chars: 100, lines: 2 },
	pinterest: { chars: 100, lines: 2 },
	bilibili: { chars: 100, lines: 2 },
	douyin: { chars: 50, lines: 2 },
	wechat: { chars: 60, lines: 2 },
	weibo: { chars: 140, lines: 6 },
	xiaohongshu: { chars: 20, lines: 1 }
};
export const foldOf = (platform: ChannelKind | null) =>
	(platform && FOLDS[platform]) || DEFAULT_FOLD;

/** Grapheme clusters: 广, 👍🏽 and a ZWJ family emoji are one character each, as readers count. */
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * The UTF-16 offset at which `fold` cuts `text` (text.length if all of it shows). Only a prefix is
 * segmented, since ICU copies the whole string; a cluster longer than 16 units (stacked marks)
 * may end the fold early, which only errs towards "hidden".
 */
export function foldEnd(text: string, fold: Fold): number {
	const prefix = text.slice(0, fold.chars * 16);
	let chars = 0;
	let lines = 1;
	for (const { segment, index } of graphemes.segment(prefix)) {
		if (chars === fold.chars) return index;
		if (segment.includes('\n') && ++lines > fold.lines) return index;
		chars++;
	}
	return prefix.length;
}

export type DisclosureOptions = { compensation?: 'paid' | 'gifted'; audienceLanguage?: string };
/** `label` is the matched text and `index` its UTF-16 offset, so `text.slice` can highlight it. */
export type Disclosure = { label: string; index: number; strength: Strength };

/** One capturing group per label; the group that matched names the label. */
const LABEL_SCAN = new RegExp(LABELS.map((l) => `(${l.pattern})`).join('|'), 'giu');
const ACCEPTS: Record<'paid' | 'gifted', Strength[]> = {
	paid: ['sponsored'],
	gifted: ['sponsored', 'gifted']
};
const primaryLanguage = (tag?: string) => tag?.trim().toLowerCase().split(/[-_]/)[0] || undefined;

/**
 * The first label in `text` that discloses `compensation` to an audience reading
 * `audienceLanguage`; without options, the first label of any kind. Negated labels never count.
 */
export function findDisclosure(text: string, opts: DisclosureOptions = {}): Disclosure | null {
	const lang = primaryLanguage(opts.audienceLanguage);
	for (const match of text.matchAll(LABEL_SCAN)) {
		const label = LABELS[match.findIndex((g, i) => i > 0 && g !== undefined) - 1];
		const { index } = match;
		const end = index + match[0].length;
		if (LABEL_NEGATED_BEFORE.test(text.slice(Math.max(0, index - 16), index))) continue;
		if (LABEL_NEGATED_AFTER.test(text.slice(end, end + 8))) continue;
		if (opts.compensation && !ACCEPTS[opts.compensation].includes(label.strength)) continue;
		if (lang && label.lang !== null && label.lang !== lang) continue;
		return { label: match[0], index, strength: label.strength };
	}
	return null;
}

type Hit = [ComplianceRule, string | null];

/**
 * An empty caption is not written yet, so nothing is published to disclose. When a label is found
 * that does not count (a gift label on a paid post, 广告 for an English audience), it is the
 * evidence, so the UI can say what to change.
 */
function disclosureHit(input: ComplianceInput, item: ComplianceDeliverable): Hit | null {
	const { compensation, audienceLanguage } = input;
	if (compensation === 'none' || input.disclosureRequired === false) return null;
	if (!item.caption.trim()) return null;
	const opts = { compensation, audienceLanguage };
	if (item.title && findDisclosure(item.title, opts)) return null;
	const found = findDisclosure(item.caption, opts);
	if (!found) {
		const weak = findDisclosure(item.title ?? '') ?? findDisclosure(item.caption);
		return ['missing-disclosure', weak?.label ?? null];
	}
	const shown = found.index + found.label.length <= foldEnd(item.caption, foldOf(item.platform));
	return shown ? null : ['disclosure-hidden', found.label];
}

/**
 * Exits and "paid" are closed: a creator often asks not to be contacted when declining, and that
 * row should not nag. A prospect has not been contacted yet: a warning before first contact.
 */
function creatorHit({ creator, stage }: ComplianceInput): Hit | null {
	if (!creator.doNotContact) return null;
	if (stage === 'prospect') return ['do-not-contact-prospect', null];
	return isOpen(stage) ? ['do-not-contact', null] : null;
}

/** Findings in a fixed order: the brief, then deliverables as given, then the creator. */
export function checkCompliance(input: ComplianceInput): Finding[] {
	const findings: Finding[] = [];
	const add = (where: Where, hits: (Hit | null)[]) => {
		for (const [rule, evidence] of hits.filter((hit) => hit !== null)) {
			findings.push({ rule, severity: RULE_SEVERITY[rule], where, evidence });
		}
	};
	add({ kind: 'brief' }, reviewHits(input.brief));
	for (const item of input.deliverables) {
		const text = [item.title, item.caption].filter(Boolean).join('\n');
		add({ kind: 'deliverable', id: item.id }, [disclosureHit(input, item), ...reviewHits(text)]);
	}
	add({ kind: 'creator' }, [creatorHit(input)]);
	return findings;
}
