import { describe, expect, it } from 'vitest';
import { compareRows, type SortableRow } from './pipeline-table';

const row = (
	id: string,
	over: Partial<SortableRow> & { cpo?: number | null } = {}
): SortableRow => ({
	id,
	creatorName: over.creatorName ?? id,
	stage: over.stage ?? 'prospect',
	followUpOn: over.followUpOn ?? null,
	currency: over.currency ?? 'USD',
	feeMinor: over.feeMinor ?? null,
	metrics: { cost: 0, cpmMinor: null, cpeMinor: null, cpoMinor: over.cpo ?? null, roas: null }
});
const order = (rows: SortableRow[], ...args: Parameters<typeof compareRows>) =>
	[...rows].sort(compareRows(...args)).map((r) => r.id);

describe('compareRows', () => {
	it('puts missing values last in both directions', () => {
		const rows = [row('a', { cpo: null }), row('b', { cpo: 300 }), row('c', { cpo: 100 })];
		expect(order(rows, 'cpo', 'asc', 'USD')).toEqual(['c', 'b', 'a']);
		expect(order(rows, 'cpo', 'desc', 'USD')).toEqual(['b', 'c', 'a']);
	});

	it("sorts money within its currency, the brand's first", () => {
		const rows = [
			row('yen', { currency: 'JPY', feeMinor: 5 }),
			row('eur', { currency: 'EUR', feeMinor: 1 }),
			row('usd', { feeMinor: 900 })
		];
		expect(order(rows, 'fee', 'asc', 'USD')).toEqual(['usd', 'eur', 'yen']);
		expect(order(rows, 'fee', 'asc', 'JPY')).toEqual(['yen', 'eur', 'usd']);
	});

	it('sorts stages in pipeline order and breaks ties by name, then id', () => {
		const rows = [
			row('x', { stage: 'declined', creatorName: 'Ana' }),
			row('y', { stage: 'agreed', creatorName: 'Bo' }),
			row('w', { stage: 'agreed', creatorName: 'ana' }),
			row('v', { stage: 'prospect', creatorName: 'Zed' })
		];
		expect(order(rows, 'stage', 'asc', 'USD')).toEqual(['v', 'w', 'y', 'x']);
		expect(order(rows, 'creator', 'asc', 'USD')).toEqual(['w', 'x', 'y', 'v']);
	});
});
