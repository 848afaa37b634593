import { z } from 'zod';
import {
	expandRule,
	FREQUENCIES,
	MAX_INTERVAL,
	MAX_OCCURRENCES,
	MAX_YEARS,
	type Rule,
	type RuleProblem
} from '$lib/domain/recurrence';
import { isDate } from '$lib/domain/zoned-time';
import { dayRangeError } from '$lib/i18n/date-messages';
import { m } from '$lib/paraglide/messages';
import { dayInBounds } from './day';
import { itemSchema } from './item';

export const REPEAT_CHOICES = ['none', ...FREQUENCIES] as const;
export const REPEAT_ENDS = ['count', 'until'] as const;
export const SERIES_SCOPES = ['one', 'series'] as const;

/**
 * The "Repeat" fieldset of the new-item form. Types are loose on purpose (a number field may be
 * empty): the rule is judged as a whole in `checkRepeat`, and only when the item repeats, so a
 * hidden field of a non-repeating item can never block a save.
 */
export const repeatFields = {
	repeat: z.enum(REPEAT_CHOICES, { error: () => m.item_error_choice() }).default('none'),
	repeatInterval: z
		.number({ error: () => m.series_error_interval({ max: MAX_INTERVAL }) })
		.nullable()
		.default(1),
	repeatWeekdays: z
		.array(
			z
				.int({ error: () => m.series_error_no_weekday() })
				.min(1)
				.max(7)
		)
		.max(7)
		.default([]),
	repeatEnds: z.enum(REPEAT_ENDS, { error: () => m.item_error_choice() }).default('count'),
	repeatCount: z
		.number({ error: () => m.series_error_count({ max: MAX_OCCURRENCES }) })
		.nullable()
		.default(6),
	repeatUntil: z
		.string()
		.trim()
		.max(10, { error: () => m.error_date() })
		.default('')
};

type RepeatValues = {
	[K in keyof typeof repeatFields]: z.infer<(typeof repeatFields)[K]>;
} & { scheduledDate: string };

/** The rule a form describes (null when the item does not repeat). Values are not checked here. */
export function ruleOf(v: RepeatValues): Rule | null {
	if (v.repeat === 'none') return null;
	return {
		frequency: v.repeat,
		interval: v.repeatInterval ?? 0,
		weekdays: v.repeat === 'weekly' ? v.repeatWeekdays : [],
		startDate: v.scheduledDate,
		until: v.repeatEnds === 'until' ? v.repeatUntil : null,
		count: v.repeatEnds === 'count' ? (v.repeatCount ?? 0) : null
	};
}

// Which field a refused rule is the fault of, and what to tell the user.
const PROBLEMS: Record<RuleProblem, [keyof RepeatValues, () => string]> = {
	'bad-start': ['scheduledDate', () => m.error_date()],
	'bad-interval': ['repeatInterval', () => m.series_error_interval({ max: MAX_INTERVAL })],
	'no-weekday': ['repeatWeekdays', () => m.series_error_no_weekday()],
	'no-end': ['repeatEnds', () => m.item_error_choice()],
	'bad-count': ['repeatCount', () => m.series_error_count({ max: MAX_OCCURRENCES })],
	'until-before-start': ['repeatUntil', () => m.series_error_until_before({ date: '' })],
	'too-many': ['repeatCount', () => m.series_error_too_many({ max: MAX_OCCURRENCES })],
	'too-long': ['repeatCount', () => m.series_error_too_long({ years: MAX_YEARS })],
	empty: ['repeatUntil', () => m.series_error_empty()]
};

/** Field-level checks of a repeating item; adds nothing when the item does not repeat. */
export function checkRepeat(v: RepeatValues, ctx: z.RefinementCtx) {
	const rule = ruleOf(v);
	if (!rule) return;
	const issue = (path: keyof RepeatValues, message: string) =>
		ctx.addIssue({ code: 'custom', path: [path], message });
	if (!v.scheduledDate) return issue('repeat', m.series_error_need_date());
	if (v.repeatEnds === 'until') {
		if (!v.repeatUntil) return issue('repeatUntil', m.series_error_until_required());
		if (!isDate(v.repeatUntil)) return issue('repeatUntil', m.error_date());
		if (!dayInBounds(v.repeatUntil)) return issue('repeatUntil', dayRangeError());
		if (v.repeatUntil < v.scheduledDate) {
			return issue('repeatUntil', m.series_error_until_before({ date: v.scheduledDate }));
		}
	}
	const result = expandRule(rule);
	if (result.ok) return;
	const [field, message] = PROBLEMS[result.problem];
	// A date range that is too long is the last date's fault, not the count's.
	issue(field === 'repeatCount' && v.repeatEnds === 'until' ? 'repeatUntil' : field, message());
}

/** The new-item form: the item's fields and the repeat fieldset, checked together. */
export const newItemSchema = itemSchema.safeExtend(repeatFields).superRefine(checkRepeat);
export type NewItemForm = z.infer<typeof newItemSchema>;

/**
 * An occurrence's edit form: the item's fields, whether to apply them to the whole series, and
 * the series' stamp as the page saw it (refused when the series changed since).
 */
export const itemEditSchema = itemSchema.safeExtend({
	seriesScope: z.enum(SERIES_SCOPES, { error: () => m.item_error_choice() }).default('one'),
	seriesStamp: z
		.string()
		.max(100, { error: () => m.item_error_choice() })
		.default('')
});
export type ItemEditForm = z.infer<typeof itemEditSchema>;

/** The delete form of an occurrence. */
export const deleteScopeSchema = z.object({
	seriesScope: z.enum(SERIES_SCOPES).catch('one').default('one')
});
