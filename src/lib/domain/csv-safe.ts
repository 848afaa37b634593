/** Cells and file names for CSV downloads that open safely in Excel and other spreadsheets. */

// A spreadsheet treats a cell starting with one of these as a formula (CSV/formula injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** The text of a cell, with a leading `'` when a spreadsheet would otherwise run it as a formula. */
export function safeCell(value: string | null | undefined) {
	const text = value ?? '';
	return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A cell as it was before `safeCell`: the guarding `'` comes off, any other `'` stays. */
export function restoreCell(cell: string) {
	return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
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
