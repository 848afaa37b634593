/**
 * Reading a spreadsheet saved as CSV, whatever it imports: bytes → text → a header and data
 * rows, each row numbered as a spreadsheet shows it (the header is row 1). The calendar import
 * and the creator import both start here; what a row means is theirs.
 *
 * Pure: no framework, no database. Nothing here writes anything.
 */
import Papa from 'papaparse';
import { restoreCell } from './csv-safe';
import { isDate } from './zoned-time';

/** Under adapter-node's default BODY_SIZE_LIMIT (512K), with room for the form around it. */
export const CSV_MAX_BYTES = 400_000;
export const CSV_MAX_ROWS = 2000;
/**
 * Longest cell any import reads, in characters. Longer cells are cut to this (and marked with
 * `…`) as the file is read, before any field is parsed, so no reader ever sees more; each import
 * then reports a cell over its field's own cap as too long (issue 15: one 200 kB cell froze the
 * server for a minute).
 */
export const CSV_CELL_MAX = 10_000;

export type CsvProblem =
	| { code: 'too_big'; limit: number }
	| { code: 'encoding' }
	| { code: 'empty' }
	/** The column a file cannot do without is missing; `headers` are the ones it has. */
	| { code: 'no_column'; headers: string[] }
	| { code: 'too_many_rows'; limit: number; rows: number }
	| { code: 'quotes'; row: number };

/** Comparable form of a header or a name: NFKC (full-width → ASCII), lower case, no separators. */
export const key = (text: string) =>
	text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s_\-–—.:：·]+/g, '');

export const utf8Length = (text: string) => new TextEncoder().encode(text).length;

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * GBK/GB18030 (what Chinese Excel saves as "CSV") pairs every non-ASCII byte with a second one
 * above 0x80 for common characters. A lone high byte next to ASCII is a Latin-1/Windows-1252
 * file instead, which we refuse rather than show as nonsense Chinese.
 */
function looksLikeGbk(bytes: Uint8Array) {
	for (let i = 0; i < bytes.length; i++) {
		if (bytes[i] < 0x80) continue;
		if (bytes[i] === 0x80 || bytes[i] === 0xff || (bytes[i + 1] ?? 0) < 0x40) return false;
		i += 1;
	}
	return true;
}

const TOO_BIG = { ok: false, problem: { code: 'too_big', limit: CSV_MAX_BYTES } } as const;

/**
 * The text of an uploaded file: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030. The
 * limit holds for the text as UTF-8 too: that is what the confirmation sends back, and a Chinese
 * character takes two bytes in GBK but three in UTF-8.
 */
export function decodeCsv(
	bytes: Uint8Array
): { ok: true; text: string; encoding: string } | { ok: false; problem: CsvProblem } {
	if (bytes.length > CSV_MAX_BYTES) return TOO_BIG;
	const decoded = decode(bytes);
	if (!decoded) return { ok: false, problem: { code: 'encoding' } };
	if (decoded.encoding !== 'utf-8' && utf8Length(decoded.text) > CSV_MAX_BYTES) return TOO_BIG;
	return { ok: true, ...decoded };
}

function decode(bytes: Uint8Array) {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
	}
	try {
		return { text: UTF8.decode(bytes), encoding: 'utf-8' };
	} catch {
		// Not UTF-8: Chinese Excel, or something we cannot read.
	}
	if (!looksLikeGbk(bytes)) return null;
	try {
		return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030' };
	} catch {
		return null;
	}
}

const DELIMITERS = [',', ';', '\t', '|'];

/**
 * The separator the header row uses most (none when it has one column). Papa's own
 * guess averages over every line, so a short file with blank lines guesses wrong.
 */
export function guessDelimiter(text: string) {
	const header = text.split(/\r?\n/).find((line) => line.trim()) ?? '';
	const counts = DELIMITERS.map((d) => header.split(d).length - 1);
	const best = Math.max(...counts);
	// One column: nothing separates cells, so a comma inside a title must not split it.
	return best > 0 ? DELIMITERS[counts.indexOf(best)] : '\u001f';
}

/** Every spelling of each field's header, as people and other tools write them. */
export type HeaderNames<F extends string> = Record<F, string[]>;
export type Column<F extends string> = { field: F; header: string; index: number };

/**
 * Which field each header cell feeds; unknown and repeated headers are ignored, and listed, as
 * are the fields in `unread` (recognised, deliberately not read).
 */
export function readHeader<F extends string>(
	cells: string[],
	names: HeaderNames<F>,
	unread: readonly F[] = []
) {
	const index = new Map<string, F>();
	for (const field of Object.keys(names) as F[]) {
		for (const name of names[field]) index.set(key(name), field);
	}
	const columns: Column<F>[] = [];
	const ignored: string[] = [];
	cells.forEach((cell, i) => {
		const header = cell.replace(/^\uFEFF/, '').trim();
		const field = index.get(key(header));
		if (!header) return;
		if (!field || unread.includes(field) || columns.some((c) => c.field === field)) {
			ignored.push(header);
		} else {
			columns.push({ field, header, index: i });
		}
	});
	return { columns, ignored };
}

/** `cut`: indexes of the cells cut at CSV_CELL_MAX (see `capCells`). */
export type CsvRecord = { row: number; cells: string[]; cut: number[] };
export type CsvTable<F extends string> = {
	columns: Column<F>[];
	ignored: string[];
	/** Data rows with at least one filled cell, numbered as the spreadsheet shows them. */
	rows: CsvRecord[];
};

/**
 * Text of a CSV (`,` `;` tab or `|` delimited; CRLF or LF; a BOM or not) → its columns and data
 * rows, or the problem that stops the file as a whole. `required` is the one field without which
 * no row means anything (a title, a name).
 */
export function readTable<F extends string>(
	text: string,
	names: HeaderNames<F>,
	options: { required: NoInfer<F>; unread?: readonly NoInfer<F>[] }
): ({ ok: true } & CsvTable<F>) | { ok: false; problem: CsvProblem } {
	const body = text.replace(/^\uFEFF/, '');
	const parsed = Papa.parse<string[]>(body, {
		delimiter: guessDelimiter(body),
		skipEmptyLines: false
	});
	const quotes = parsed.errors.find((e) => e.type === 'Quotes');
	// Papa counts records from 0 with the header as record 0; a spreadsheet counts rows from 1.
	if (quotes) return { ok: false, problem: { code: 'quotes', row: (quotes.row ?? 0) + 1 } };
	const records = parsed.data.map((cells, index) => ({ row: index + 1, ...capCells(cells) }));
	const filled = records.filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
	if (filled.length === 0) return { ok: false, problem: { code: 'empty' } };
	const [header, ...rows] = filled;
	const { columns, ignored } = readHeader(header.cells, names, options.unread);
	if (!columns.some((c) => c.field === options.required)) {
		const headers = header.cells.map((c) => c.trim()).filter(Boolean);
		return { ok: false, problem: { code: 'no_column', headers } };
	}
	if (rows.length === 0) return { ok: false, problem: { code: 'empty' } };
	if (rows.length > CSV_MAX_ROWS) {
		return {
			ok: false,
			problem: { code: 'too_many_rows', limit: CSV_MAX_ROWS, rows: rows.length }
		};
	}
	return { ok: true, columns, ignored, rows };
}

/**
 * One row's cells by field, trimmed and with our export's formula guard removed, and the header
 * each field was read from (problems name the column as the file spells it).
 */
export function readCells<F extends string>(
	{ cells, cut }: Pick<CsvRecord, 'cells' | 'cut'>,
	columns: Column<F>[]
) {
	const values: Partial<Record<F, string>> = {};
	const headers: Partial<Record<F, string>> = {};
	for (const { field, header, index } of columns) {
		values[field] = restoreCell((cells[index] ?? '').trim()).trim();
		headers[field] = header;
	}
	/** Fields whose cell was cut: too long whatever the field's cap. */
	const long = columns.filter((c) => cut.includes(c.index)).map((c) => c.field);
	return { values, headers, long };
}

/**
 * Cells longer than `CSV_CELL_MAX` characters cut to that many, with `…` to show it, and the
 * indexes of those cut: a cut cell is too long for any field, whatever is trimmed off it later.
 */
export function capCells(cells: string[]) {
	const cut: number[] = [];
	const capped = cells.map((cell, index) => {
		if (cell.length <= CSV_CELL_MAX) return cell;
		const points = [...cell];
		if (points.length <= CSV_CELL_MAX) return cell;
		cut.push(index);
		return `${points.slice(0, CSV_CELL_MAX).join('')}…`;
	});
	return { cells: capped, cut };
}

/**
 * The fields whose cell was cut (`readCells`'s `long`) or is longer than the field's cap, in
 * characters as a person counts them (a line break as one). Nothing else is said about them.
 */
export function longCells<F extends string>(
	values: Partial<Record<F, string>>,
	caps: Record<F, number>,
	cut: F[] = []
) {
	return (Object.keys(values) as F[]).filter(
		(field) => cut.includes(field) || chars(lines(values[field] ?? '')) > caps[field]
	);
}

/** `2026-12-01`, `2026/12/1`, `2026.12.1`, `2026年12月1日` → `2026-12-01`; else null. */
export function readDate(text: string) {
	const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
	if (!match) return null;
	const date = `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
	return isDate(date) ? date : null;
}

/** An absolute URL whose protocol matches (e.g. /^https?:$/) and that names a host. */
export function isWebUrl(value: string, protocols: RegExp) {
	try {
		const url = new URL(value);
		return protocols.test(url.protocol) && url.hostname !== '';
	} catch {
		return false;
	}
}

/** Length as a person counts it (code points, so one Chinese character or emoji is one). */
export const chars = (text: string) => [...text].length;
/** Line breaks as one `\n`, whatever the spreadsheet wrote. */
export const lines = (text: string) => text.replace(/\r\n?/g, '\n');
