/**
 * Audience imports as batches: what a file would change, writing it as one batch that remembers
 * every value it replaced, and undoing a batch.
 *
 * Idempotent: a value already stored as the file has it is "unchanged" and not written, so
 * importing the same file again changes nothing — and then no batch is recorded at all.
 *
 * Undo restores what a batch replaced, but only where the batch still owns the value
 * (metric_values.batch_id is the batch and the value is the one it wrote); a value typed or
 * imported since is left alone and counted as kept.
 */
import { and, desc, eq, gte, inArray, isNull, lte, ne } from 'drizzle-orm';
import type { ImportValue } from '../../domain/audience-import';
import type { Db } from '../db/client';
import { importBatches, importChanges, metrics, metricValues, users } from '../db/schema';
import { newId } from '../db/ids';
import { listValues, valueKey, type Reader } from './metric-values';

export type ImportPlan = {
	counts: { new: number; changed: number; unchanged: number };
	writes: (ImportValue & { previous: number | null })[];
};

/** What writing these values would do against the brand's values as they are now. */
export async function planImport(db: Reader, brandId: string, values: ImportValue[]) {
	const plan: ImportPlan = { counts: { new: 0, changed: 0, unchanged: 0 }, writes: [] };
	if (values.length === 0) return plan;
	const days = values.map((v) => v.day).sort();
	const ids = [...new Set(values.map((v) => v.metricId))];
	const stored = await listValues(db, brandId, days[0], days.at(-1)!, ids);
	const current = new Map(stored.map((v) => [valueKey(v.metricId, v.day), v.value]));
	for (const value of values) {
		const previous = current.get(valueKey(value.metricId, value.day)) ?? null;
		if (previous === value.value) plan.counts.unchanged += 1;
		else {
			plan.counts[previous === null ? 'new' : 'changed'] += 1;
			plan.writes.push({ ...value, previous });
		}
	}
	return plan;
}

export type BatchInput = {
	fileName: string;
	format: string;
	fileHash: string;
	rowCount: number;
	values: ImportValue[];
};

// Rows per insert: far under SQLite's 32,766 bound parameters.
const CHUNK = 400;
const chunks = <T>(items: T[]) =>
	Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) =>
		items.slice(i * CHUNK, (i + 1) * CHUNK)
	);

/**
 * Writes a file's values as one batch, in one transaction, planned again inside it. Values of
 * metrics that are not the brand's are dropped. Nothing to change → no batch (`batchId: null`).
 */
export async function applyImport(
	db: Db,
	brandId: string,
	userId: string,
	input: BatchInput,
	now = Date.now()
) {
	return db.transaction(async (tx) => {
		const owned = new Set(
			(await tx.select({ id: metrics.id }).from(metrics).where(eq(metrics.brandId, brandId))).map(
				(r) => r.id
			)
		);
		const plan = await planImport(
			tx,
			brandId,
			input.values.filter((v) => owned.has(v.metricId))
		);
		if (plan.writes.length === 0) return { batchId: null, counts: plan.counts };
		const batchId = newId();
		await tx.insert(importBatches).values({
			id: batchId,
			brandId,
			fileName: input.fileName.slice(0, 200),
			format: input.format,
			fileHash: input.fileHash,
			rowCount: input.rowCount,
			changedCount: plan.writes.length,
			createdBy: userId,
			createdAt: new Date(now)
		});
		const updatedAt = new Date(now);
		for (const part of chunks(plan.writes)) {
			await tx.insert(importChanges).values(part.map((w) => ({ batchId, ...w })));
		}
		for (const w of plan.writes) {
			await tx
				.insert(metricValues)
				.values({ metricId: w.metricId, day: w.day, value: w.value, batchId, updatedAt })
				.onConflictDoUpdate({
					target: [metricValues.metricId, metricValues.day],
					set: { value: w.value, batchId, updatedAt }
				});
		}
		return { batchId, counts: plan.counts };
	});
}

const batchColumns = {
	id: importBatches.id,
	fileName: importBatches.fileName,
	format: importBatches.format,
	rowCount: importBatches.rowCount,
	changedCount: importBatches.changedCount,
	createdAt: importBatches.createdAt,
	undoneAt: importBatches.undoneAt,
	createdByName: users.name
};

/** The brand's imports, newest first. */
export function listImportBatches(db: Db, brandId: string, limit = 50) {
	return db
		.select(batchColumns)
		.from(importBatches)
		.leftJoin(users, eq(users.id, importBatches.createdBy))
		.where(eq(importBatches.brandId, brandId))
		.orderBy(desc(importBatches.createdAt))
		.limit(limit);
}

/** One import of the brand, or null (another brand's batch reads as missing). */
export async function getImportBatch(db: Db, brandId: string, batchId: string) {
	const [batch] = await db
		.select({ ...batchColumns, fileHash: importBatches.fileHash })
		.from(importBatches)
		.leftJoin(users, eq(users.id, importBatches.createdBy))
		.where(and(eq(importBatches.brandId, brandId), eq(importBatches.id, batchId)));
	return batch ?? null;
}

/** The latest import of the same file (same bytes) still in force, if any. */
export async function findImportOfFile(db: Db, brandId: string, fileHash: string) {
	const [batch] = await db
		.select({ id: importBatches.id, createdAt: importBatches.createdAt })
		.from(importBatches)
		.where(
			and(
				eq(importBatches.brandId, brandId),
				eq(importBatches.fileHash, fileHash),
				isNull(importBatches.undoneAt)
			)
		)
		.orderBy(desc(importBatches.createdAt))
		.limit(1);
	return batch ?? null;
}

/**
 * Undoes a batch once: each value it still owns goes back to what it replaced (removed where
 * there was none), owned again by the earlier import that wrote it, if one did. Values changed
 * since are kept and counted.
 */
export async function undoImport(
	db: Db,
	brandId: string,
	batchId: string,
	userId: string,
	now = Date.now()
): Promise<
	{ ok: true; restored: number; kept: number } | { ok: false; reason: 'missing' | 'undone' }
> {
	return db.transaction(async (tx) => {
		const [batch] = await tx
			.select({
				id: importBatches.id,
				createdAt: importBatches.createdAt,
				undoneAt: importBatches.undoneAt
			})
			.from(importBatches)
			.where(and(eq(importBatches.brandId, brandId), eq(importBatches.id, batchId)));
		if (!batch) return { ok: false, reason: 'missing' };
		// Claimed first: of two undos racing, only one finds the batch still in force.
		const claimed = await tx
			.update(importBatches)
			.set({ undoneAt: new Date(now), undoneBy: userId })
			.where(and(eq(importBatches.id, batchId), isNull(importBatches.undoneAt)))
			.returning({ id: importBatches.id });
		if (claimed.length === 0) return { ok: false, reason: 'undone' };
		const changes = await tx.select().from(importChanges).where(eq(importChanges.batchId, batchId));
		if (changes.length === 0) return { ok: true, restored: 0, kept: 0 };
		const days = changes.map((c) => c.day).sort();
		const ids = [...new Set(changes.map((c) => c.metricId))];
		const stored = await listValues(tx, brandId, days[0], days.at(-1)!, ids);
		const current = new Map(stored.map((v) => [valueKey(v.metricId, v.day), v]));
		const owners = await earlierOwners(tx, brandId, batchId, batch.createdAt, ids, days);
		let restored = 0;
		let kept = 0;
		const updatedAt = new Date(now);
		for (const change of changes) {
			const value = current.get(valueKey(change.metricId, change.day));
			if (value?.batchId !== batchId || value.value !== change.value) {
				kept += 1;
				continue;
			}
			const where = and(
				eq(metricValues.metricId, change.metricId),
				eq(metricValues.day, change.day)
			);
			if (change.previous === null) await tx.delete(metricValues).where(where);
			else {
				const owner = owners.get(valueKey(change.metricId, change.day));
				const previousBatch = owner?.value === change.previous ? owner.batchId : null;
				await tx
					.update(metricValues)
					.set({ value: change.previous, batchId: previousBatch, updatedAt })
					.where(where);
			}
			restored += 1;
		}
		return { ok: true, restored, kept };
	});
}

/** Per metric and day: the latest earlier import still in force that wrote it, and its value. */
async function earlierOwners(
	tx: Reader,
	brandId: string,
	batchId: string,
	before: Date,
	metricIds: string[],
	days: string[]
) {
	const rows = await tx
		.select({
			metricId: importChanges.metricId,
			day: importChanges.day,
			value: importChanges.value,
			batchId: importChanges.batchId
		})
		.from(importChanges)
		.innerJoin(importBatches, eq(importBatches.id, importChanges.batchId))
		.where(
			and(
				eq(importBatches.brandId, brandId),
				ne(importBatches.id, batchId),
				isNull(importBatches.undoneAt),
				lte(importBatches.createdAt, before),
				inArray(importChanges.metricId, metricIds),
				gte(importChanges.day, days[0]),
				lte(importChanges.day, days.at(-1)!)
			)
		)
		.orderBy(importBatches.createdAt);
	// Ordered oldest first: the last one written for a day is the latest owner.
	return new Map(rows.map((r) => [valueKey(r.metricId, r.day), r]));
}

/** The first values a batch wrote (by metric, day), and how many it added and replaced. */
export async function listBatchChanges(db: Db, batchId: string, limit = 200) {
	const rows = await db
		.select({
			metricId: importChanges.metricId,
			day: importChanges.day,
			previous: importChanges.previous,
			value: importChanges.value
		})
		.from(importChanges)
		.where(eq(importChanges.batchId, batchId))
		.orderBy(importChanges.metricId, importChanges.day);
	const added = rows.filter((r) => r.previous === null).length;
	return {
		changes: rows.slice(0, limit),
		total: rows.length,
		added,
		replaced: rows.length - added
	};
}
