import { and, asc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { brands, channels, personas, pillars, type Brand } from '../db/schema';
import { newId } from '../db/ids';

export type BrandInput = Omit<
	Brand,
	'id' | 'workspaceId' | 'archivedAt' | 'version' | 'createdAt' | 'updatedAt'
>;

export type SaveResult =
	{ ok: true; version: number } | { ok: false; reason: 'conflict' | 'not-found' };

/** `brandIds`: only these (a member limited to chosen brands); null or absent: every brand. */
export async function listBrands(
	db: Db,
	workspaceId: string,
	{ archived = false, brandIds = null as readonly string[] | null } = {}
) {
	return db
		.select({
			id: brands.id,
			name: brands.name,
			niche: brands.niche,
			colour: brands.colour,
			targetMarkets: brands.targetMarkets,
			archivedAt: brands.archivedAt,
			// Spelled out: drizzle leaves columns unqualified inside sql``, and a bare "id" in the
			// subquery would mean the child's id.
			personaCount: sql<number>`(SELECT count(*) FROM "personas" WHERE "personas"."brand_id" = "brands"."id")`,
			channelCount: sql<number>`(SELECT count(*) FROM "channels" WHERE "channels"."brand_id" = "brands"."id")`
		})
		.from(brands)
		.where(
			and(
				eq(brands.workspaceId, workspaceId),
				archived ? isNotNull(brands.archivedAt) : isNull(brands.archivedAt),
				brandIds ? inArray(brands.id, [...brandIds]) : undefined
			)
		)
		.orderBy(asc(brands.name), asc(brands.id));
}

/** A brand only through its workspace: an id from another workspace is simply not found. */
export async function getBrand(db: Db, workspaceId: string, brandId: string) {
	const [brand] = await db
		.select()
		.from(brands)
		.where(and(eq(brands.id, brandId), eq(brands.workspaceId, workspaceId)));
	return brand ?? null;
}

export async function createBrand(db: Db, workspaceId: string, input: BrandInput) {
	const id = newId();
	await db.insert(brands).values({ ...input, id, workspaceId });
	return id;
}

export async function updateBrand(
	db: Db,
	workspaceId: string,
	brandId: string,
	version: number,
	input: Partial<BrandInput>
): Promise<SaveResult> {
	const rows = await db
		.update(brands)
		.set({ ...input, version: sql`${brands.version} + 1`, updatedAt: new Date() })
		.where(
			and(eq(brands.id, brandId), eq(brands.workspaceId, workspaceId), eq(brands.version, version))
		)
		.returning({ version: brands.version });
	if (rows.length) return { ok: true, version: rows[0].version };
	return (await getBrand(db, workspaceId, brandId))
		? { ok: false, reason: 'conflict' }
		: { ok: false, reason: 'not-found' };
}

/** Archiving hides a brand and everything planned under it; nothing is deleted. */
export async function setBrandArchived(
	db: Db,
	workspaceId: string,
	brandId: string,
	archived: boolean,
	now = Date.now()
) {
	const rows = await db
		.update(brands)
		.set({
			archivedAt: archived ? new Date(now) : null,
			version: sql`${brands.version} + 1`,
			updatedAt: new Date(now)
		})
		.where(and(eq(brands.id, brandId), eq(brands.workspaceId, workspaceId)))
		.returning({ id: brands.id });
	return rows.length > 0;
}

/** Deletes a brand with everything under it (cascades); false when it is not the workspace's. */
export async function deleteBrand(db: Db, workspaceId: string, brandId: string) {
	const rows = await db
		.delete(brands)
		.where(and(eq(brands.id, brandId), eq(brands.workspaceId, workspaceId)))
		.returning({ id: brands.id });
	return rows.length > 0;
}

/** Everything the overview page shows, in three indexed reads. */
export async function getBrandOverview(db: Db, workspaceId: string, brandId: string) {
	const brand = await getBrand(db, workspaceId, brandId);
	if (!brand) return null;
	const [personaRows, pillarRows, channelRows] = await Promise.all([
		db
			.select()
			.from(personas)
			.where(eq(personas.brandId, brandId))
			.orderBy(asc(personas.position), asc(personas.createdAt)),
		db
			.select()
			.from(pillars)
			.where(eq(pillars.brandId, brandId))
			.orderBy(asc(pillars.position), asc(pillars.createdAt)),
		db
			.select()
			.from(channels)
			.where(eq(channels.brandId, brandId))
			.orderBy(asc(channels.position), asc(channels.createdAt))
	]);
	return { brand, personas: personaRows, pillars: pillarRows, channels: channelRows };
}
