/**
 * Cells and file names for CSV downloads that open safely in Excel and other spreadsheets,
 * following OWASP's advice on CSV injection: every cell quoted, and a `'` before anything a
 * spreadsheet would run as a formula.
 */
import Papa from 'papaparse';

// A spreadsheet runs a cell starting with one of these as a formula (CSV/formula injection).
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);
// Where a spreadsheet that splits on another separator (Excel in German or French uses `;`)
// would start a new cell inside ours; spaces after one do not protect what follows.
const SEPARATORS = new Set([',', ';', '\t']);
const GUARD = "'";

/**
 * Calls `mark(i)` at each index of `text` where a formula could start: the start of the cell or
 * after a separator (spaces between), if what is there is a formula start, after any number of
 * `'` (so that a cell that already has one there gets one more and reads back unchanged).
 */
function guardPoints(text: string, mark: (index: number) => void) {
	let atStart = true;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (atStart && c !== ' ') {
			let j = i;
			while (text[j] === GUARD) j++;
			if (FORMULA_START.has(text[j])) mark(i);
		}
		if (SEPARATORS.has(c)) atStart = true;
		else if (c !== ' ') atStart = false;
	}
}

/**
 * The text of a cell with a `'` wherever a spreadsheet would otherwise start a formula: at its
 * start, and after a `,` `;` or tab inside it (`x;=1+1` → `x;'=1+1`).
 */
export function safeCell(value: string | null | undefined) {
	const text = value ?? '';
	const points: number[] = [];
	guardPoints(text, (i) => points.push(i));
	if (!points.length) return text;
	let out = '';
	let from = 0;
	for (const i of points) {
		out += `${text.slice(from, i)}${GUARD}`;
		from = i;
	}
	return out + text.slice(from);
}

/** A cell as it was before `safeCell`: each guarding `'` comes off, any other `'` stays. */
export function restoreCell(cell: string) {
	// The guard points of the original are those of the guarded cell (a guard only adds a `'`
	// where one or more already lead to a formula start), so each loses one `'`.
	const points = new Set<number>();
	guardPoints(cell, (i) => {
		if (cell[i] === GUARD) points.add(i);
	});
	if (!points.size) return cell;
	let out = '';
	for (let i = 0; i < cell.length; i++) if (!points.has(i)) out += cell[i];
	return out;
}

/**
 * Rows as CSV text for spreadsheets: every cell quoted (RFC 4180 escaping of `"`), CRLF line
 * ends. Text cells must have been through `safeCell`; numbers we write stay as they are, so
 * `-12` is still a number in the sheet.
 */
export function spreadsheetCsv(fields: readonly string[], rows: string[][]) {
	return Papa.unparse({ fields: [...fields], data: rows }, { quotes: true, newline: '\r\n' });
}

/** Lower-case ASCII words joined by hyphens; accents dropped, other scripts removed. */
export function asciiSlug(text: string, fallback = 'export') {
	const slug = text
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|(?<!-)-+$/g, '')
		.slice(0, 60)
		.replace(/(?<!-)-+$/, '');
	return slug || fallback;
}

/**
 * `attachment` with an ASCII `filename` for old clients and `filename*` (RFC 6266/5987) carrying
 * the real, possibly Chinese, name.
 */
export function attachmentDisposition(asciiName: string, realName: string) {
	const encoded = encodeURIComponent(realName).replace(
		/['()*]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
	);
	return `attachment; filename="${asciiName.replace(/["\\]/g, '')}"; filename*=UTF-8''${encoded}`;
}
