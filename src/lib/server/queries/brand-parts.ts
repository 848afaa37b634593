import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { channels, personas, pillars, type Channel, type Persona, type Pillar } from '../db/schema';
import { newId } from '../db/ids';
import type { SaveResult } from './brands';

// Personas, pillars and channels share one shape: rows owned by a brand, edited with a version.
// Callers have already checked the brand belongs to the caller's workspace (requireBrand).

type Meta = 'id' | 'brandId' | 'version' | 'createdAt' | 'updatedAt' | 'position';
export type PersonaInput = Omit<Persona, Meta>;
export type PillarInput = Omit<Pillar, Meta>;
export type ChannelInput = Omit<Channel, Meta>;

const tables = { personas, pillars, channels };
type PartTable = keyof typeof tables;

function nextPosition(db: Db, table: PartTable, brandId: string) {
	const t = tables[table];
	return db
		.select({ next: sql<number>`coalesce(max(${t.position}), -1) + 1` })
		.from(t)
		.where(eq(t.brandId, brandId))
		.then((rows) => rows[0]?.next ?? 0);
}

export async function listParts<T extends PartTable>(db: Db, table: T, brandId: string) {
	const t = tables[table];
	return db
		.select()
		.from(t)
		.where(eq(t.brandId, brandId))
		.orderBy(asc(t.position), asc(t.createdAt)) as unknown as Promise<
		T extends 'personas' ? Persona[] : T extends 'pillars' ? Pillar[] : Channel[]
	>;
}

export async function getPart<T extends PartTable>(db: Db, table: T, brandId: string, id: string) {
	const t = tables[table];
	const [row] = await db
		.select()
		.from(t)
		.where(and(eq(t.id, id), eq(t.brandId, brandId)));
	return (row ?? null) as
		(T extends 'personas' ? Persona : T extends 'pillars' ? Pillar : Channel) | null;
}

type InputOf<T extends PartTable> = T extends 'personas'
	? PersonaInput
	: T extends 'pillars'
		? PillarInput
		: ChannelInput;

export async function createPart<T extends PartTable>(
	db: Db,
	table: T,
	brandId: string,
	input: InputOf<T>
) {
	const id = newId();
	const position = await nextPosition(db, table, brandId);
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the union of three tables
	await db.insert(tables[table] as any).values({ ...input, id, brandId, position });
	return id;
}

export async function updatePart<T extends PartTable>(
	db: Db,
	table: T,
	brandId: string,
	id: string,
	version: number,
	input: Partial<InputOf<T>>
): Promise<SaveResult> {
	const t = tables[table];
	const rows = await db
		// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the union of three tables
		.update(t as any)
		.set({ ...input, version: sql`${t.version} + 1`, updatedAt: new Date() })
		.where(and(eq(t.id, id), eq(t.brandId, brandId), eq(t.version, version)))
		.returning({ version: t.version });
	if (rows.length) return { ok: true, version: (rows[0] as { version: number }).version };
	return (await getPart(db, table, brandId, id))
		? { ok: false, reason: 'conflict' }
		: { ok: false, reason: 'not-found' };
}

export async function deletePart(db: Db, table: PartTable, brandId: string, id: string) {
	const t = tables[table];
	const rows = await db
		.delete(t)
		.where(and(eq(t.id, id), eq(t.brandId, brandId)))
		.returning({ id: t.id });
	return rows.length > 0;
}
