/**
 * The weekly entry grid: its rows as stored, and a submitted grid read and written. Every cell is
 * checked first: one refused cell and nothing is written.
 */
import {
	cellInput,
	cellKey,
	parseCell,
	readCellKey,
	type CellProblem
} from '../../../domain/metric-entry';
import { METRIC_INFO } from '../../../domain/metrics';
import { today } from '../../../domain/zoned-time';
import type { Db } from '../../db/client';
import { listValues, saveEntry, valueKey, type EntryCell } from '../../queries/metric-values';
import { listMetrics } from '../../queries/metrics';

export type EntryScope = { brandId: string; currency: string; marketTimeZone: string };

/** The grid for a week: per metric, one cell per day with its key and its value as typed. */
export async function entryGrid(
	db: Db,
	scope: { brandId: string; currency: string },
	input: { days: string[] }
) {
	const { days } = input;
	const metrics = await listMetrics(db, scope.brandId);
	const values = days.length ? await listValues(db, scope.brandId, days[0], days.at(-1)!) : [];
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
				return { day, key, input: cellInput(v?.value ?? null, unit, scope.currency) };
			})
		};
	});
}

/** Someone else's value meanwhile, keyed `metricId|day`, as the grid would show it. */
export type EntryConflictView = { key: string; current: string | null };

export type EntrySave =
	| { ok: true; saved: number }
	| { ok: false; reason: 'invalid'; problems: Record<string, CellProblem> }
	| { ok: false; reason: 'conflict'; saved: number; conflicts: EntryConflictView[] };

/**
 * The submitted cells (`keys[i]` as drawn, `typed[i]` as typed). A key that is not one of the
 * brand's cells (another brand's metric, a day outside the accepted ones) was not drawn by us
 * and is ignored. A cell stored by someone else since the grid was drawn is not written.
 */
export async function saveWeek(
	db: Db,
	scope: EntryScope,
	input: { keys: string[]; typed: string[] }
): Promise<EntrySave> {
	const metrics = await listMetrics(db, scope.brandId);
	const units = new Map(metrics.map((metric) => [metric.id, METRIC_INFO[metric.kind].unit]));
	const day = today(scope.marketTimeZone);
	const cells: EntryCell[] = [];
	const problems: Record<string, CellProblem> = {};
	input.keys.forEach((text, i) => {
		const key = readCellKey(text, day);
		const unit = key && units.get(key.metricId);
		if (!key || !unit) return;
		const parsed = parseCell(input.typed[i] ?? '', unit, scope.currency);
		if (!parsed.ok) problems[text] = parsed.problem;
		else if (parsed.kind === 'value')
			cells.push({ ...key, change: { kind: 'value', value: parsed.value } });
		else if (parsed.kind === 'clear') cells.push({ ...key, change: { kind: 'clear' } });
	});
	if (Object.keys(problems).length) return { ok: false, reason: 'invalid', problems };
	const { saved, conflicts } = await saveEntry(db, scope.brandId, cells);
	if (!conflicts.length) return { ok: true, saved };
	return {
		ok: false,
		reason: 'conflict',
		saved,
		conflicts: conflicts.map((c) => ({
			key: `${c.metricId}|${c.day}`,
			current:
				c.current === null
					? null
					: cellInput(c.current, units.get(c.metricId) ?? 'count', scope.currency)
		}))
	};
}
