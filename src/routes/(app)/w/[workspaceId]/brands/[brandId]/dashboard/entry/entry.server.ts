/**
 * The weekly grid's rows and the reading of a submitted grid, with every problem said in the
 * user's language. The writes are `saveEntry`'s.
 */
import { METRIC_INFO, METRIC_VALUE_MAX } from '$lib/domain/metrics';
import {
	cellInput,
	cellKey,
	parseCell,
	readCellKey,
	type CellProblem
} from '$lib/domain/metric-entry';
import { formatNumber } from '$lib/i18n/format';
import { m } from '$lib/paraglide/messages';
import type { EntryCell, StoredValue } from '$lib/server/queries/metric-values';
import { valueKey } from '$lib/server/queries/metric-values';
import type { BrandMetric } from '$lib/server/queries/metrics';

export function gridRows(
	metrics: BrandMetric[],
	days: string[],
	values: StoredValue[],
	currency: string
) {
	const stored = new Map(values.map((v) => [valueKey(v.metricId, v.day), v]));
	return metrics.map((metric) => {
		const { nature, unit } = METRIC_INFO[metric.kind];
		return {
			metric,
			nature,
			cells: days.map((day) => {
				const v = stored.get(valueKey(metric.id, day));
				const key = cellKey({
					metricId: metric.id,
					day,
					shown: v?.value ?? null,
					seen: v?.updatedAt ?? null
				});
				return { day, key, input: cellInput(v?.value ?? null, unit, currency) };
			})
		};
	});
}

function problemText(problem: CellProblem, currency: string, locale: string) {
	switch (problem) {
		case 'number':
			return m.entry_problem_number();
		case 'negative':
			return m.entry_problem_negative();
		case 'whole':
			return m.entry_problem_whole();
		case 'decimals':
			return m.entry_problem_decimals({ currency });
		case 'too_large':
			return m.entry_problem_too_large({ max: formatNumber(METRIC_VALUE_MAX, locale) });
	}
}

/** The submitted cells: what to write, and per cell key the problem of any that is refused. */
export function readGrid(
	keys: string[],
	typed: string[],
	metrics: BrandMetric[],
	currency: string,
	locale: string,
	/** The market's day: a key for a day outside the accepted ones is not one we drew. */
	today: string
) {
	const units = new Map(metrics.map((metric) => [metric.id, METRIC_INFO[metric.kind].unit]));
	const cells: EntryCell[] = [];
	const problems: Record<string, string> = {};
	keys.forEach((text, i) => {
		const key = readCellKey(text, today);
		const unit = key && units.get(key.metricId);
		// A key that is not one of this brand's cells was not drawn by us: nothing to write.
		if (!key || !unit) return;
		const parsed = parseCell(typed[i] ?? '', unit, currency);
		if (!parsed.ok) problems[text] = problemText(parsed.problem, currency, locale);
		else if (parsed.kind === 'value')
			cells.push({ ...key, change: { kind: 'value', value: parsed.value } });
		else if (parsed.kind === 'clear') cells.push({ ...key, change: { kind: 'clear' } });
	});
	return { cells, problems };
}

/** Per cell key, what someone else stored meanwhile. */
export function conflictTexts(
	conflicts: { metricId: string; day: string; current: number | null }[],
	metrics: BrandMetric[],
	currency: string
) {
	const units = new Map(metrics.map((metric) => [metric.id, METRIC_INFO[metric.kind].unit]));
	return Object.fromEntries(
		conflicts.map((c) => [
			`${c.metricId}|${c.day}`,
			c.current === null
				? m.entry_conflict_cleared()
				: m.entry_conflict_cell({
						current: cellInput(c.current, units.get(c.metricId) ?? 'count', currency)
					})
		])
	);
}
