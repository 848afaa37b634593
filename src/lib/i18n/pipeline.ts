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

/** A pipeline stage in the current language. */
export const stageName = (stage: Stage | string) =>
	(STAGE_NAMES[stage as Stage] ?? m.outreach_stage_prospect)();

/** The follow-up steps `proposeFollowUp` names; anything else in next_step was typed by a person. */
const STEPS: Record<string, () => string> = {
	first_contact: m.outreach_step_first_contact,
	chase_reply: m.outreach_step_chase_reply,
	confirm_terms: m.outreach_step_confirm_terms,
	ship_sample: m.outreach_step_ship_sample,
	confirm_delivery: m.outreach_step_confirm_delivery,
	collect_results: m.outreach_step_collect_results
};

/** A stored next step as people read it: a proposed step in their language, else the text. */
export const stepName = (step: string) => (Object.hasOwn(STEPS, step) ? STEPS[step]() : step);

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
