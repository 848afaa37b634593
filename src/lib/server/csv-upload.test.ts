import type { ActionFailure } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { CSV_MAX_BYTES } from '$lib/domain/csv-read';
import { csvProblemText, readUpload } from './csv-upload';

const own = { empty: () => 'EMPTY', noColumn: (headers: string) => `NO COLUMN: ${headers}` };
const post = (fields: Record<string, string | File>) => {
	const body = new FormData();
	for (const [name, value] of Object.entries(fields)) body.append(name, value);
	return new Request('http://localhost/import?/preview', { method: 'POST', body });
};

describe('readUpload', () => {
	it('reads a chosen file (GBK too) before the pasted text', async () => {
		// "名称\n大狗日记" as Chinese Excel saves it.
		const gbk = new Uint8Array([
			0xc3, 0xfb, 0xb3, 0xc6, 0x0a, 0xb4, 0xf3, 0xb9, 0xb7, 0xc8, 0xd5, 0xbc, 0xc7
		]);
		const upload = await readUpload(post({ file: new File([gbk], 'a.csv'), text: 'ignored' }), own);
		expect(upload.ok && upload.text).toBe('名称\n大狗日记');
		const pasted = await readUpload(post({ file: new File([], ''), text: 'name\nMia' }), own);
		// Multipart form data sends a textarea's line breaks as CRLF; the CSV reader takes both.
		expect(pasted.ok && pasted.text).toBe('name\r\nMia');
	});

	it('answers 400 with the reason for no input, a file too big or unreadable', async () => {
		const cases = [
			post({ text: '  ' }),
			post({ file: new File([new Uint8Array(CSV_MAX_BYTES + 1)], 'big.csv') }),
			post({ file: new File([new Uint8Array([0x43, 0x61, 0x66, 0xe9])], 'latin1.csv') })
		];
		for (const request of cases) {
			const upload = await readUpload(request, own);
			if (upload.ok) throw new Error('expected a refusal');
			// superforms types `message()` loosely; with a 400 status it is an ActionFailure.
			const failure = upload.failure as ActionFailure<{ form: { message?: { text: string } } }>;
			expect(failure.status).toBe(400);
			expect(failure.data.form.message?.text).toMatch(/\S/);
		}
	});
});

describe('csvProblemText', () => {
	it('says the import’s own words for an empty file and a missing column', () => {
		expect(csvProblemText({ code: 'empty' }, own)).toBe('EMPTY');
		expect(csvProblemText({ code: 'no_column', headers: ['a', 'b'] }, own)).toBe('NO COLUMN: a, b');
		expect(csvProblemText({ code: 'quotes', row: 3 }, own)).toContain('3');
	});
});
