import { FORMATS, STATUSES, type Format, type Status } from '$lib/domain/content';
import { CHANNEL_KIND_KEYS } from '$lib/domain/channels';
import {
	previewImport,
	type FileProblem,
	type ImportIssue,
	type ImportRow,
	type Vocabulary
} from '$lib/domain/item-import';
import { formatName, statusName } from '$lib/i18n/calendar';
import { m } from '$lib/paraglide/messages';
import {
	csvProblemText,
	listOf,
	readUpload as csvUpload,
	type OwnWords
} from '$lib/server/csv-upload';
import { namesInEveryLanguage } from '$lib/i18n/every-language';
import { ITEM_BRIEF_MAX, ITEM_CAPTION_MAX, ITEM_TITLE_MAX, ITEM_URL_MAX } from '$lib/schemas/item';
import { db } from '$lib/server/db';
import type { Brand } from '$lib/server/db/schema';
import { loadVocabulary, type Spellings } from '$lib/server/queries/import';
import { placeOf, scheduleNotice } from '$lib/i18n/schedule-notice';

export { confirmSchema } from '$lib/schemas/csv-import';

function spellings(): Spellings {
	const kinds = namesInEveryLanguage(CHANNEL_KIND_KEYS, 'channel_') as Record<string, string[]>;
	return {
		channelKinds: (kind) => kinds[kind] ?? [],
		formats: namesInEveryLanguage(FORMATS, 'cal_format_'),
		statuses: namesInEveryLanguage(STATUSES, 'cal_status_')
	};
}

const LIMITS = {
	title: ITEM_TITLE_MAX,
	brief: ITEM_BRIEF_MAX,
	caption: ITEM_CAPTION_MAX,
	url: ITEM_URL_MAX
};

const OWN: OwnWords = {
	empty: () => m.import_problem_empty(),
	noColumn: (headers) => m.import_problem_no_title({ headers })
};

function problemText(problem: FileProblem) {
	return csvProblemText(
		problem.code === 'no_title' ? { ...problem, code: 'no_column' } : problem,
		OWN
	);
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

/** The preview's form and the file's text, or the failure to answer with. */
export const readUpload = (request: Request) => csvUpload(request, OWN);

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
