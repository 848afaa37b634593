import { describe, expect, it } from 'vitest';
import { CSV_MAX_ROWS, isWebUrl, readCells, readTable } from './csv-read';

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
			rows: [{ row: 2, cells: ['1', '2', '3', '4', '5'] }]
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
		expect(readCells([" '=SUM(1) ", 'skip'], columns)).toEqual({
			values: { a: '=SUM(1)', b: '' },
			headers: { a: 'Alpha', b: 'beta' }
		});
	});

	it('accepts web links of the named protocols only', () => {
		expect(isWebUrl('https://x.test/a', /^https?:$/)).toBe(true);
		expect(isWebUrl('http://x.test', /^https:$/)).toBe(false);
		expect(isWebUrl('javascript:alert(1)', /^https?:$/)).toBe(false);
		expect(isWebUrl('x.test', /^https?:$/)).toBe(false);
	});
});
