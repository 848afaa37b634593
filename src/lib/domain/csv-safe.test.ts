import { describe, expect, it } from 'vitest';
import { asciiSlug, attachmentDisposition, restoreCell, safeCell } from './csv-safe';

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
