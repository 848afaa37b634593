/**
 * The creator import's words and checks: the file read by the domain rules, compared with the
 * directory, and every problem and outcome said in the user's language.
 */
import { channelName } from '$lib/i18n/channels';
import { FORMATS } from '$lib/domain/content';
import type { CreatorCsvRow, CreatorCsvVocabulary, CreatorIssue } from '$lib/domain/creator-csv';
import type { CsvProblem } from '$lib/domain/csv-read';
import { CREATOR_PLATFORMS } from '$lib/domain/creators';
import { formatNumber } from '$lib/i18n/format';
import { namesInEveryLanguage } from '$lib/i18n/every-language';
import { m } from '$lib/paraglide/messages';
import {
	csvProblemText,
	listOf,
	readUpload as csvUpload,
	type OwnWords
} from '$lib/server/csv-upload';
import type { CreatorChecked } from '$lib/server/services/imports/creators';

export { confirmSchema } from '$lib/schemas/csv-import';

const OWN: OwnWords = {
	empty: () => m.creator_csv_problem_empty(),
	noColumn: (headers) => m.creator_csv_problem_no_name({ headers })
};

/** The preview's form and the file's text, or the failure to answer with. */
export const readUpload = (request: Request) => csvUpload(request, OWN);

// Platform and deliverable names are messages named after their keys, in every language.
export const vocabulary = (): CreatorCsvVocabulary => ({
	platforms: namesInEveryLanguage(CREATOR_PLATFORMS, 'channel_'),
	kinds: namesInEveryLanguage(FORMATS, 'cal_format_')
});

function issueText(issue: CreatorIssue) {
	const { row, column, value } = issue;
	const limit = issue.limit ?? 0;
	switch (issue.code) {
		case 'required':
			return m.creator_csv_issue_required({ row, column });
		case 'too_long':
			return m.import_issue_too_long({ row, column, limit });
		case 'too_many':
			return m.creator_csv_issue_too_many({ row, column, limit });
		case 'platform':
			return m.creator_csv_issue_platform({
				row,
				column,
				value,
				options: listOf((issue.options ?? []).map(channelName))
			});
		case 'need_platform':
			return m.creator_csv_issue_need_platform({ row, column });
		case 'need_handle':
			return m.creator_csv_issue_need_handle({ row, column });
		case 'number':
			return m.creator_csv_issue_number({ row, column, value });
		case 'engagement':
			return m.creator_csv_issue_engagement({ row, column, value });
		case 'date':
			return m.import_issue_date({ row, column, value });
		case 'email':
			return m.creator_csv_issue_email({ row, column, value });
		case 'url':
			return m.creator_csv_issue_url({ row, column, value });
		case 'rate_card':
			return m.creator_csv_issue_rate_card({ row, column, value });
		case 'country':
			return m.creator_csv_issue_country({ row, column, value });
		case 'language':
			return m.creator_csv_issue_language({ row, column, value });
		case 'yes_no':
			return m.creator_csv_issue_yes_no({ row, column, value });
		case 'duplicate':
			return m.creator_csv_issue_duplicate({ row, column, value, first: issue.firstRow ?? 0 });
	}
}

function statusText(outcome: CreatorChecked['outcomes'][number]) {
	if (outcome?.kind === 'adds_to') return m.creator_csv_row_adds_to({ creator: outcome.creator });
	if (outcome?.kind === 'skipped') return m.creator_csv_row_skipped({ creator: outcome.creator });
	return m.creator_csv_row_new();
}

/** What the preview table shows: values as read when the row is good, else as the file has them. */
function rowView(row: CreatorCsvRow, outcome: CreatorChecked['outcomes'][number], locale: string) {
	const v = row.values;
	const p = row.profile;
	return {
		row: row.row,
		cells: [
			v.name ?? '',
			p ? channelName(p.platform) : (v.platform ?? ''),
			p?.handle ?? v.handle ?? '',
			p?.followers != null ? formatNumber(p.followers, locale) : (v.followers ?? ''),
			v.email ?? ''
		],
		issues: row.issues.map(issueText),
		status: statusText(outcome)
	};
}

export const problemText = (problem: CsvProblem) => csvProblemText(problem, OWN);

/** What the preview shows of a check: rows and outcomes in the user's words. */
export const previewView = (checked: CreatorChecked, locale: string) => ({
	rows: checked.parsed.rows.map((row, i) => rowView(row, checked.outcomes[i], locale)),
	ignored: checked.parsed.ignored,
	errors: checked.parsed.errors,
	counts: checked.counts
});
export type PreviewView = ReturnType<typeof previewView>;
