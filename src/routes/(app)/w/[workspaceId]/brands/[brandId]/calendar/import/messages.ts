import { FORMATS, STATUSES, type Format, type Status } from '$lib/domain/content';
import { CHANNEL_KIND_KEYS } from '$lib/domain/channels';
import {
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
import type { CalendarChecked, Spellings } from '$lib/server/services/imports/calendar';
import { placeOf, scheduleNotice } from '$lib/i18n/schedule-notice';

export { confirmSchema } from '$lib/schemas/csv-import';

/** Every accepted spelling of kinds, formats and statuses, in the languages we speak. */
export function spellings(): Spellings {
	const kinds = namesInEveryLanguage(CHANNEL_KIND_KEYS, 'channel_') as Record<string, string[]>;
	return {
		channelKinds: (kind) => kinds[kind] ?? [],
		formats: namesInEveryLanguage(FORMATS, 'cal_format_'),
		statuses: namesInEveryLanguage(STATUSES, 'cal_status_')
	};
}

const OWN: OwnWords = {
	empty: () => m.import_problem_empty(),
	noColumn: (headers) => m.import_problem_no_title({ headers })
};

export function problemText(problem: FileProblem) {
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

/** What the preview shows of a check: rows in the user's words. */
export const previewView = (checked: CalendarChecked, locale: string) => ({
	rows: checked.rows.map((row) => rowView(row, checked.vocab, locale)),
	ignored: checked.ignored,
	errors: checked.errors
});
export type PreviewView = ReturnType<typeof previewView>;
