import { z } from 'zod';
import { METRIC_INFO, type MetricKind } from '$lib/domain/metrics';
import { moneyInput } from '$lib/domain/money';
import { isDate } from '$lib/domain/zoned-time';
import { m } from '$lib/paraglide/messages';
import { dayBoundsError, dayInBounds } from './day';
import { maxChars, required } from './fields';

// Messages are functions so they are read in the language of the request (or page) that validates.

export const GOAL_NOTE_MAX = 500;

const day = z
	.string({ error: required })
	.trim()
	.min(1, { error: required })
	.refine(isDate, { error: () => m.error_date() })
	.refine(dayInBounds, dayBoundsError);

/** "5000", "5,000", "1500.50": a positive amount as typed; its unit is checked on the server. */
const positiveAmount = (v: string) =>
	/^\d[\d,\s]*(\.\d*)?$/.test(v) && Number(v.replace(/[\s,]/g, '')) > 0;

export const goalSchema = z
	.object({
		metricId: z
			.string({ error: () => m.goal_error_metric() })
			.trim()
			.min(1, {
				error: () => m.goal_error_metric()
			}),
		// As typed; read as a whole count, or into the brand currency's minor units for money.
		target: z
			.string({ error: required })
			.trim()
			.min(1, { error: required })
			.max(24, { error: () => m.goal_error_target() })
			.refine(positiveAmount, { error: () => m.goal_error_target() }),
		// Calendar days in the brand's market zone.
		startDay: day,
		dueDay: day,
		note: z
			.string()
			.trim()
			.refine(...maxChars(GOAL_NOTE_MAX))
			.default(''),
		version: z.int().min(0).default(0)
	})
	.superRefine((v, ctx) => {
		if (isDate(v.startDay) && isDate(v.dueDay) && v.dueDay <= v.startDay) {
			ctx.addIssue({ code: 'custom', path: ['dueDay'], message: m.goal_error_due_before_start() });
		}
	});

export type GoalForm = z.infer<typeof goalSchema>;

/** The target as a form shows it: money back in major units of the brand currency. */
export function targetInput(target: number, kind: MetricKind, currency: string) {
	return METRIC_INFO[kind].unit === 'money' ? moneyInput(target, currency) : String(target);
}
