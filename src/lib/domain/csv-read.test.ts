import { describe, expect, it } from 'vitest';
import {
	capCells,
	CSV_CELL_MAX,
	CSV_MAX_ROWS,
	isWebUrl,
	longCells,
	readCells,
	readTable
} from './csv-read';
import { HOSTILE_CELLS } from './testing/hostile-cells';

// Decoding and delimiters are proven through both imports (item-import.test.ts, creator-csv.test.ts);
// these are the generic parts each import builds on.
const names = { a: ['a', 'alpha', '甲'], b: ['b', 'beta'], id: ['id'] };

describe('readTable', () => {
	it('maps headers by any spelling, lists unknown, repeated and unread ones', () => {
		const table = readTable('\uFEFFAlpha,x,甲,id,BETA\n1,2,3,4,5', names, {
			required: 'a',
			unread: ['id']
		});
		expect(table).toEqual({
			ok: true,
			columns: [
				{ field: 'a', header: 'Alpha', index: 0 },
				{ field: 'b', header: 'BETA', index: 4 }
			],
			ignored: ['x', '甲', 'id'],
			rows: [{ row: 2, cells: ['1', '2', '3', '4', '5'], cut: [] }]
		});
	});

	it('names the missing required column, an empty file and too many rows', () => {
		expect(readTable('beta,gamma\n1,2', names, { required: 'a' })).toEqual({
			ok: false,
			problem: { code: 'no_column', headers: ['beta', 'gamma'] }
		});
		expect(readTable('a\n\n', names, { required: 'a' })).toEqual({
			ok: false,
			problem: { code: 'empty' }
		});
		expect(readTable(`a\n${'x\n'.repeat(CSV_MAX_ROWS + 1)}`, names, { required: 'a' })).toEqual({
			ok: false,
			problem: { code: 'too_many_rows', limit: CSV_MAX_ROWS, rows: CSV_MAX_ROWS + 1 }
		});
	});
});

describe('cells', () => {
	it('trims cells, removes our formula guard and keeps the header each came from', () => {
		const columns = [
			{ field: 'a' as const, header: 'Alpha', index: 0 },
			{ field: 'b' as const, header: 'beta', index: 2 }
		];
		expect(readCells({ cells: [" '=SUM(1) ", 'skip'], cut: [] }, columns)).toEqual({
			values: { a: '=SUM(1)', b: '' },
			headers: { a: 'Alpha', b: 'beta' },
			long: []
		});
	});

	it('accepts web links of the named protocols only', () => {
		expect(isWebUrl('https://x.test/a', /^https?:$/)).toBe(true);
		expect(isWebUrl('http://x.test', /^https:$/)).toBe(false);
		expect(isWebUrl('javascript:alert(1)', /^https?:$/)).toBe(false);
		expect(isWebUrl('x.test', /^https?:$/)).toBe(false);
	});
});

describe('long cells', () => {
	it('cuts a cell longer than CSV_CELL_MAX characters and says which', () => {
		const fits = '字'.repeat(CSV_CELL_MAX);
		const { cells, cut } = capCells(['short', fits, `${fits}x`, '🐶'.repeat(CSV_CELL_MAX + 1)]);
		expect(cells.slice(0, 2)).toEqual(['short', fits]);
		expect(cells[2]).toBe(`${fits}…`);
		expect([...cells[3]]).toHaveLength(CSV_CELL_MAX + 1);
		expect(cut).toEqual([2, 3]);
	});

	it('reports a cut cell as long even when trimming leaves it under the cap', () => {
		const cell = `'=${' '.repeat(CSV_CELL_MAX)}x`;
		const table = readTable(`a,b\n"${cell}",${'y'.repeat(20)}`, names, { required: 'a' });
		if (!table.ok) throw new Error(table.problem.code);
		const { values, long } = readCells(table.rows[0], table.columns);
		expect(long).toEqual(['a']);
		expect(longCells(values, { a: CSV_CELL_MAX, b: 10, id: 10 }, long)).toEqual(['a', 'b']);
	});

	it.each(Object.entries(HOSTILE_CELLS))(
		'reads a table with a 100 kB cell of %s in under a second',
		(_, cell) => {
			const text = `a,b\n"${cell.replaceAll('"', '""')}",x\n`;
			const started = performance.now();
			const table = readTable(text, names, { required: 'a' });
			expect(performance.now() - started).toBeLessThan(1000);
			if (!table.ok) throw new Error(table.problem.code);
			expect(table.rows[0].cut).toEqual([0]);
			expect([...table.rows[0].cells[0]]).toHaveLength(CSV_CELL_MAX + 1);
		}
	);
});
