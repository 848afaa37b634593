import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { collaborations, samples, type Sample } from '../db/schema';
import { newId } from '../db/ids';

export type SampleInput = Pick<
	Sample,
	| 'product'
	| 'sku'
	| 'quantity'
	| 'shipFrom'
	| 'carrier'
	| 'trackingNumber'
	| 'shippedOn'
	| 'deliveredOn'
	| 'landedCostMinor'
	| 'shippingCostMinor'
>;

/** Samples of one collaboration of the brand: another brand's ids are simply not found. */
const scoped = (db: Db, brandId: string, collaborationId: string) =>
	and(
		eq(samples.collaborationId, collaborationId),
		inArray(
			samples.collaborationId,
			db
				.select({ id: collaborations.id })
				.from(collaborations)
				.where(eq(collaborations.brandId, brandId))
		)
	);

/** In shipping order; samples not shipped yet come last, in the order they were added. */
export async function listSamples(db: Db, brandId: string, collaborationId: string) {
	return db
		.select()
		.from(samples)
		.where(scoped(db, brandId, collaborationId))
		.orderBy(
			sql`${samples.shippedOn} IS NULL`,
			asc(samples.shippedOn),
			asc(samples.createdAt),
			asc(samples.id)
		);
}

export async function getSample(db: Db, brandId: string, collaborationId: string, id: string) {
	const [row] = await db
		.select()
		.from(samples)
		.where(and(eq(samples.id, id), scoped(db, brandId, collaborationId)));
	return row ?? null;
}

/** Null when the collaboration is not the brand's. */
export async function createSample(
	db: Db,
	brandId: string,
	collaborationId: string,
	input: SampleInput
) {
	const [collab] = await db
		.select({ id: collaborations.id })
		.from(collaborations)
		.where(and(eq(collaborations.id, collaborationId), eq(collaborations.brandId, brandId)));
	if (!collab) return null;
	const id = newId();
	await db.insert(samples).values({ ...input, id, collaborationId });
	return id;
}

type SaveResult = { ok: true; version: number } | { ok: false; reason: 'conflict' | 'not-found' };

/** Saves only if the sample is still at `version` (nobody saved it meanwhile). */
export async function updateSample(
	db: Db,
	brandId: string,
	collaborationId: string,
	id: string,
	version: number,
	input: SampleInput
): Promise<SaveResult> {
	const rows = await db
		.update(samples)
		.set({ ...input, version: sql`${samples.version} + 1`, updatedAt: new Date() })
		.where(
			and(eq(samples.id, id), eq(samples.version, version), scoped(db, brandId, collaborationId))
		)
		.returning({ version: samples.version });
	if (rows.length) return { ok: true, version: rows[0].version };
	return (await getSample(db, brandId, collaborationId, id))
		? { ok: false, reason: 'conflict' }
		: { ok: false, reason: 'not-found' };
}

export async function deleteSample(db: Db, brandId: string, collaborationId: string, id: string) {
	const rows = await db
		.delete(samples)
		.where(and(eq(samples.id, id), scoped(db, brandId, collaborationId)))
		.returning({ id: samples.id });
	return rows.length > 0;
}
