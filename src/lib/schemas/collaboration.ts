import { z } from 'zod';
import { PAYMENT_STATUSES } from '$lib/domain/creators';
import { currencyDecimals, parseMoney } from '$lib/domain/money';
import { ALL_STAGES, OVERRIDE_REASON_MAX } from '$lib/domain/pipeline';
import { isDate } from '$lib/domain/zoned-time';
import { m } from '$lib/paraglide/messages';
import { dayBoundsError, dayInBounds } from './day';
import { isCurrencyCode } from './brand';
import {
	charCount,
	maxChars,
	normaliseLineBreaks,
	required,
	requiredText,
	text,
	tooLong
} from './fields';

// Messages are functions so they are read in the language of the request (or page) that validates.

export const BRIEF_MAX = 5000;
export const STEP_MAX = 200;

/** An optional id from one of the page's lists; '' = none. Membership is checked on the server. */
const choice = z.string().trim().max(40).default('');
const currency = z
	.string({ error: required })
	.trim()
	.toUpperCase()
	.refine(isCurrencyCode, { error: () => m.error_currency() });
/** As typed ("1,500.50"); read into minor units of the form's currency by `moneyOf`. */
const money = z
	.string()
	.trim()
	.max(24, { error: () => m.outreach_error_money() })
	.default('');
const optionalDay = z
	.string()
	.trim()
	.refine((v) => v === '' || isDate(v), { error: () => m.error_date() })
	.refine(dayInBounds, dayBoundsError)
	.default('');

function isWebUrl(value: string) {
	try {
		const url = new URL(value);
		return /^https?:$/.test(url.protocol) && url.hostname !== '';
	} catch {
		return false;
	}
}

/** The message for an amount `parseMoney` refuses in `code`, or null when it reads. */
export function moneyError(value: string, code: string) {
	const parsed = parseMoney(value, code);
	if (parsed.ok) return null;
	if (parsed.reason === 'too-large') return m.outreach_error_money_large();
	if (parsed.reason === 'format') return m.outreach_error_money();
	const decimals = currencyDecimals(code);
	return decimals === 0
		? m.outreach_error_money_whole({ currency: code })
		: m.outreach_error_money_decimals({ currency: code, decimals });
}

/** Minor units of an amount the schema has already checked ('' → null). */
export function moneyOf(value: string, code: string) {
	const parsed = parseMoney(value, code);
	return parsed.ok ? parsed.minor : null;
}

const checkMoney =
	(fields: readonly string[]) => (values: Record<string, unknown>, ctx: z.RefinementCtx) => {
		const code = String(values.currency ?? '');
		if (!isCurrencyCode(code)) return;
		for (const field of fields) {
			const message = moneyError(String(values[field] ?? ''), code);
			if (message) ctx.addIssue({ code: 'custom', path: [field], message });
		}
	};

export const startSchema = z
	.object({
		creatorId: z
			.string({ error: () => m.outreach_error_creator() })
			.trim()
			.min(1, { error: () => m.outreach_error_creator() })
			.max(40),
		campaignId: choice,
		ownerId: choice,
		currency,
		fee: money,
		productGiven: text(200),
		brief: text(BRIEF_MAX)
	})
	.superRefine(checkMoney(['fee']));
export type StartForm = z.infer<typeof startSchema>;

export const termsSchema = z
	.object({
		brief: text(BRIEF_MAX),
		currency,
		fee: money,
		productGiven: text(200),
		usageRights: text(500),
		disclosureRequired: z.boolean().default(false),
		promoCode: z
			.string()
			.trim()
			.refine(...maxChars(40))
			.refine((v) => !/\s/.test(v), { error: () => m.outreach_error_promo() })
			.default(''),
		linkUrl: z
			.string()
			.trim()
			.max(2000, tooLong(2000))
			.refine((v) => v === '' || isWebUrl(v), { error: () => m.error_url() })
			.default(''),
		paymentStatus: z
			.enum(PAYMENT_STATUSES, { error: () => m.item_error_choice() })
			.default('unpaid'),
		payment: money,
		paidOn: optionalDay,
		version: z.int().min(0).default(0)
	})
	.superRefine(checkMoney(['fee', 'payment']));
export type TermsForm = z.infer<typeof termsSchema>;

/** Who runs the collaboration and in which campaign; '' = none (checked on the server). */
export const assignSchema = z.object({
	campaignId: choice,
	ownerId: choice,
	version: z.int().min(0).default(0)
});
export type AssignForm = z.infer<typeof assignSchema>;

export const followUpSchema = z.object({
	nextStep: requiredText(STEP_MAX),
	followUpOn: z
		.string({ error: required })
		.trim()
		.min(1, { error: required })
		.refine(isDate, { error: () => m.error_date() })
		.refine(dayInBounds, dayBoundsError),
	version: z.int().min(0).default(0)
});
export type FollowUpForm = z.infer<typeof followUpSchema>;

const id = z.string().trim().min(1).max(64);
const flag = z
	.string()
	.optional()
	.transform((v) => Boolean(v));

/** A move from the board, the table's row or the overview; with an override for "paid". */
export const moveSchema = z.object({
	collaborationId: id,
	version: z.coerce.number().int().min(1),
	stage: z.enum(ALL_STAGES),
	// The "Override and mark as paid" button; its reason is required (checked by the action, so
	// a missing one is answered beside the findings instead of as a broken form).
	override: flag,
	reason: z
		.string()
		.optional()
		.transform((v) => normaliseLineBreaks(v ?? '').trim())
		.refine((v) => charCount(v) <= OVERRIDE_REASON_MAX),
	// Set by the enhanced form: the answer is then data for the status line, not a redirect.
	enhanced: flag
});

/** Undo of the last move: the stage and follow-up it had before. */
export const undoSchema = z.object({
	collaborationId: id,
	version: z.coerce.number().int().min(1),
	stage: z.enum(ALL_STAGES),
	nextStep: z
		.string()
		.max(STEP_MAX * 4)
		.default(''),
	followUpOn: z
		.string()
		.default('')
		.refine((v) => v === '' || (isDate(v) && dayInBounds(v)))
		.transform((v) => v || null),
	enhanced: flag
});

/** A checkbox of the table: "id:version", the version the row showed. */
const target = z
	.string()
	.regex(/^[a-z0-9_-]{1,64}:\d{1,9}$/i)
	.transform((v) => {
		const [collaborationId, version] = v.split(':');
		return { id: collaborationId, version: Number(version) };
	});

export const BULK_OPS = ['stage', 'owner', 'followUp'] as const;
export const bulkSchema = z.object({
	ids: z.array(target).min(1).max(200),
	op: z.enum(BULK_OPS),
	stage: z.enum(ALL_STAGES).optional(),
	ownerId: z.string().max(40).default(''),
	followUpOn: z.string().default('')
});
