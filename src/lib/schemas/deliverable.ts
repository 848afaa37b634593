import { z } from 'zod';
import { CREATOR_PLATFORMS, DELIVERABLE_KINDS } from '$lib/domain/creators';
import { currencyDecimals, moneyInput } from '$lib/domain/money';
import { isDate, isTime } from '$lib/domain/zoned-time';
import { m } from '$lib/paraglide/messages';
import { dayBoundsError, dayInBounds } from './day';
import { ITEM_CAPTION_MAX, ITEM_URL_MAX, RESULT_MAX } from './item';
import { maxChars, required, tooLong } from './fields';

// Messages are functions so they are read in the language of the request (or page) that validates.

export const DELIVERABLE_COUNT_MAX = 100;

/** Digits, optionally grouped with commas ("12,300"). */
const WHOLE = /^(\d+|\d{1,3}(,\d{3})+)$/;
export const wholeOf = (text: string) => (text === '' ? null : Number(text.replaceAll(',', '')));

/**
 * A whole number as typed, kept as text: superforms' own number parsing reads "12,300" as 12
 * and "1.5" as 1, silently. '' = not entered (or `min` when required).
 */
export function wholeField(opts: { min: number; max: number; message: () => string }) {
	return z
		.string()
		.trim()
		.refine((v) => v === '' || WHOLE.test(v), { error: opts.message })
		.refine((v) => v === '' || (wholeOf(v)! >= opts.min && wholeOf(v)! <= opts.max), {
			error: opts.message
		})
		.default('');
}

/**
 * An amount as typed ("1,500.50"); read into minor units of the collaboration's currency on the
 * server (`parseMoney`), which knows how many decimals that currency has. '' = not entered.
 */
export const moneyField = () =>
	z
		.string()
		.trim()
		.max(24, { error: () => m.collab_error_money() })
		.refine((v) => v === '' || /^\d[\d,\s]*(\.\d*)?$/.test(v), {
			error: () => m.collab_error_money()
		})
		.default('');

/** What to say when `parseMoney` refuses an amount in `currency`. */
export function moneyError(reason: 'format' | 'decimals' | 'too-large', currency: string) {
	if (reason === 'too-large') return m.collab_error_money_large();
	if (reason === 'format') return m.collab_error_money();
	const decimals = currencyDecimals(currency);
	return decimals === 0
		? m.collab_error_money_whole({ currency })
		: m.collab_error_money_decimals({ currency, decimals });
}

/** A calendar day (market day) or '' for none. */
export const optionalDay = () =>
	z
		.string()
		.trim()
		.refine((v) => v === '' || isDate(v), { error: () => m.error_date() })
		.refine(dayInBounds, dayBoundsError)
		.default('');

function isHttps(value: string) {
	try {
		const url = new URL(value);
		return url.protocol === 'https:' && url.hostname !== '';
	} catch {
		return false;
	}
}

/** The terms of one deliverable. */
export const deliverableSchema = z.object({
	kind: z.enum(DELIVERABLE_KINDS, { error: () => m.item_error_choice() }).default('short_video'),
	platform: z.enum(CREATOR_PLATFORMS, { error: () => m.item_error_choice() }).default('tiktok'),
	count: z
		.string({ error: required })
		.trim()
		.min(1, { error: required })
		.refine((v) => /^\d{1,3}$/.test(v) && +v >= 1 && +v <= DELIVERABLE_COUNT_MAX, {
			error: () => m.collab_error_count({ max: DELIVERABLE_COUNT_MAX })
		})
		.default('1'),
	dueOn: optionalDay(),
	caption: z
		.string()
		.trim()
		.refine(...maxChars(ITEM_CAPTION_MAX))
		.default(''),
	publishedUrl: z
		.string()
		.trim()
		.max(ITEM_URL_MAX, tooLong(ITEM_URL_MAX))
		.refine((v) => v === '' || isHttps(v), { error: () => m.item_error_https() })
		.default(''),
	// The version the form was loaded with; 0 for a deliverable not saved yet.
	version: z.int().min(0).default(0)
});
export type DeliverableForm = z.infer<typeof deliverableSchema>;

export const DELIVERABLE_RESULT_FIELDS = ['views', 'engagements', 'clicks', 'orders'] as const;
export type DeliverableResults = {
	views: number | null;
	engagements: number | null;
	clicks: number | null;
	orders: number | null;
	revenueMinor: number | null;
};

const count = wholeField({ min: 0, max: RESULT_MAX, message: () => m.item_results_error_whole() });

/**
 * A deliverable's results. `expectedResults` carries the stored results the form was loaded with (see
 * `deliverableExpected`): the save only lands if nobody changed them meanwhile. Results and terms
 * are checked apart, so saving one never makes the other form on the page stale.
 */
export const deliverableResultsSchema = z.object({
	views: count,
	engagements: count,
	clicks: count,
	orders: count,
	revenue: moneyField(),
	expectedResults: z.string().max(200).default('')
});
export type DeliverableResultsForm = z.infer<typeof deliverableResultsSchema>;

const RESULT_KEYS = [...DELIVERABLE_RESULT_FIELDS, 'revenueMinor'] as const;

/** Stored results as one comparable string, e.g. "12000,340,,2,5000": the form's `expectedResults`. */
export function deliverableExpected(results: DeliverableResults) {
	return RESULT_KEYS.map((key) => results[key] ?? '').join(',');
}

/** `expectedResults` back to results; null when it is not what `deliverableExpected` writes. */
export function parseDeliverableExpected(text: string): DeliverableResults | null {
	const parts = text.split(',');
	if (parts.length !== RESULT_KEYS.length || !parts.every((p) => /^\d{0,15}$/.test(p))) {
		return null;
	}
	return Object.fromEntries(
		RESULT_KEYS.map((key, i) => [key, parts[i] === '' ? null : Number(parts[i])])
	) as DeliverableResults;
}

export function deliverableResultsValues(
	results: DeliverableResults,
	currency: string
): DeliverableResultsForm {
	return {
		views: results.views?.toString() ?? '',
		engagements: results.engagements?.toString() ?? '',
		clicks: results.clicks?.toString() ?? '',
		orders: results.orders?.toString() ?? '',
		revenue: moneyInput(results.revenueMinor, currency),
		expectedResults: deliverableExpected(results)
	};
}

/** Putting a deliverable on the brand's calendar: which channel, and the wall date and time there. */
export const toCalendarSchema = z.object({
	channelId: z.string({ error: required }).trim().min(1, { error: required }).max(40),
	date: z
		.string({ error: required })
		.trim()
		.min(1, { error: required })
		.refine(isDate, { error: () => m.error_date() })
		.refine(dayInBounds, dayBoundsError),
	time: z
		.string()
		.trim()
		// Browsers may send seconds ("12:00:00"); the minute is what the user chose.
		.transform((v) => (/^\d{2}:\d{2}:\d{2}$/.test(v) ? v.slice(0, 5) : v))
		.refine(isTime, { error: () => m.item_error_time() })
		.default('12:00')
});
export type ToCalendarForm = z.infer<typeof toCalendarSchema>;
