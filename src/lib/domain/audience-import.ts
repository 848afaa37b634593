/**
 * Reading audience exports: Shopify's "Sessions over time" report, GA4's CSV download, Klaviyo's
 * list-growth export and a plain `date,value` file → days and values for the brand's metrics.
 *
 * A file is read in three steps, all pure (no framework, no database):
 * 1. `readImportTable` — text → header, data rows (numbered as a spreadsheet shows them, GA4's
 *    `#` comment lines included) and the period GA4 states in its comments;
 * 2. `detectFormat` — the header → which export it is, its date column and format, and the
 *    metric kind each column measures (null: not read);
 * 3. `readImportRows` — with a mapping (date column, date format, a metric per column) → one
 *    value per metric and day, or the problems of each row. Nothing is written here.
 */
import Papa from 'papaparse';
import {
	capCells,
	chars,
	CSV_MAX_ROWS,
	guessDelimiter,
	key,
	type CsvProblem,
	type CsvRecord
} from './csv-read';
import { parseCell, type CellProblem } from './metric-entry';
import type { MetricKind } from './metrics';
import { isDate } from './zoned-time';

export const IMPORT_FORMATS = ['shopify_sessions', 'ga4', 'klaviyo', 'plain', 'mapped'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
export const DATE_FORMATS = ['iso', 'yyyymmdd', 'mdy', 'dmy'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

export type ImportTable = {
	headers: string[];
	rows: CsvRecord[];
	/** GA4's `# Start date: 20261101` / `# End date: 20261130`, as days. */
	period: { start: string; end: string } | null;
	hasComments: boolean;
};

/** The text of an export → its header and data rows, or what stops the file as a whole. */
export function readImportTable(
	text: string
): { ok: true; table: ImportTable } | { ok: false; problem: CsvProblem } {
	const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
	const comments = lines.filter((line) => line.trimStart().startsWith('#'));
	// Comment lines become empty lines, so every later row keeps the number a spreadsheet shows.
	const body = lines.map((line) => (line.trimStart().startsWith('#') ? '' : line)).join('\n');
	const parsed = Papa.parse<string[]>(body, {
		delimiter: guessDelimiter(body),
		skipEmptyLines: false
	});
	const quotes = parsed.errors.find((e) => e.type === 'Quotes');
	if (quotes) return { ok: false, problem: { code: 'quotes', row: (quotes.row ?? 0) + 1 } };
	const records = parsed.data
		// Trimmed, then cut: a cut cell stays longer than any date or number may be.
		.map((cells, index) => ({ row: index + 1, ...capCells(cells.map((c) => c.trim())) }))
		.filter(({ cells }) => cells.some((cell) => cell !== ''));
	if (records.length < 2) return { ok: false, problem: { code: 'empty' } };
	const [header, ...rows] = records;
	if (rows.length > CSV_MAX_ROWS) {
		return {
			ok: false,
			problem: { code: 'too_many_rows', limit: CSV_MAX_ROWS, rows: rows.length }
		};
	}
	const headers = header.cells.map((cell) => cell.replace(/^\uFEFF/, ''));
	return {
		ok: true,
		table: { headers, rows, period: readPeriod(comments), hasComments: comments.length > 0 }
	};
}

function readPeriod(comments: string[]) {
	const find = (label: RegExp) => {
		for (const line of comments) {
			const match = label.exec(line);
			if (match) return parseDay(match[1], 'yyyymmdd') ?? parseDay(match[1], 'iso');
		}
		return null;
	};
	const start = find(/start\s*date\s*[:：]\s*([\d-]+)/i);
	const end = find(/end\s*date\s*[:：]\s*([\d-]+)/i);
	return start && end ? { start, end } : null;
}

/** A date cell in a format → `YYYY-MM-DD`, or null when it is not a real day in that format. */
export function parseDay(cell: string, format: DateFormat): string | null {
	const text = cell.trim();
	let parts: [string, string, string] | null = null;
	if (format === 'yyyymmdd') {
		const m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
		if (m) parts = [m[1], m[2], m[3]];
	} else if (format === 'iso') {
		const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]00:00(?::00)?)?$/.exec(text);
		if (m) parts = [m[1], m[2], m[3]];
	} else {
		const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
		if (m) parts = format === 'mdy' ? [m[3], m[1], m[2]] : [m[3], m[2], m[1]];
	}
	if (!parts) return null;
	const day = `${parts[0]}-${parts[1].padStart(2, '0')}-${parts[2].padStart(2, '0')}`;
	return isDate(day) ? day : null;
}

/** The date format that reads most of these cells (US month-first unless a day is over 12). */
export function guessDateFormat(cells: string[]): DateFormat {
	const sample = cells.filter((c) => c.trim() !== '').slice(0, 50);
	const score = (f: DateFormat) => sample.filter((c) => parseDay(c, f) !== null).length;
	if (score('yyyymmdd') > sample.length / 2) return 'yyyymmdd';
	if (score('iso') > sample.length / 2) return 'iso';
	const mdy = score('mdy');
	const dmy = score('dmy');
	return dmy > mdy ? 'dmy' : mdy > 0 ? 'mdy' : 'iso';
}

type ColumnNames = Partial<Record<MetricKind, string[]>>;

/**
 * Column names of each export, and the metric kind each counts. Shopify and GA4 are read from
 * their real headers; Klaviyo's list-growth export names vary by report and era, so several
 * spellings are accepted (see README: "Audience data").
 */
const SHOPIFY: ColumnNames = {
	visitors: ['Online store visitors', 'Visitors'],
	sessions: ['Sessions', 'Online store sessions']
};
const GA4: ColumnNames = {
	sessions: ['Sessions'],
	// Total users first: GA4 also exports Active users, which counts a subset of the same people.
	visitors: ['Total users', 'Active users', 'Users']
};
const KLAVIYO: ColumnNames = {
	email_subscribers: ['List size', 'Total members', 'Total subscribers', 'Members', 'Subscribers'],
	signups: ['Subscribed', 'New subscribers', 'Subscribes', 'Added'],
	unsubscribes: ['Unsubscribed', 'Unsubscribes', 'Removed']
};

export type Detected = {
	format: ImportFormat;
	dateColumn: number;
	dateFormat: DateFormat;
	/** Per column: the metric kind it counts, null when this format does not read it. */
	kinds: (MetricKind | null)[];
};

function kindsOf(headers: string[], names: ColumnNames) {
	const taken = new Set<MetricKind>();
	// Each kind from one column: the first spelling in the list wins (Total users over Active).
	const byKey = new Map<string, MetricKind>();
	const rank = new Map<string, number>();
	for (const [kind, list] of Object.entries(names) as [MetricKind, string[]][]) {
		list.forEach((name, i) => {
			byKey.set(key(name), kind);
			rank.set(key(name), i);
		});
	}
	const candidates = headers.map((h) => byKey.get(key(h)) ?? null);
	const kinds: (MetricKind | null)[] = headers.map(() => null);
	const order = headers
		.map((h, i) => ({ i, r: rank.get(key(h)) ?? 99 }))
		.sort((a, b) => a.r - b.r || a.i - b.i);
	for (const { i } of order) {
		const kind = candidates[i];
		if (kind && !taken.has(kind)) {
			kinds[i] = kind;
			taken.add(kind);
		}
	}
	return kinds;
}

const has = (headers: string[], ...names: string[]) =>
	headers.some((h) => names.some((n) => key(h) === key(n)));
const indexOf = (headers: string[], ...names: string[]) =>
	headers.findIndex((h) => names.some((n) => key(h) === key(n)));

/** Which export a header belongs to, and how to read it. */
export function detectFormat(table: ImportTable): Detected {
	const { headers, rows } = table;
	const column = (i: number) => rows.map((r) => r.cells[i] ?? '');
	const known = (format: ImportFormat, dateColumn: number, names: ColumnNames): Detected => ({
		format,
		dateColumn,
		dateFormat: guessDateFormat(column(dateColumn)),
		kinds: kindsOf(headers, names)
	});
	const day = indexOf(headers, 'Day');
	if (day >= 0 && has(headers, 'Online store visitors', 'Sessions', 'Online store sessions')) {
		return known('shopify_sessions', day, SHOPIFY);
	}
	const date = indexOf(headers, 'Date', 'Day');
	if (date >= 0 && has(headers, 'Total users', 'Active users', 'New users')) {
		return known('ga4', date, GA4);
	}
	if (date >= 0 && table.hasComments && has(headers, 'Sessions')) return known('ga4', date, GA4);
	if (date >= 0 && Object.values(KLAVIYO).some((list) => has(headers, ...list))) {
		return known('klaviyo', date, KLAVIYO);
	}
	const plain = headers.length === 2 && key(headers[0]) === 'date' && key(headers[1]) === 'value';
	const guessed = date >= 0 ? date : guessDateColumn(table);
	return {
		format: plain ? 'plain' : 'mapped',
		dateColumn: guessed,
		dateFormat: guessDateFormat(column(guessed)),
		kinds: headers.map(() => null)
	};
}

function guessDateColumn({ headers, rows }: ImportTable) {
	const byName = headers.findIndex((h) => /date|day|日期|时间/i.test(h));
	if (byName >= 0) return byName;
	const first = rows[0]?.cells ?? [];
	const byValue = first.findIndex((cell) =>
		DATE_FORMATS.some((format) => parseDay(cell, format) !== null)
	);
	return Math.max(byValue, 0);
}

export type ImportTarget = {
	id: string;
	kind: MetricKind;
	channelKind: string;
	unit: 'count' | 'money';
};

const PREFERRED_CHANNELS: Record<ImportFormat, string[]> = {
	shopify_sessions: ['storefront'],
	ga4: ['storefront', 'blog'],
	klaviyo: ['email'],
	plain: [],
	mapped: []
};

/**
 * The brand metric each detected column feeds: one of its kind on the channel the export comes
 * from (a storefront for Shopify, the email list for Klaviyo), else the only one of its kind.
 */
export function proposeTargets(detected: Detected, metrics: ImportTarget[]): (string | null)[] {
	const preferred = PREFERRED_CHANNELS[detected.format];
	return detected.kinds.map((kind) => {
		if (!kind) return null;
		const ofKind = metrics.filter((m) => m.kind === kind);
		const onChannel = ofKind.find((m) => preferred.includes(m.channelKind));
		return onChannel?.id ?? (ofKind.length === 1 ? ofKind[0].id : null);
	});
}

export type Mapping = { dateColumn: number; dateFormat: DateFormat; targets: (string | null)[] };

/** A mapping with a value column for a metric, and no metric fed by two columns. */
export function mappingProblem(mapping: Mapping, columnCount: number) {
	if (mapping.dateColumn < 0 || mapping.dateColumn >= columnCount) return 'date' as const;
	const used = mapping.targets.filter((t, i) => t && i !== mapping.dateColumn) as string[];
	if (used.length === 0) return 'no_target' as const;
	if (new Set(used).size !== used.length) return 'twice' as const;
	return null;
}

export type ImportIssue =
	| { code: 'date'; column: string; value: string }
	| { code: 'too_long'; column: string; value: string; limit: number }
	| { code: CellProblem; column: string; value: string }
	| { code: 'duplicate'; column: string; value: string; firstRow: number };

export type ImportRow = {
	row: number;
	day: string | null;
	/** The date cell, then each mapped value cell, as the file has them. */
	cells: string[];
	issues: ImportIssue[];
	/** A totals line (GA4's "Grand total", a blank date): shown, never read. */
	summary: boolean;
};
export type ImportValue = { metricId: string; day: string; value: number };

const SUMMARY = /^(grand\s*)?totals?$|^合计$|^总计$|^summary$/i;

/** Longest date or value cell read, in characters: far more than any day or number takes. */
export const AUDIENCE_CELL_MAX = 100;
const tooLong = (cell: string) => chars(cell) > AUDIENCE_CELL_MAX;

/** Every row read with the mapping: its day and values, or what is wrong with it. */
export function readImportRows(
	table: ImportTable,
	mapping: Mapping,
	units: Map<string, 'count' | 'money'>,
	currency: string
) {
	const mapped = mapping.targets
		.map((target, index) => ({ target, index }))
		.filter(
			(c): c is { target: string; index: number } =>
				!!c.target && c.index !== mapping.dateColumn && units.has(c.target)
		);
	const dateHeader = table.headers[mapping.dateColumn] ?? '';
	const firstRowOfDay = new Map<string, number>();
	const rows: ImportRow[] = [];
	const values: ImportValue[] = [];
	for (const record of table.rows) {
		const dateCell = record.cells[mapping.dateColumn] ?? '';
		const cells = [dateCell, ...mapped.map((c) => record.cells[c.index] ?? '')];
		if (dateCell === '' || SUMMARY.test(dateCell)) {
			rows.push({ row: record.row, day: null, cells, issues: [], summary: true });
			continue;
		}
		const issues: ImportIssue[] = [];
		const limit = AUDIENCE_CELL_MAX;
		const day = tooLong(dateCell) ? null : parseDay(dateCell, mapping.dateFormat);
		if (tooLong(dateCell)) issues.push({ code: 'too_long', column: dateHeader, value: '', limit });
		else if (!day) issues.push({ code: 'date', column: dateHeader, value: dateCell });
		const first = day ? firstRowOfDay.get(day) : undefined;
		if (day && first !== undefined) {
			issues.push({ code: 'duplicate', column: dateHeader, value: dateCell, firstRow: first });
		} else if (day) firstRowOfDay.set(day, record.row);
		const rowValues: ImportValue[] = [];
		for (const { target, index } of mapped) {
			const cell = record.cells[index] ?? '';
			const column = table.headers[index] ?? '';
			if (tooLong(cell)) {
				issues.push({ code: 'too_long', column, value: '', limit });
				continue;
			}
			const parsed = parseCell(cell, units.get(target)!, currency);
			if (!parsed.ok) {
				issues.push({ code: parsed.problem, column, value: cell });
			} else if (parsed.kind === 'value' && day) {
				rowValues.push({ metricId: target, day, value: parsed.value });
			}
		}
		if (issues.length === 0) values.push(...rowValues);
		rows.push({ row: record.row, day, cells, issues, summary: false });
	}
	const errors = rows.filter((r) => r.issues.length).length;
	return {
		rows,
		values,
		errors,
		columns: [dateHeader, ...mapped.map((c) => table.headers[c.index])]
	};
}
