/**
 * The first step of every CSV import: an uploaded file or pasted text → text, and the words for
 * what can go wrong with a file as a whole. What the rows mean belongs to each import.
 */
import { fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { CSV_MAX_BYTES, decodeCsv, utf8Length, type CsvProblem } from '$lib/domain/csv-read';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { uploadSchema } from '$lib/schemas/csv-import';

export const CSV_LIMITS = { kb: Math.floor(CSV_MAX_BYTES / 1000) };

/** Names in a sentence: 、 between them in Chinese. */
export const listOf = (items: string[]) => items.join(getLocale() === 'zh-CN' ? '、' : ', ');

/**
 * A file problem in the user's language. An empty file and a missing required column are said
 * in the import's own words (a calendar wants a title, a directory a name).
 */
export function csvProblemText(
	problem: CsvProblem,
	own: { empty: () => string; noColumn: (headers: string) => string }
) {
	switch (problem.code) {
		case 'too_big':
			return m.import_problem_too_big({ kb: CSV_LIMITS.kb });
		case 'encoding':
			return m.import_problem_encoding();
		case 'empty':
			return own.empty();
		case 'no_column':
			return own.noColumn(listOf(problem.headers) || '—');
		case 'too_many_rows':
			return m.import_problem_too_many_rows({ rows: problem.rows, limit: problem.limit });
		case 'quotes':
			return m.import_problem_quotes({ row: problem.row });
	}
}

export type OwnWords = Parameters<typeof csvProblemText>[1];

/** An uploaded file (when one was chosen) or the pasted text, as text; or why it is refused. */
async function readSource(
	file: FormDataEntryValue | null,
	pasted: string,
	own: OwnWords
): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
	const refuse = (problem: CsvProblem) => ({
		ok: false as const,
		message: csvProblemText(problem, own)
	});
	const tooBig = { code: 'too_big', limit: CSV_MAX_BYTES } as const;
	if (file instanceof File && file.size > 0) {
		if (file.size > CSV_MAX_BYTES) return refuse(tooBig);
		const decoded = decodeCsv(new Uint8Array(await file.arrayBuffer()));
		return decoded.ok ? { ok: true, text: decoded.text } : refuse(decoded.problem);
	}
	if (!pasted.trim()) return { ok: false, message: m.import_nothing() };
	if (utf8Length(pasted) > CSV_MAX_BYTES) return refuse(tooBig);
	return { ok: true, text: pasted };
}

/** A problem with the file as a whole (its size, encoding, header): said beside the upload field. */
export const refuseFile = <T extends Parameters<typeof message>[0]>(form: T, text: string) =>
	message(form, { type: 'error', text }, { status: 400 });

/**
 * The preview action's input: the form, and the file's text or the failure to answer with. The
 * file is read from the raw form data (superforms keeps only the pasted text).
 */
export async function readUpload(request: Request, own: OwnWords) {
	const data = await request.formData();
	const form = await superValidate(data, zod4(uploadSchema));
	if (!form.valid) return { ok: false as const, failure: fail(400, { form }) };
	const source = await readSource(data.get('file'), form.data.text, own);
	if (!source.ok) return { ok: false as const, failure: refuseFile(form, source.message) };
	return { ok: true as const, form, text: source.text };
}
