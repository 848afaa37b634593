import { METRIC_INFO, type MetricKind } from '$lib/domain/metrics';
import { currencyDecimals } from '$lib/domain/money';
import { metricName } from '$lib/i18n/metrics';
import { m } from '$lib/paraglide/messages';
import type { GoalRefusal } from '$lib/server/services/audience/goals';

/** A refused goal value, in the user's words (the currency names the decimals it allows). */
export function refusalText(refusal: GoalRefusal, currency: string) {
	switch (refusal.reason) {
		case 'unknown-metric':
			return m.goal_error_metric();
		case 'target-format':
		case 'target-not-positive':
			return m.goal_error_target();
		case 'target-whole':
			return m.goal_error_target_whole();
		case 'target-too-large':
			return m.goal_error_target_large();
		case 'target-decimals':
			return m.goal_error_target_decimals({ currency, decimals: currencyDecimals(currency) });
	}
}

/** The brand's metrics as the goal form's choices, named in the request's language. */
export function metricOptions(
	metrics: (Parameters<typeof metricName>[0] & { id: string; kind: MetricKind })[]
) {
	return metrics.map((metric) => ({
		id: metric.id,
		name: metricName(metric),
		nature: METRIC_INFO[metric.kind].nature,
		money: METRIC_INFO[metric.kind].unit === 'money'
	}));
}
