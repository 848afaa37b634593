/**
 * The first step of every CSV import: an uploaded file or pasted text → text, and the words for
 * what can go wrong with a file as a whole. What the rows mean belongs to each import.
 */
import { CSV_MAX_BYTES, decodeCsv, utf8Length, type CsvProblem } from '$lib/domain/csv-read';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';

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
export async function readSource(
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
