/**
 * The audience import: a file read by the domain rules, its columns matched to the brand's
 * metrics, compared with what is stored, then written as one batch that can be undone once.
 * Everything is answered as data: the route says it in the user's language.
 */
import { createHash } from 'node:crypto';
import {
	detectFormat,
	mappingProblem,
	proposeTargets,
	readImportRows,
	readImportTable,
	type ImportRow,
	type Mapping
} from '../../../domain/audience-import';
import type { CsvProblem } from '../../../domain/csv-read';
import { METRIC_INFO } from '../../../domain/metrics';
import type { Db } from '../../db/client';
import {
	applyImport,
	findImportOfFile,
	planImport,
	undoImport,
	type ImportPlan
} from '../../queries/audience-import';
import { valueKey } from '../../queries/metric-values';
import { listMetrics } from '../../queries/metrics';

export type AudienceScope = { brandId: string; currency: string };

export const fileHash = (text: string) => createHash('sha256').update(text).digest('hex');

/** Why the chosen mapping cannot be read: the domain's three, or most dates unreadable. */
export type MappingRefusal = NonNullable<ReturnType<typeof mappingProblem>> | 'dates';

/** Per row: a totals line, one that feeds nothing, or what it would do to the stored values. */
export type RowStatus =
	| { kind: 'summary' }
	| { kind: 'empty' }
	| { kind: 'counts'; new: number; changed: number; unchanged: number };

function rowStatus(row: ImportRow, mapping: Mapping, plan: ImportPlan): RowStatus {
	if (row.summary) return { kind: 'summary' };
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
	return any ? { kind: 'counts', ...counts } : { kind: 'empty' };
}

/**
 * The whole check against the brand as it is now. Without a chosen mapping, a known export is
 * read with the proposed one; a plain or unknown file (or one nothing could be matched for)
 * stops at the mapping step, with `refused` saying why a chosen mapping cannot be read.
 */
export async function checkAudienceImport(
	db: Db,
	scope: AudienceScope,
	input: { text: string; fileName: string; mapping: Mapping | null }
) {
	const { text, fileName, mapping: chosen } = input;
	const read = readImportTable(text);
	if (!read.ok) return { ok: false as const, reason: 'file' as const, problem: read.problem };
	const { table } = read;
	const detected = detectFormat(table);
	const metrics = await listMetrics(db, scope.brandId);
	const targets = metrics.map((metric) => ({
		id: metric.id,
		kind: metric.kind,
		channelKind: metric.channelKind,
		unit: METRIC_INFO[metric.kind].unit
	}));
	const mapping: Mapping = chosen ?? { ...detected, targets: proposeTargets(detected, targets) };
	const map = {
		format: detected.format,
		fileName,
		csv: text,
		headers: table.headers,
		mapping,
		metrics,
		period: table.period,
		/** Columns of a known export that no metric of the brand is matched to. */
		missing: table.headers.filter((h, i) => detected.kinds[i] && !mapping.targets[i]),
		refused: null as MappingRefusal | null
	};
	const mapStep = (refused: MappingRefusal | null = null) => ({
		ok: true as const,
		step: 'map' as const,
		map: { ...map, refused }
	});
	const problem = mappingProblem(mapping, table.headers.length);
	const unknown = detected.format === 'plain' || detected.format === 'mapped';
	if (problem && chosen) return mapStep(problem);
	if (problem || (unknown && !chosen)) return mapStep();
	const units = new Map(targets.map((t) => [t.id, t.unit]));
	const rows = readImportRows(table, mapping, units, scope.currency);
	const dated = rows.rows.filter((r) => !r.summary);
	const badDates = dated.filter((r) => r.issues.some((i) => i.code === 'date')).length;
	if (badDates > dated.length / 2) return mapStep('dates');
	const plan = await planImport(db, scope.brandId, rows.values);
	const ids = new Set(metrics.map((metric) => metric.id));
	const feeds = mapping.targets.flatMap((t, i) =>
		t && i !== mapping.dateColumn && ids.has(t) ? [{ column: table.headers[i], metricId: t }] : []
	);
	const before = await findImportOfFile(db, scope.brandId, fileHash(text));
	return {
		ok: true as const,
		step: 'preview' as const,
		map,
		values: rows.values,
		rowCount: dated.length,
		preview: {
			columns: rows.columns,
			feeds,
			rows: rows.rows.map((row) => ({
				row: row.row,
				cells: row.cells,
				issues: row.issues,
				status: rowStatus(row, mapping, plan)
			})),
			errors: rows.errors,
			counts: plan.counts,
			importedBefore: before?.createdAt.getTime() ?? null
		}
	};
}

export type AudienceCheck = Awaited<ReturnType<typeof checkAudienceImport>>;
export type AudienceChecked = Extract<AudienceCheck, { ok: true }>;

export type AudienceApply =
	| { ok: true; batchId: string }
	| { ok: false; reason: 'file'; problem: CsvProblem }
	| { ok: false; reason: 'not-ready'; checked: AudienceChecked }
	| { ok: false; reason: 'nothing' };

/**
 * Checks the file again (the browser's copy proves nothing) and writes one batch. A file that
 * stops at the mapping step or has refused rows is 'not-ready' with the check to show again; one
 * that would change nothing writes no batch: 'nothing'.
 */
export async function applyAudienceImport(
	db: Db,
	scope: AudienceScope & { userId: string },
	input: { text: string; fileName: string; mapping: Mapping }
): Promise<AudienceApply> {
	const checked = await checkAudienceImport(db, scope, input);
	if (!checked.ok) return checked;
	if (checked.step === 'map' || checked.preview.errors)
		return { ok: false, reason: 'not-ready', checked };
	const { batchId } = await applyImport(db, scope.brandId, scope.userId, {
		fileName: input.fileName,
		format: checked.map.format,
		fileHash: fileHash(input.text),
		rowCount: checked.rowCount,
		values: checked.values
	});
	return batchId ? { ok: true, batchId } : { ok: false, reason: 'nothing' };
}

/** Undoes a batch once: a second undo (or two racing) changes nothing: 'already-undone'. */
export async function undoAudienceImport(
	db: Db,
	scope: { brandId: string; userId: string },
	input: { batchId: string }
): Promise<
	| { ok: true; restored: number; kept: number }
	| { ok: false; reason: 'not-found' | 'already-undone' }
> {
	const undone = await undoImport(db, scope.brandId, input.batchId, scope.userId);
	if (undone.ok) return undone;
	return { ok: false, reason: undone.reason === 'missing' ? 'not-found' : 'already-undone' };
}
