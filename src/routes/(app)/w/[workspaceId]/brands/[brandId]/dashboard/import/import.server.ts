/**
 * The audience import's checks and words: a file read by the domain rules, its columns matched
 * to the brand's metrics, compared with what is stored, every problem said in the user's language.
 */
import { createHash } from 'node:crypto';
import {
	detectFormat,
	mappingProblem,
	proposeTargets,
	readImportRows,
	readImportTable,
	type ImportIssue,
	type ImportRow,
	type Mapping
} from '$lib/domain/audience-import';
import { METRIC_INFO } from '$lib/domain/metrics';
import { metricName } from '$lib/i18n/metrics';
import { m } from '$lib/paraglide/messages';
import { csvProblemText, listOf, readUpload, type OwnWords } from '$lib/server/csv-upload';
import { db } from '$lib/server/db';
import { findImportOfFile, planImport, type ImportPlan } from '$lib/server/queries/audience-import';
import { listMetrics } from '$lib/server/queries/metrics';
import { valueKey } from '$lib/server/queries/metric-values';

const OWN: OwnWords = {
	empty: () => m.imp_problem_empty(),
	noColumn: (headers) => m.imp_problem_no_date({ headers })
};

/** The uploaded file's text and name (the name only labels the import in its history). */
export async function readImportUpload(request: Request) {
	const raw = await request.clone().formData();
	const file = raw.get('file');
	const fileName = file instanceof File && file.size > 0 ? file.name.slice(0, 200) : '';
	return { ...(await readUpload(request, OWN)), fileName };
}

export const fileHash = (text: string) => createHash('sha256').update(text).digest('hex');

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

function rowStatus(row: ImportRow, mapping: Mapping, plan: ImportPlan) {
	if (row.summary) return m.imp_row_summary();
	const counts = { new: 0, changed: 0, unchanged: 0 };
	const writes = new Map(plan.writes.map((w) => [valueKey(w.metricId, w.day), w.previous]));
	let any = false;
	mapping.targets.forEach((target, i) => {
		if (!target || i === mapping.dateColumn || !row.day) return;
		if (!row.cells.length) return;
		const key = valueKey(target, row.day);
		if (writes.has(key)) counts[writes.get(key) === null ? 'new' : 'changed'] += 1;
		else counts.unchanged += 1;
		any = true;
	});
	return any ? m.imp_row_status(counts) : m.imp_row_empty();
}

type Brand = { id: string; currency: string };

/**
 * The whole check against the brand as it is now. Without a chosen mapping, a known export is
 * read with the proposed one; a plain or unknown file (or one nothing could be matched for)
 * stops at the mapping step.
 */
export async function checkImport(
	brand: Brand,
	text: string,
	fileName: string,
	chosen: Mapping | null
) {
	const read = readImportTable(text);
	if (!read.ok) return { ok: false as const, message: csvProblemText(read.problem, OWN) };
	const { table } = read;
	const detected = detectFormat(table);
	const metrics = await listMetrics(db, brand.id);
	const targets = metrics.map((metric) => ({
		id: metric.id,
		kind: metric.kind,
		channelKind: metric.channelKind,
		unit: METRIC_INFO[metric.kind].unit
	}));
	const mapping: Mapping = chosen ?? { ...detected, targets: proposeTargets(detected, targets) };
	const missing = table.headers.filter((h, i) => detected.kinds[i] && !mapping.targets[i]);
	const map = {
		format: detected.format,
		fileName,
		csv: text,
		headers: table.headers,
		mapping,
		options: metrics.map((metric) => ({ id: metric.id, name: metricName(metric) })),
		period: table.period,
		missing: missing.length ? m.imp_map_missing({ columns: listOf(missing) }) : null,
		error: null as string | null
	};
	const problem = mappingProblem(mapping, table.headers.length);
	const unknown = detected.format === 'plain' || detected.format === 'mapped';
	if (problem && chosen) {
		const errors = {
			date: m.imp_map_error_date,
			no_target: m.imp_map_error_none,
			twice: m.imp_map_error_twice
		};
		return { ok: true as const, step: 'map' as const, map: { ...map, error: errors[problem]() } };
	}
	if (problem || (unknown && !chosen)) return { ok: true as const, step: 'map' as const, map };
	const units = new Map(targets.map((t) => [t.id, t.unit]));
	const read2 = readImportRows(table, mapping, units, brand.currency);
	const dated = read2.rows.filter((r) => !r.summary);
	const badDates = dated.filter((r) => r.issues.some((i) => i.code === 'date')).length;
	if (badDates > dated.length / 2) {
		const column = table.headers[mapping.dateColumn] ?? '';
		return {
			ok: true as const,
			step: 'map' as const,
			map: { ...map, error: m.imp_map_error_dates({ column }) }
		};
	}
	const plan = await planImport(db, brand.id, read2.values);
	const names = new Map(map.options.map((o) => [o.id, o.name]));
	const feeds = mapping.targets.flatMap((t, i) =>
		t && i !== mapping.dateColumn && names.has(t)
			? [m.imp_feeds({ column: table.headers[i], metric: names.get(t)! })]
			: []
	);
	const before = await findImportOfFile(db, brand.id, fileHash(text));
	return {
		ok: true as const,
		step: 'preview' as const,
		map,
		values: read2.values,
		rowCount: dated.length,
		preview: {
			columns: read2.columns,
			feeds,
			rows: read2.rows.map((row) => ({
				row: row.row,
				cells: row.cells,
				issues: row.issues.map((issue) => issueText(row.row, issue)),
				status: rowStatus(row, mapping, plan)
			})),
			errors: read2.errors,
			counts: plan.counts,
			importedBefore: before?.createdAt.getTime() ?? null
		}
	};
}
export type Checked = Extract<Awaited<ReturnType<typeof checkImport>>, { ok: true }>;
export type MapView = Checked['map'];
export type PreviewView = Extract<Checked, { step: 'preview' }>['preview'];

/** What the page needs of a check: the mapping step, the preview, and whether it may be confirmed. */
export function view(checked: Checked) {
	if (checked.step === 'map') return { map: checked.map, preview: null };
	return { map: checked.map, preview: checked.preview };
}
