import { numberFormat } from '$lib/i18n/intl';
import type { collabMetrics } from '$lib/domain/creator-metrics';
import { formatMoney } from '$lib/domain/money';
import { m } from '$lib/paraglide/messages';

export type Metrics = ReturnType<typeof collabMetrics>;
export type MetricKey = 'cost' | 'cpm' | 'cpe' | 'cpo' | 'roas';

type Metric = {
	key: MetricKey;
	label: () => string;
	formula: () => string;
	/** The value shown, or null with `missing` saying which result is needed. */
	value: (metrics: Metrics, currency: string, locale: string) => string | null;
	missing: (metrics: Metrics) => string;
};

const money = (minor: number | null, currency: string, locale: string) =>
	minor === null ? null : formatMoney(minor, currency, locale);

/** The five numbers a collaboration is judged by, each with the formula it is computed with. */
export const METRICS: Metric[] = [
	{
		key: 'cost',
		label: () => m.collab_metric_cost(),
		formula: () => m.collab_formula_cost(),
		value: (x, currency, locale) => money(x.cost, currency, locale),
		missing: () => ''
	},
	{
		key: 'cpm',
		label: () => m.collab_metric_cpm(),
		formula: () => m.collab_formula_cpm(),
		value: (x, currency, locale) => money(x.cpmMinor, currency, locale),
		missing: () => m.collab_missing_views()
	},
	{
		key: 'cpe',
		label: () => m.collab_metric_cpe(),
		formula: () => m.collab_formula_cpe(),
		value: (x, currency, locale) => money(x.cpeMinor, currency, locale),
		missing: () => m.collab_missing_engagements()
	},
	{
		key: 'cpo',
		label: () => m.collab_metric_cpo(),
		formula: () => m.collab_formula_cpo(),
		value: (x, currency, locale) => money(x.cpoMinor, currency, locale),
		missing: () => m.collab_missing_orders()
	},
	{
		key: 'roas',
		label: () => m.collab_metric_roas(),
		formula: () => m.collab_formula_roas(),
		value: (x, _currency, locale) =>
			x.roas === null
				? null
				: m.collab_roas_value({
						ratio: numberFormat(locale, { maximumFractionDigits: 2 }).format(x.roas)
					}),
		missing: (x) => (x.cost > 0 ? m.collab_missing_revenue() : m.collab_missing_cost())
	}
];
