import { z } from 'zod';
import { FORMATS, STATUSES } from '$lib/domain/content';
import { RESULT_FIELDS, type ResultField, type Results } from '$lib/domain/results';
import { isDate, isTime } from '$lib/domain/zoned-time';
import { m } from '$lib/paraglide/messages';
import { dayBoundsError, dayInBounds } from './day';
import { requiredText, text, tooLong } from './fields';

// Messages are functions so they are read in the language of the request (or page) that validates.

export const ITEM_TITLE_MAX = 200;
export const ITEM_BRIEF_MAX = 5000;
export const ITEM_CAPTION_MAX = 10000;
export const ITEM_URL_MAX = 2000;

/** An optional id from one of the page's lists; '' = none. Membership is checked on the server. */
const choice = z.string().trim().max(40).default('');

function isWebUrl(value: string, protocols: RegExp) {
	try {
		const url = new URL(value);
		return protocols.test(url.protocol) && url.hostname !== '';
	} catch {
		return false;
	}
}
const url = (protocols: RegExp, message: () => string) =>
	z
		.string()
		.trim()
		.max(ITEM_URL_MAX, tooLong(ITEM_URL_MAX))
		.refine((v) => v === '' || isWebUrl(v, protocols), { error: message })
		.default('');

export const itemSchema = z
	.object({
		channelId: choice,
		format: z.enum(FORMATS, { error: () => m.item_error_choice() }).default('other'),
		title: requiredText(ITEM_TITLE_MAX),
		brief: text(ITEM_BRIEF_MAX),
		caption: text(ITEM_CAPTION_MAX),
		pillarId: choice,
		personaId: choice,
		campaignId: choice,
		ownerId: choice,
		status: z.enum(STATUSES, { error: () => m.item_error_choice() }).default('idea'),
		// Wall date and time in the channel's zone (the brand's market zone without a channel).
		scheduledDate: z
			.string()
			.trim()
			.refine((v) => v === '' || isDate(v), { error: () => m.error_date() })
			.refine(dayInBounds, dayBoundsError)
			.default(''),
		scheduledTime: z
			.string()
			.trim()
			// Browsers may send seconds ("09:00:00"); the minute is what the user chose.
			.transform((v) => (/^\d{2}:\d{2}:\d{2}$/.test(v) ? v.slice(0, 5) : v))
			.refine((v) => v === '' || isTime(v), { error: () => m.item_error_time() })
			.default(''),
		linkUrl: url(/^https?:$/, () => m.item_error_url()),
		publishedUrl: url(/^https:$/, () => m.item_error_https()),
		// The version the form was loaded with; 0 for an item not saved yet.
		version: z.int().min(0).default(0)
	})
	.superRefine((v, ctx) => {
		// A date without a time (or the reverse) is a half-entered schedule, not an idea.
		if (v.scheduledDate && !v.scheduledTime) {
			ctx.addIssue({ code: 'custom', path: ['scheduledTime'], message: m.item_error_need_time() });
		}
		if (v.scheduledTime && !v.scheduledDate) {
			ctx.addIssue({ code: 'custom', path: ['scheduledDate'], message: m.item_error_need_date() });
		}
		if (!v.channelId && v.status !== 'idea') {
			const message = m.item_error_channel_required();
			ctx.addIssue({ code: 'custom', path: ['channelId'], message });
		}
	});

export type ItemForm = z.infer<typeof itemSchema>;

type StoredItem = {
	[K in Exclude<keyof ItemForm, 'scheduledDate' | 'scheduledTime'>]: ItemForm[K] | null;
} & { scheduledDate: string | null; scheduledTime: string | null };

/** The form's values for a stored item (nulls become empty fields). */
export function itemFormValues(item: StoredItem): ItemForm {
	return {
		channelId: item.channelId ?? '',
		format: item.format ?? 'other',
		title: item.title ?? '',
		brief: item.brief ?? '',
		caption: item.caption ?? '',
		pillarId: item.pillarId ?? '',
		personaId: item.personaId ?? '',
		campaignId: item.campaignId ?? '',
		ownerId: item.ownerId ?? '',
		status: item.status ?? 'idea',
		scheduledDate: item.scheduledDate ?? '',
		scheduledTime: item.scheduledTime ?? '',
		linkUrl: item.linkUrl ?? '',
		publishedUrl: item.publishedUrl ?? '',
		version: item.version ?? 0
	};
}

/** Largest count we accept for one result: more views than people, but a safe integer. */
export const RESULT_MAX = 1_000_000_000_000;

/** A count as typed: digits, optionally grouped with commas ("12,345"); '' = not entered. */
const count = z
	.string()
	.trim()
	.refine((v) => v === '' || /^(\d+|\d{1,3}(,\d{3})+)$/.test(v), {
		error: () => m.item_results_error_whole()
	})
	.refine((v) => v === '' || Number(v.replaceAll(',', '')) <= RESULT_MAX, {
		error: () => m.item_results_error_whole()
	})
	.default('');

/**
 * Results of a published item. `expected` carries the stored values the form was loaded with
 * (see `resultsExpected`): the save only lands if nobody changed them meanwhile.
 */
export const resultsSchema = z.object({
	...(Object.fromEntries(RESULT_FIELDS.map((f) => [f, count])) as Record<
		ResultField,
		typeof count
	>),
	expected: z.string().max(400).default('')
});

export type ResultsForm = z.infer<typeof resultsSchema>;

const countOf = (v: string) => (v === '' ? null : Number(v.replaceAll(',', '')));

/** The counts to store from a valid form. */
export function resultsInput(form: ResultsForm): Results {
	return Object.fromEntries(RESULT_FIELDS.map((f) => [f, countOf(form[f])])) as Results;
}

/** Stored results as one comparable string, e.g. "1200,40,,3,,,": the form's `expected`. */
export function resultsExpected(results: Results) {
	return RESULT_FIELDS.map((f) => results[f] ?? '').join(',');
}

/** `expected` back to results; null when it is not what `resultsExpected` writes. */
export function parseExpected(text: string): Results | null {
	const parts = text.split(',');
	if (parts.length !== RESULT_FIELDS.length || !parts.every((p) => /^\d{0,13}$/.test(p))) {
		return null;
	}
	return Object.fromEntries(RESULT_FIELDS.map((f, i) => [f, countOf(parts[i])])) as Results;
}

/** The form's values for stored results. */
export function resultsFormValues(results: Results): ResultsForm {
	return {
		...(Object.fromEntries(RESULT_FIELDS.map((f) => [f, results[f]?.toString() ?? ''])) as Record<
			ResultField,
			string
		>),
		expected: resultsExpected(results)
	};
}
