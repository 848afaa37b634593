/**
 * The audience import in the user's language: the file's problems, the mapping step and the
 * preview as the page shows them. The checks and the write are services/imports/audience.ts's.
 */
import type { ImportIssue } from '$lib/domain/audience-import';
import type { CsvProblem } from '$lib/domain/csv-read';
import { metricName } from '$lib/i18n/metrics';
import { m } from '$lib/paraglide/messages';
import { csvProblemText, listOf, readUpload, type OwnWords } from '$lib/server/csv-upload';
import type {
	AudienceChecked,
	MappingRefusal,
	RowStatus
} from '$lib/server/services/imports/audience';

const OWN: OwnWords = {
	empty: () => m.imp_problem_empty(),
	noColumn: (headers) => m.imp_problem_no_date({ headers })
};

export const fileProblemText = (problem: CsvProblem) => csvProblemText(problem, OWN);

/** The uploaded file's text and name (the name only labels the import in its history). */
export async function readImportUpload(request: Request) {
	const raw = await request.clone().formData();
	const file = raw.get('file');
	const fileName = file instanceof File && file.size > 0 ? file.name.slice(0, 200) : '';
	return { ...(await readUpload(request, OWN)), fileName };
}

function issueText(row: number, issue: ImportIssue) {
	const { column, value } = issue;
	switch (issue.code) {
		case 'date':
			return m.imp_issue_date({ row, column, value });
		case 'duplicate':
			return m.imp_issue_duplicate({ row, value, first: issue.firstRow });
		case 'number':
			return m.imp_issue_number({ row, column, value });
		case 'negative':
			return m.imp_issue_negative({ row, column, value });
		case 'whole':
			return m.imp_issue_whole({ row, column, value });
		case 'decimals':
			return m.imp_issue_decimals({ row, column, value });
		case 'too_large':
			return m.imp_issue_too_large({ row, column, value });
		case 'too_long':
			return m.imp_issue_too_long({ row, column, limit: issue.limit });
	}
}

function statusText(status: RowStatus) {
	if (status.kind === 'summary') return m.imp_row_summary();
	if (status.kind === 'empty') return m.imp_row_empty();
	const { new: added, changed, unchanged } = status;
	return m.imp_row_status({ new: added, changed, unchanged });
}

function refusalText(refused: MappingRefusal, column: string) {
	switch (refused) {
		case 'date':
			return m.imp_map_error_date();
		case 'no_target':
			return m.imp_map_error_none();
		case 'twice':
			return m.imp_map_error_twice();
		case 'dates':
			return m.imp_map_error_dates({ column });
	}
}

function mapView(map: AudienceChecked['map']) {
	const { metrics, missing, refused, ...rest } = map;
	return {
		...rest,
		options: metrics.map((metric) => ({ id: metric.id, name: metricName(metric) })),
		missing: missing.length ? m.imp_map_missing({ columns: listOf(missing) }) : null,
		error: refused ? refusalText(refused, map.headers[map.mapping.dateColumn] ?? '') : null
	};
}
export type MapView = ReturnType<typeof mapView>;

function previewView(checked: Extract<AudienceChecked, { step: 'preview' }>, map: MapView) {
	const names = new Map(map.options.map((o) => [o.id, o.name]));
	const { preview } = checked;
	return {
		...preview,
		feeds: preview.feeds.map((f) =>
			m.imp_feeds({ column: f.column, metric: names.get(f.metricId)! })
		),
		rows: preview.rows.map((row) => ({
			...row,
			issues: row.issues.map((issue) => issueText(row.row, issue)),
			status: statusText(row.status)
		}))
	};
}
export type PreviewView = ReturnType<typeof previewView>;

/** What the page needs of a check: the mapping step, and the preview once there is one. */
export function view(checked: AudienceChecked) {
	const map = mapView(checked.map);
	return { map, preview: checked.step === 'map' ? null : previewView(checked, map) };
}
