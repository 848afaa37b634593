/**
 * Daily values of a brand's metrics: reading a week for the entry grid and saving what a person
 * typed. Callers have checked the brand (requireBrand); metric ids from elsewhere are ignored.
 *
 * Concurrency: every value carries its `updated_at`. The grid sends back, per cell, the value it
 * showed and that instant; a cell someone else saved meanwhile is reported as a conflict and
 * left as they saved it, while the other cells are written — all in one transaction.
 */
import { and, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Db } from '../db/client';
import { metrics, metricValues } from '../db/schema';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Reader = Db | Tx;

export type StoredValue = {
	metricId: string;
	day: string;
	value: number;
	batchId: string | null;
	updatedAt: number;
};

/** The brand's values between two days (inclusive) for some of its metrics (all when omitted). */
export async function listValues(
	db: Reader,
	brandId: string,
	from: string,
	to: string,
	metricIds?: string[]
): Promise<StoredValue[]> {
	if (metricIds && metricIds.length === 0) return [];
	const rows = await db
		.select({
			metricId: metricValues.metricId,
			day: metricValues.day,
			value: metricValues.value,
			batchId: metricValues.batchId,
			updatedAt: metricValues.updatedAt
		})
		.from(metricValues)
		.innerJoin(metrics, eq(metrics.id, metricValues.metricId))
		.where(
			and(
				eq(metrics.brandId, brandId),
				gte(metricValues.day, from),
				lte(metricValues.day, to),
				metricIds ? inArray(metricValues.metricId, metricIds) : undefined
			)
		);
	return rows.map((r) => ({ ...r, updatedAt: r.updatedAt.getTime() }));
}

export const valueKey = (metricId: string, day: string) => `${metricId}\u0000${day}`;

/** One typed cell: a new value or a clear, with what the grid showed when it was drawn. */
export type EntryCell = {
	metricId: string;
	day: string;
	shown: number | null;
	seen: number | null;
	change: { kind: 'value'; value: number } | { kind: 'clear' };
};
export type EntryConflict = { metricId: string; day: string; current: number | null };

/** A write instant later than the one it replaces, so a conflict check never ties. */
const after = (now: number, previous: number | undefined) =>
	new Date(Math.max(now, (previous ?? 0) + 1));

/**
 * Writes the cells that differ from what the grid showed. A cell whose stored value changed
 * since (another instant, or a value where there was none) is a conflict: not written, and
 * returned with what is stored now.
 */
export async function saveEntry(db: Db, brandId: string, cells: EntryCell[], now = Date.now()) {
	return db.transaction(async (tx) => {
		const owned = new Set(
			(await tx.select({ id: metrics.id }).from(metrics).where(eq(metrics.brandId, brandId))).map(
				(r) => r.id
			)
		);
		const mine = cells.filter((c) => owned.has(c.metricId));
		const days = mine.map((c) => c.day).sort();
		const stored = days.length
			? await listValues(tx, brandId, days[0], days.at(-1)!, [
					...new Set(mine.map((c) => c.metricId))
				])
			: [];
		const current = new Map(stored.map((v) => [valueKey(v.metricId, v.day), v]));
		const conflicts: EntryConflict[] = [];
		let saved = 0;
		for (const cell of mine) {
			const was = current.get(valueKey(cell.metricId, cell.day));
			const next = cell.change.kind === 'value' ? cell.change.value : null;
			// Typed back what it showed: nothing to do, whatever happened meanwhile.
			if (next === cell.shown) continue;
			if ((was?.updatedAt ?? null) !== cell.seen) {
				if ((was?.value ?? null) !== next) {
					conflicts.push({ metricId: cell.metricId, day: cell.day, current: was?.value ?? null });
				}
				continue;
			}
			const where = and(eq(metricValues.metricId, cell.metricId), eq(metricValues.day, cell.day));
			if (next === null) {
				if (was) await tx.delete(metricValues).where(where);
			} else {
				const updatedAt = after(now, was?.updatedAt);
				await tx
					.insert(metricValues)
					.values({ metricId: cell.metricId, day: cell.day, value: next, batchId: null, updatedAt })
					.onConflictDoUpdate({
						target: [metricValues.metricId, metricValues.day],
						set: { value: next, batchId: null, updatedAt }
					});
			}
			saved += 1;
		}
		return { saved, conflicts };
	});
}
