/**
 * How the collaboration table sorts (issue 5). Pure: rows carry their metrics already computed by
 * collabMetrics. Missing values sort last in both directions; money sorts within its currency (the
 * brand's first, then by code) because we hold no exchange rates; ties fall back to the creator's
 * name and then the id, so the order is total and pages never overlap.
 */
import { EXITS, STAGES, type Stage } from './pipeline';

export const TABLE_SORTS = [
	'creator',
	'stage',
	'followUp',
	'fee',
	'cost',
	'cpm',
	'cpe',
	'cpo',
	'roas'
] as const;
export type TableSort = (typeof TABLE_SORTS)[number];

export type SortableRow = {
	id: string;
	creatorName: string;
	stage: Stage;
	followUpOn: string | null;
	currency: string;
	feeMinor: number | null;
	metrics: {
		cost: number;
		cpmMinor: number | null;
		cpeMinor: number | null;
		cpoMinor: number | null;
		roas: number | null;
	};
};

const STAGE_ORDER: readonly Stage[] = [...STAGES, ...EXITS];
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
type Key = { value: string | number | null; currency?: string };

function keyOf(row: SortableRow, sort: TableSort): Key {
	const money = (value: number | null) => ({ value, currency: row.currency });
	switch (sort) {
		case 'creator':
			return { value: row.creatorName };
		case 'stage':
			return { value: STAGE_ORDER.indexOf(row.stage) };
		case 'followUp':
			return { value: row.followUpOn };
		case 'fee':
			return money(row.feeMinor);
		case 'cost':
			return money(row.metrics.cost);
		case 'cpm':
			return money(row.metrics.cpmMinor);
		case 'cpe':
			return money(row.metrics.cpeMinor);
		case 'cpo':
			return money(row.metrics.cpoMinor);
		case 'roas':
			return { value: row.metrics.roas };
	}
}

/** A comparator for Array.prototype.sort. */
export function compareRows(sort: TableSort, dir: 'asc' | 'desc', brandCurrency: string) {
	const sign = dir === 'desc' ? -1 : 1;
	// '' sorts before any code: the brand's own currency comes first.
	const rank = (code?: string) => (code === undefined || code === brandCurrency ? '' : code);
	return (a: SortableRow, b: SortableRow) => {
		const [x, y] = [keyOf(a, sort), keyOf(b, sort)];
		if (x.value === null || y.value === null) {
			if (x.value !== y.value) return x.value === null ? 1 : -1;
		} else {
			const byCurrency = rank(x.currency).localeCompare(rank(y.currency));
			if (byCurrency) return byCurrency;
			const order =
				typeof x.value === 'string'
					? collator.compare(x.value, String(y.value))
					: x.value - (y.value as number);
			if (order) return sign * order;
		}
		return (
			collator.compare(a.creatorName, b.creatorName) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
		);
	};
}
