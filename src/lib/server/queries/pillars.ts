import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { pillars, type Pillar } from '../db/schema';
import { newId } from '../db/ids';
import type { SaveResult } from './brands';

// Pillars belong to a brand, keep the order people gave them and are edited with a version.
// Callers have already checked the brand belongs to the caller's workspace (requireBrand).

export type PillarInput = Omit<
	Pillar,
	'id' | 'brandId' | 'version' | 'createdAt' | 'updatedAt' | 'position'
>;

export function listPillars(db: Db, brandId: string): Promise<Pillar[]> {
	return db
		.select()
		.from(pillars)
		.where(eq(pillars.brandId, brandId))
		.orderBy(asc(pillars.position), asc(pillars.createdAt));
}

export async function getPillar(db: Db, brandId: string, id: string): Promise<Pillar | null> {
	const [row] = await db
		.select()
		.from(pillars)
		.where(and(eq(pillars.id, id), eq(pillars.brandId, brandId)));
	return row ?? null;
}

/** Adds a pillar after the brand's last one (positions keep growing after a delete). */
export async function createPillar(db: Db, brandId: string, input: PillarInput) {
	const id = newId();
	const [{ position }] = await db
		.select({ position: sql<number>`coalesce(max(${pillars.position}), -1) + 1` })
		.from(pillars)
		.where(eq(pillars.brandId, brandId));
	await db.insert(pillars).values({ ...input, id, brandId, position });
	return id;
}

export async function updatePillar(
	db: Db,
	brandId: string,
	id: string,
	version: number,
	input: Partial<PillarInput>
): Promise<SaveResult> {
	const [row] = await db
		.update(pillars)
		.set({ ...input, version: sql`${pillars.version} + 1`, updatedAt: new Date() })
		.where(and(eq(pillars.id, id), eq(pillars.brandId, brandId), eq(pillars.version, version)))
		.returning({ version: pillars.version });
	if (row) return { ok: true, version: row.version };
	return (await getPillar(db, brandId, id))
		? { ok: false, reason: 'conflict' }
		: { ok: false, reason: 'not-found' };
}

export async function deletePillar(db: Db, brandId: string, id: string) {
	const rows = await db
		.delete(pillars)
		.where(and(eq(pillars.id, id), eq(pillars.brandId, brandId)))
		.returning({ id: pillars.id });
	return rows.length > 0;
}
