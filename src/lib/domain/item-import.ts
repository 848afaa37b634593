/**
 * CSV import of content items: bytes → text → rows → items, with every problem named by the row
 * number a spreadsheet shows (the header is row 1) and the column as the file spells it.
 *
 * Pure: the brand's vocabulary (channels, pillars, people, the names of formats and statuses in
 * every language) and the field limits are parameters. Nothing here writes anything.
 */
import {
	CSV_MAX_BYTES,
	CSV_MAX_ROWS,
	isWebUrl,
	key,
	lines,
	longCells,
	readCells,
	readDate,
	readTable,
	type Column,
	type CsvRecord,
	type CsvProblem
} from './csv-read';
import { captionCheck, type Format, type Status } from './content';
import { scheduleAt } from './schedule';
import { isTime } from './zoned-time';

// Decoding, delimiters, limits and dates are shared with every CSV import (csv-read.ts).
export { decodeCsv, guessDelimiter, key, readDate, utf8Length } from './csv-read';
export const IMPORT_MAX_BYTES = CSV_MAX_BYTES;
export const IMPORT_MAX_ROWS = CSV_MAX_ROWS;

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

/** The calendar calls the missing required column `no_title`, as its messages do. */
export type FileProblem =
	Exclude<CsvProblem, { code: 'no_column' }> | { code: 'no_title'; headers: string[] };

export type ImportPreview = {
	rows: ImportRow[];
	/** Header cells we do not read (unknown, repeated, or our export's `id`/`utc`). */
	ignored: string[];
	errors: number;
};

export type ImportResult = ({ ok: true } & ImportPreview) | { ok: false; problem: FileProblem };

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

/** Cells that name something (a channel, a person) or spell a date, time or choice. */
const NAME_CELL_MAX = 300;
const SHORT_CELL_MAX = 100;

/** Longest cell each field reads: a text field's own limit, else more than any real one takes. */
export function importCellCaps(limits: Vocabulary['limits']): Record<ImportField, number> {
	return {
		...limits,
		link_url: limits.url,
		published_url: limits.url,
		channel: NAME_CELL_MAX,
		pillar: NAME_CELL_MAX,
		persona: NAME_CELL_MAX,
		owner: NAME_CELL_MAX,
		date: SHORT_CELL_MAX,
		time: SHORT_CELL_MAX,
		time_zone: SHORT_CELL_MAX,
		format: SHORT_CELL_MAX,
		status: SHORT_CELL_MAX,
		utc: SHORT_CELL_MAX,
		id: SHORT_CELL_MAX
	};
}

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
	{ row, ...cells }: CsvRecord,
	columns: Column<ImportField>[],
	vocab: Vocabulary
): ImportRow {
	const { values, headers, long: cut } = readCells(cells, columns);
	const issues: ImportIssue[] = [];
	const get = (field: ImportField) => values[field] ?? '';
	// A cell over its cap is reported as too long, and nothing else is said about it.
	const caps = importCellCaps(vocab.limits);
	const long = longCells(values, caps, cut);
	const issue = (field: ImportField, code: IssueCode, extra: Partial<ImportIssue> = {}) => {
		if (code !== 'too_long' && long.includes(field)) return;
		issues.push({ row, column: headers[field] ?? field, field, code, value: get(field), ...extra });
	};
	for (const field of long) issue(field, 'too_long', { limit: caps[field] });
	const text = (field: ImportField) => lines(get(field));

	const title = text('title');
	if (!title) issue('title', 'required');
	const brief = text('brief');
	const caption = text('caption');

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
		if (value && !long.includes(field) && !isWebUrl(value, protocols)) issue(field, code);
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

/** Text of a CSV (any of `,` `;` tab delimiters; CRLF or LF) → a preview of every row. */
export function previewImport(text: string, vocab: Vocabulary): ImportResult {
	const table = readTable(text, HEADERS, { required: 'title', unread: UNREAD });
	if (!table.ok) {
		const { problem } = table;
		return {
			ok: false,
			problem: problem.code === 'no_column' ? { ...problem, code: 'no_title' } : problem
		};
	}
	const rows = table.rows.map((record) => readRow(record, table.columns, vocab));
	return {
		ok: true,
		rows,
		ignored: table.ignored,
		errors: rows.filter((r) => r.issues.length).length
	};
}
