import { setError, type SuperValidated } from 'sveltekit-superforms';
import { METRIC_INFO, METRIC_VALUE_MAX } from '$lib/domain/metrics';
import { currencyDecimals, parseMoney } from '$lib/domain/money';
import { m } from '$lib/paraglide/messages';
import type { GoalForm } from '$lib/schemas/goal';
import { db } from '$lib/server/db';
import type { Brand } from '$lib/server/db/schema';
import type { GoalInput } from '$lib/server/queries/goals';
import { getMetric } from '$lib/server/queries/metrics';

/**
 * A valid form → what is stored, after the checks that need the brand: the metric is the
 * brand's, and the target is a whole count, or money read into the brand currency's minor units.
 */
export async function goalInput(
	form: SuperValidated<GoalForm>,
	brand: Brand
): Promise<GoalInput | null> {
	const data = form.data;
	const metric = await getMetric(db, brand.id, data.metricId);
	if (!metric) {
		setError(form, 'metricId', m.goal_error_metric());
		return null;
	}
	const target = readTarget(data.target, METRIC_INFO[metric.kind].unit, brand.currency);
	if (typeof target === 'string') {
		setError(form, 'target', target);
		return null;
	}
	return {
		metricId: metric.id,
		target,
		startDay: data.startDay,
		dueDay: data.dueDay,
		note: data.note
	};
}

/** The stored target, or the message for the target field. */
function readTarget(text: string, unit: 'count' | 'money', currency: string): number | string {
	if (unit === 'money') {
		const money = parseMoney(text, currency);
		if (money.ok) return money.minor && money.minor > 0 ? money.minor : m.goal_error_target();
		if (money.reason === 'too-large') return m.goal_error_target_large();
		if (money.reason === 'format') return m.goal_error_target();
		return m.goal_error_target_decimals({ currency, decimals: currencyDecimals(currency) });
	}
	const plain = text.replace(/[\s,]/g, '');
	if (!/^\d+$/.test(plain)) return m.goal_error_target_whole();
	const value = Number(plain);
	if (value > METRIC_VALUE_MAX) return m.goal_error_target_large();
	return value > 0 ? value : m.goal_error_target();
}
