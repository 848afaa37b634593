import { z } from 'zod';
import { FORMATS, STATUSES, type Format, type Status } from '$lib/domain/content';
import { CHANNEL_KIND_KEYS } from '$lib/domain/channels';
import {
	decodeCsv,
	IMPORT_MAX_BYTES,
	previewImport,
	type FileProblem,
	type ImportIssue,
	type ImportRow,
	type Vocabulary,
	utf8Length
} from '$lib/domain/item-import';
import { formatName, statusName } from '$lib/calendar-names';
import { m } from '$lib/paraglide/messages';
import { getLocale, locales, type Locale } from '$lib/paraglide/runtime';
import { ITEM_BRIEF_MAX, ITEM_CAPTION_MAX, ITEM_TITLE_MAX, ITEM_URL_MAX } from '$lib/schemas/item';
import { db } from '$lib/server/db';
import type { Brand } from '$lib/server/db/schema';
import { loadVocabulary, type Spellings } from '$lib/server/queries/import';
import { placeOf, scheduleNotice } from '../items/schedule-notice';

export const uploadSchema = z.object({ text: z.string().default('') });
export const confirmSchema = z.object({
	csv: z.string().min(1).max(IMPORT_MAX_BYTES),
	token: z.string().regex(/^[a-z2-7]{32}$/)
});

type Message = (inputs?: object, options?: { locale?: Locale }) => string;
// Kind, format and status names are messages named after their keys (see channel-names.ts and
// calendar-names.ts); a file may use the name in any of our languages.
const named = (prefix: string, keyName: string) =>
	(m as unknown as Record<string, Message | undefined>)[`${prefix}${keyName}`];
const everyLanguage = (prefix: string, keyName: string) => {
	const message = named(prefix, keyName);
	return message ? [message(), ...locales.map((locale) => message({}, { locale }))] : [];
};
const table = <K extends string>(keys: readonly K[], prefix: string) =>
	Object.fromEntries(keys.map((k) => [k, everyLanguage(prefix, k)])) as Record<K, string[]>;

function spellings(): Spellings {
	const kinds = table(CHANNEL_KIND_KEYS, 'channel_') as Record<string, string[]>;
	return {
		channelKinds: (kind) => kinds[kind] ?? [],
		formats: table(FORMATS, 'cal_format_'),
		statuses: table(STATUSES, 'cal_status_')
	};
}

const LIMITS = {
	title: ITEM_TITLE_MAX,
	brief: ITEM_BRIEF_MAX,
	caption: ITEM_CAPTION_MAX,
	url: ITEM_URL_MAX
};

const KB = Math.floor(IMPORT_MAX_BYTES / 1000);
/** Names in a sentence: 、 between them in Chinese. */
export const listOf = (items: string[]) => items.join(getLocale() === 'zh-CN' ? '、' : ', ');

function problemText(problem: FileProblem) {
	switch (problem.code) {
		case 'too_big':
			return m.import_problem_too_big({ kb: KB });
		case 'encoding':
			return m.import_problem_encoding();
		case 'empty':
			return m.import_problem_empty();
		case 'no_title':
			return m.import_problem_no_title({ headers: listOf(problem.headers) || '—' });
		case 'too_many_rows':
			return m.import_problem_too_many_rows({ rows: problem.rows, limit: problem.limit });
		case 'quotes':
			return m.import_problem_quotes({ row: problem.row });
	}
}

function issueText(issue: ImportIssue, vocab: Vocabulary) {
	const { row, column, value } = issue;
	const options = listOf(issue.options ?? []);
	switch (issue.code) {
		case 'required':
			return m.import_issue_required({ row, column });
		case 'too_long':
			return m.import_issue_too_long({ row, column, limit: issue.limit ?? 0 });
		case 'date':
			return m.import_issue_date({ row, column, value });
		case 'time':
			return m.import_issue_time({ row, column, value });
		case 'need_time':
			return m.import_issue_need_time({ row, column });
		case 'need_date':
			return m.import_issue_need_date({ row, column });
		case 'unknown':
			return options
				? m.import_issue_unknown({ row, column, value, options })
				: m.import_issue_unknown_none({ row, column, value });
		case 'ambiguous':
			return m.import_issue_ambiguous({ row, column, value, options });
		case 'need_channel':
			return m.import_issue_need_channel({ row, column });
		case 'zone':
			return m.import_issue_zone({ row, column, value, zone: options || vocab.marketTimeZone });
		case 'caption_over':
			return m.import_issue_caption_over({ row, column, limit: issue.limit ?? 0 });
		case 'url':
			return m.import_issue_url({ row, column, value });
		case 'https':
			return m.import_issue_https({ row, column });
	}
}

/** What the preview table shows for a row: resolved names when the row is good, else the file's. */
function rowView(row: ImportRow, vocab: Vocabulary, locale: string) {
	const v = row.values;
	const item = row.item;
	const name = (list: { id: string; names: string[] }[], id: string | null | undefined) =>
		list.find((x) => x.id === id)?.names[0] ?? '';
	const when = item?.scheduledDate
		? `${item.scheduledDate} ${item.scheduledTime} (${placeOf(item.timeZone ?? '')})`
		: [v.date, v.time].filter(Boolean).join(' ');
	const notice =
		row.notice && item
			? m.import_row_notice({
					row: row.row,
					notice: scheduleNotice(row.notice.kind, row.notice.date, row.notice.asked, item, locale)
				})
			: null;
	return {
		row: row.row,
		title: v.title ?? '',
		when,
		channel: item ? name(vocab.channels, item.channelId) : (v.channel ?? ''),
		format: item ? formatName(item.format as Format) : (v.format ?? ''),
		status: item ? statusName(item.status as Status) : (v.status ?? ''),
		pillar: item ? name(vocab.pillars, item.pillarId) : (v.pillar ?? ''),
		persona: item ? name(vocab.personas, item.personaId) : (v.persona ?? ''),
		owner: item ? name(vocab.members, item.ownerId) : (v.owner ?? ''),
		issues: row.issues.map((issue) => issueText(issue, vocab)),
		notice
	};
}
export type RowView = ReturnType<typeof rowView>;

/** An uploaded file (when one was chosen) or the pasted text, as text. */
export async function readSource(file: FormDataEntryValue | null, pasted: string) {
	if (file instanceof File && file.size > 0) {
		if (file.size > IMPORT_MAX_BYTES) {
			return { ok: false as const, message: problemText({ code: 'too_big', limit: 0 }) };
		}
		const decoded = decodeCsv(new Uint8Array(await file.arrayBuffer()));
		if (!decoded.ok) return { ok: false as const, message: problemText(decoded.problem) };
		return { ok: true as const, text: decoded.text };
	}
	if (!pasted.trim()) return { ok: false as const, message: m.import_nothing() };
	if (utf8Length(pasted) > IMPORT_MAX_BYTES) {
		return { ok: false as const, message: problemText({ code: 'too_big', limit: 0 }) };
	}
	return { ok: true as const, text: pasted };
}

/** The whole check, against the brand as it is now: rows for the page and items for the write. */
export async function checkImport(brand: Brand, text: string, locale: string) {
	const vocab = await loadVocabulary(db, brand, spellings(), LIMITS);
	const result = previewImport(text, vocab);
	if (!result.ok) return { ok: false as const, message: problemText(result.problem) };
	return {
		ok: true as const,
		preview: {
			rows: result.rows.map((row) => rowView(row, vocab, locale)),
			ignored: result.ignored,
			errors: result.errors
		},
		items: result.errors ? [] : result.rows.map((row) => row.item!)
	};
}
export type PreviewView = Extract<Awaited<ReturnType<typeof checkImport>>, { ok: true }>['preview'];
