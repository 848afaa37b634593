/**
 * CSV import of content items: bytes → text → rows → items, with every problem named by the row
 * number a spreadsheet shows (the header is row 1) and the column as the file spells it.
 *
 * Pure: the brand's vocabulary (channels, pillars, people, the names of formats and statuses in
 * every language) and the field limits are parameters. Nothing here writes anything.
 */
import Papa from 'papaparse';
import { restoreCell } from './csv-safe';
import { captionCheck, type Format, type Status } from './content';
import { scheduleAt } from './schedule';
import { isDate, isTime } from './zoned-time';

/** Under adapter-node's default BODY_SIZE_LIMIT (512K), with room for the form around it. */
export const IMPORT_MAX_BYTES = 400_000;
export const IMPORT_MAX_ROWS = 2000;

export const IMPORT_FIELDS = [
	'title',
	'date',
	'time',
	'time_zone',
	'channel',
	'format',
	'status',
	'brief',
	'caption',
	'pillar',
	'persona',
	'owner',
	'link_url',
	'published_url',
	// Our export writes these; they are recognised and deliberately not read.
	'utc',
	'id'
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
const UNREAD: ImportField[] = ['utc', 'id'];

/** Header spellings, compared after `key()` (case, spaces, `_`, `-` and width do not matter). */
const HEADERS: Record<ImportField, string[]> = {
	title: ['title', '标题', '主题', '名称', 'name', 'subject', 'post title', 'headline'],
	date: ['date', '日期', 'publish date', 'scheduled date', 'post date', 'day', '发布日期'],
	time: ['time', '时间', 'publish time', 'scheduled time', 'post time', '发布时间'],
	time_zone: ['time zone', 'timezone', 'tz', '时区'],
	channel: ['channel', '渠道', '频道', '平台', 'platform', 'network', 'social network', 'profile'],
	format: ['format', '格式', '形式', '内容形式', 'type', 'post type', 'content type', '类型'],
	status: ['status', '状态'],
	brief: ['brief', '简介', '简报', 'notes', 'note', '备注', 'description', '描述', '说明'],
	caption: ['caption', '文案', '正文', 'text', 'copy', 'post text', 'body', 'content', '内容'],
	pillar: ['pillar', '内容支柱', '支柱', 'content pillar'],
	persona: ['persona', '人群画像', '画像', '受众', '目标人群', 'audience'],
	owner: ['owner', '负责人', 'assignee', 'assigned to', 'author', '作者'],
	link_url: ['link url', 'link', '链接', 'url'],
	published_url: ['published url', '发布链接', '已发布链接', 'post url', 'permalink'],
	utc: ['utc'],
	id: ['id']
};

/** Comparable form of a header or a name: NFKC (full-width → ASCII), lower case, no separators. */
export const key = (text: string) =>
	text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s_\-–—.:：·]+/g, '');

const HEADER_INDEX = new Map<string, ImportField>(
	IMPORT_FIELDS.flatMap((field) => HEADERS[field].map((name) => [key(name), field] as const))
);

export type Named = { id: string; names: string[] };
export type Vocabulary = {
	/** `names`: the label first, then the kind's key and its names in every language. */
	channels: (Named & { label: string; kind: string; timeZone: string })[];
	pillars: Named[];
	personas: Named[];
	/** `names`: the member's name and email. */
	members: Named[];
	/** Every accepted spelling of each format and status: the key and its labels. */
	formats: Record<Format, string[]>;
	statuses: Record<Status, string[]>;
	marketTimeZone: string;
	limits: { title: number; brief: number; caption: number; url: number };
};

export type ImportItem = {
	channelId: string | null;
	format: Format;
	title: string;
	brief: string;
	caption: string;
	pillarId: string | null;
	personaId: string | null;
	ownerId: string | null;
	status: Status;
	linkUrl: string;
	publishedUrl: string;
	scheduledDate: string | null;
	scheduledTime: string | null;
	timeZone: string | null;
	scheduledAt: number | null;
};

export type IssueCode =
	| 'required'
	| 'too_long'
	| 'date'
	| 'time'
	| 'need_time'
	| 'need_date'
	| 'unknown'
	| 'ambiguous'
	| 'need_channel'
	| 'zone'
	| 'caption_over'
	| 'url'
	| 'https';

/** `options`: what is accepted instead (names of the brand's channels, the statuses…). */
export type ImportIssue = {
	row: number;
	column: string;
	field: ImportField;
	code: IssueCode;
	value: string;
	limit?: number;
	options?: string[];
};

export type ImportNotice = { kind: 'gap' | 'overlap'; date: string; asked: string; saved: string };

export type ImportRow = {
	row: number;
	/** What the file says, per field, with our export's formula guard removed. */
	values: Partial<Record<ImportField, string>>;
	item: ImportItem | null;
	issues: ImportIssue[];
	notice: ImportNotice | null;
};

export type FileProblem =
	| { code: 'too_big'; limit: number }
	| { code: 'encoding' }
	| { code: 'empty' }
	| { code: 'no_title'; headers: string[] }
	| { code: 'too_many_rows'; limit: number; rows: number }
	| { code: 'quotes'; row: number };

export type ImportPreview = {
	rows: ImportRow[];
	/** Header cells we do not read (unknown, repeated, or our export's `id`/`utc`). */
	ignored: string[];
	errors: number;
};

export type ImportResult = ({ ok: true } & ImportPreview) | { ok: false; problem: FileProblem };

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

const TOO_BIG = { ok: false, problem: { code: 'too_big', limit: IMPORT_MAX_BYTES } } as const;

/**
 * The text of an uploaded file: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030. The
 * limit holds for the text as UTF-8 too: that is what the confirmation sends back, and a Chinese
 * character takes two bytes in GBK but three in UTF-8.
 */
export function decodeCsv(
	bytes: Uint8Array
): { ok: true; text: string; encoding: string } | { ok: false; problem: FileProblem } {
	if (bytes.length > IMPORT_MAX_BYTES) return TOO_BIG;
	const decoded = decode(bytes);
	if (!decoded) return { ok: false, problem: { code: 'encoding' } };
	if (decoded.encoding !== 'utf-8' && utf8Length(decoded.text) > IMPORT_MAX_BYTES) return TOO_BIG;
	return { ok: true, ...decoded };
}

export const utf8Length = (text: string) => new TextEncoder().encode(text).length;

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

/** `2026-12-01`, `2026/12/1`, `2026.12.1`, `2026年12月1日` → `2026-12-01`; else null. */
export function readDate(text: string) {
	const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
	if (!match) return null;
	const date = `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
	return isDate(date) ? date : null;
}

/** `09:00`, `9:00`, `09:00:00`, `9:00 AM`, `9 pm`, `下午3:30` → `HH:MM`; else null. */
export function readTime(text: string) {
	const t = text.normalize('NFKC').trim().toLowerCase();
	const match =
		/^(上午|下午|早上|晚上)?\s*(\d{1,2})(?::(\d{2}))?(?::\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?$/.exec(t);
	if (!match || (match[3] === undefined && !match[1] && !match[4])) return null;
	let hour = Number(match[2]);
	const half = match[4]?.[0] ?? (match[1] ? (['下午', '晚上'].includes(match[1]) ? 'p' : 'a') : '');
	if (half) {
		if (hour < 1 || hour > 12) return null;
		hour = (hour % 12) + (half === 'p' ? 12 : 0);
	}
	const time = `${String(hour).padStart(2, '0')}:${match[3] ?? '00'}`;
	return isTime(time) ? time : null;
}

function isWebUrl(value: string, protocols: RegExp) {
	try {
		const url = new URL(value);
		return protocols.test(url.protocol) && url.hostname !== '';
	} catch {
		return false;
	}
}

const chars = (text: string) => [...text].length;
const lines = (text: string) => text.replace(/\r\n?/g, '\n');

type Pick = { ok: true; id: string } | { ok: false; code: 'unknown' | 'ambiguous' };

/** The one record whose names include `value`; earlier name lists win (a channel's label). */
function pick(value: string, candidates: Named[], ranks = 1): Pick {
	const wanted = key(value);
	for (let rank = 0; rank < ranks; rank++) {
		const found = candidates.filter((c) =>
			(rank === ranks - 1 ? c.names.slice(rank) : [c.names[rank]]).some((n) => key(n) === wanted)
		);
		if (found.length === 1) return { ok: true, id: found[0].id };
		if (found.length > 1) return { ok: false, code: 'ambiguous' };
	}
	return { ok: false, code: 'unknown' };
}

function pickKey<K extends string>(value: string, names: Record<K, string[]>, keys: readonly K[]) {
	const wanted = key(value);
	return keys.find((k) => key(k) === wanted || names[k].some((n) => key(n) === wanted)) ?? null;
}

/** One data row → an item, or the list of what is wrong with it. */
function readRow(
	row: number,
	cells: string[],
	columns: { field: ImportField; header: string; index: number }[],
	vocab: Vocabulary
): ImportRow {
	const values: ImportRow['values'] = {};
	const headers: Partial<Record<ImportField, string>> = {};
	for (const { field, header, index } of columns) {
		values[field] = restoreCell((cells[index] ?? '').trim()).trim();
		headers[field] = header;
	}
	const issues: ImportIssue[] = [];
	const get = (field: ImportField) => values[field] ?? '';
	const issue = (field: ImportField, code: IssueCode, extra: Partial<ImportIssue> = {}) =>
		issues.push({ row, column: headers[field] ?? field, field, code, value: get(field), ...extra });
	const text = (field: ImportField, max: number) => {
		const value = lines(get(field));
		if (chars(value) > max) issue(field, 'too_long', { limit: max });
		return value;
	};

	const title = text('title', vocab.limits.title);
	if (!title) issue('title', 'required');
	const brief = text('brief', vocab.limits.brief);
	const caption = text('caption', vocab.limits.caption);

	const ref = (field: 'pillar' | 'persona' | 'owner', list: Named[]) => {
		if (!get(field)) return null;
		const found = pick(get(field), list);
		if (found.ok) return found.id;
		issue(field, found.code, { options: list.map((c) => c.names[0]) });
		return null;
	};
	let channel: Vocabulary['channels'][number] | null = null;
	if (get('channel')) {
		const found = pick(get('channel'), vocab.channels, 2);
		if (found.ok) channel = vocab.channels.find((c) => c.id === found.id)!;
		else issue('channel', found.code, { options: vocab.channels.map((c) => c.names[0]) });
	}
	const pillarId = ref('pillar', vocab.pillars);
	const personaId = ref('persona', vocab.personas);
	const ownerId = ref('owner', vocab.members);

	const choice = <K extends string>(field: 'format' | 'status', names: Record<K, string[]>) => {
		const keys = Object.keys(names) as K[];
		if (!get(field)) return null;
		const found = pickKey(get(field), names, keys);
		if (!found) issue(field, 'unknown', { options: keys.map((k) => names[k][0] ?? k) });
		return found;
	};
	const format = choice('format', vocab.formats) ?? 'other';
	const status = choice('status', vocab.statuses) ?? 'idea';
	if (!get('channel') && status !== 'idea') issue('channel', 'need_channel');

	if (channel) {
		const check = captionCheck(caption, channel.kind);
		if (check.over) issue('caption', 'caption_over', { limit: check.limit! });
	}
	const url = (field: 'link_url' | 'published_url', protocols: RegExp, code: IssueCode) => {
		const value = get(field);
		if (chars(value) > vocab.limits.url) issue(field, 'too_long', { limit: vocab.limits.url });
		else if (value && !isWebUrl(value, protocols)) issue(field, code);
		return value;
	};
	const linkUrl = url('link_url', /^https?:$/, 'url');
	const publishedUrl = url('published_url', /^https:$/, 'https');

	// The schedule: a wall date and time in the channel's zone (the market's without a channel).
	const date = get('date') ? readDate(get('date')) : null;
	const time = get('time') ? readTime(get('time')) : null;
	if (get('date') && !date) issue('date', 'date');
	if (get('time') && !time) issue('time', 'time');
	if (get('date') && !get('time')) issue('time', 'need_time');
	if (get('time') && !get('date')) issue('date', 'need_date');
	const zone = channel?.timeZone ?? vocab.marketTimeZone;
	const fileZone = get('time_zone');
	if (fileZone && fileZone !== zone && get('date')) {
		issue('time_zone', 'zone', { options: [zone] });
	}
	let schedule = {
		scheduledDate: null as string | null,
		scheduledTime: null as string | null,
		timeZone: null as string | null,
		scheduledAt: null as number | null
	};
	let notice: ImportNotice | null = null;
	if (date && time && (channel || !get('channel'))) {
		const { adjustment, ...resolved } = scheduleAt(date, time, zone);
		schedule = resolved;
		if (adjustment) {
			notice = { kind: adjustment, date, asked: time, saved: resolved.scheduledTime ?? time };
		}
	}
	const item: ImportItem | null = issues.length
		? null
		: {
				channelId: channel?.id ?? null,
				format: format as Format,
				title,
				brief,
				caption,
				pillarId,
				personaId,
				ownerId,
				status: status as Status,
				linkUrl,
				publishedUrl,
				...schedule
			};
	return { row, values, item, issues, notice };
}

/** Which field each header cell feeds; unknown and repeated headers are ignored, and listed. */
export function readHeader(cells: string[]) {
	const columns: { field: ImportField; header: string; index: number }[] = [];
	const ignored: string[] = [];
	cells.forEach((cell, index) => {
		const header = cell.replace(/^\uFEFF/, '').trim();
		const field = HEADER_INDEX.get(key(header));
		if (!header) return;
		if (!field || UNREAD.includes(field) || columns.some((c) => c.field === field)) {
			ignored.push(header);
		} else {
			columns.push({ field, header, index });
		}
	});
	return { columns, ignored };
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

/** Text of a CSV (any of `,` `;` tab delimiters; CRLF or LF) → a preview of every row. */
export function previewImport(text: string, vocab: Vocabulary): ImportResult {
	const body = text.replace(/^\uFEFF/, '');
	const parsed = Papa.parse<string[]>(body, {
		delimiter: guessDelimiter(body),
		skipEmptyLines: false
	});
	const quotes = parsed.errors.find((e) => e.type === 'Quotes');
	// Papa counts records from 0 with the header as record 0; a spreadsheet counts rows from 1.
	if (quotes) return { ok: false, problem: { code: 'quotes', row: (quotes.row ?? 0) + 1 } };
	const records = parsed.data.map((cells, index) => ({ row: index + 1, cells }));
	const filled = records.filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
	if (filled.length === 0) return { ok: false, problem: { code: 'empty' } };
	const [header, ...data] = filled;
	const { columns, ignored } = readHeader(header.cells);
	if (!columns.some((c) => c.field === 'title')) {
		const headers = header.cells.map((c) => c.trim()).filter(Boolean);
		return { ok: false, problem: { code: 'no_title', headers } };
	}
	if (data.length === 0) return { ok: false, problem: { code: 'empty' } };
	if (data.length > IMPORT_MAX_ROWS) {
		return {
			ok: false,
			problem: { code: 'too_many_rows', limit: IMPORT_MAX_ROWS, rows: data.length }
		};
	}
	const rows = data.map(({ row, cells }) => readRow(row, cells, columns, vocab));
	return { ok: true, rows, ignored, errors: rows.filter((r) => r.issues.length).length };
}
