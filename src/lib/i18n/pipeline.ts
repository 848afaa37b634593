import { COMPLIANCE_RULES, type ComplianceRule } from '$lib/domain/compliance';
import type { PaymentStatus } from '$lib/domain/creators';
import type { Stage } from '$lib/domain/pipeline';
import { m } from '$lib/paraglide/messages';

const STAGE_NAMES: Record<Stage, () => string> = {
	prospect: m.outreach_stage_prospect,
	contacted: m.outreach_stage_contacted,
	negotiating: m.outreach_stage_negotiating,
	agreed: m.outreach_stage_agreed,
	sample_shipped: m.outreach_stage_sample_shipped,
	content_live: m.outreach_stage_content_live,
	paid: m.outreach_stage_paid,
	declined: m.outreach_stage_declined,
	no_reply: m.outreach_stage_no_reply
};

/**
 * Where a name is read. The outreach pages say it in full; a campaign's creator list and the
 * creator directory use a shorter Chinese "已寄样", and the directory says "潜在合作" for a
 * prospect (a person, not a deal). English is the same everywhere.
 */
export type PipelineWording = 'outreach' | 'list' | 'directory';

const STAGE_WORDING: Record<PipelineWording, Partial<Record<Stage, () => string>>> = {
	outreach: {},
	list: { sample_shipped: m.collab_stage_sample_shipped },
	directory: { prospect: m.creator_stage_prospect, sample_shipped: m.collab_stage_sample_shipped }
};

/** A pipeline stage in the current language; an unknown value reads as a prospect. */
export function stageName(stage: Stage | string, wording: PipelineWording = 'outreach') {
	const known = Object.hasOwn(STAGE_NAMES, stage) ? (stage as Stage) : 'prospect';
	return (STAGE_WORDING[wording][known] ?? STAGE_NAMES[known])();
}

/** The follow-up steps `proposeFollowUp` names; anything else in next_step was typed by a person. */
const STEPS: Record<string, () => string> = {
	first_contact: m.outreach_step_first_contact,
	chase_reply: m.outreach_step_chase_reply,
	confirm_terms: m.outreach_step_confirm_terms,
	ship_sample: m.outreach_step_ship_sample,
	confirm_delivery: m.outreach_step_confirm_delivery,
	collect_results: m.outreach_step_collect_results
};

/** The directory's shorter names of three steps. */
const DIRECTORY_STEPS: Record<string, () => string> = {
	first_contact: m.creator_step_first_contact,
	chase_reply: m.creator_step_chase_reply,
	confirm_delivery: m.creator_step_confirm_delivery
};

/** A stored next step as people read it: a proposed step in their language, else the text. */
export function stepName(step: string, wording: PipelineWording = 'outreach') {
	if (wording === 'directory' && Object.hasOwn(DIRECTORY_STEPS, step))
		return DIRECTORY_STEPS[step]();
	return Object.hasOwn(STEPS, step) ? STEPS[step]() : step;
}

/**
 * What to store for a next step as typed: the key of a proposed step when the text is that step's
 * name in the current language (so it stays translated for everyone), else the text itself.
 */
export function stepKeyOf(text: string) {
	const typed = text.trim();
	return Object.keys(STEPS).find((key) => STEPS[key]() === typed) ?? typed;
}

const PAYMENT_NAMES: Record<PaymentStatus, () => string> = {
	unpaid: m.outreach_payment_unpaid,
	invoiced: m.outreach_payment_invoiced,
	paid: m.outreach_payment_paid
};
export const paymentName = (status: PaymentStatus | string) =>
	(PAYMENT_NAMES[status as PaymentStatus] ?? m.outreach_payment_unpaid)();

export const RULE_TEXT: Record<ComplianceRule, { title: () => string; fix: () => string }> = {
	'missing-disclosure': {
		title: m.outreach_rule_missing_disclosure_title,
		fix: m.outreach_rule_missing_disclosure_fix
	},
	'disclosure-hidden': {
		title: m.outreach_rule_disclosure_hidden_title,
		fix: m.outreach_rule_disclosure_hidden_fix
	},
	'review-incentive': {
		title: m.outreach_rule_review_incentive_title,
		fix: m.outreach_rule_review_incentive_fix
	},
	'review-request': {
		title: m.outreach_rule_review_request_title,
		fix: m.outreach_rule_review_request_fix
	},
	'do-not-contact': {
		title: m.outreach_rule_do_not_contact_title,
		fix: m.outreach_rule_do_not_contact_fix
	},
	'do-not-contact-prospect': {
		title: m.outreach_rule_do_not_contact_prospect_title,
		fix: m.outreach_rule_do_not_contact_prospect_fix
	}
};

const isRule = (rule: string): rule is ComplianceRule =>
	(COMPLIANCE_RULES as readonly string[]).includes(rule);

/** A rule's title in the current language; an unknown id (an old log entry) as it is. */
export const ruleTitle = (rule: string) => (isRule(rule) ? RULE_TEXT[rule].title() : rule);
