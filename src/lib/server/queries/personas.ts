import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { personas, type Persona } from '../db/schema';
import { newId } from '../db/ids';
import type { SaveResult } from './brands';

// Personas belong to a brand, keep the order people gave them and are edited with a version.
// Callers have already checked the brand belongs to the caller's workspace (requireBrand).

export type PersonaInput = Omit<
	Persona,
	'id' | 'brandId' | 'version' | 'createdAt' | 'updatedAt' | 'position'
>;

export function listPersonas(db: Db, brandId: string): Promise<Persona[]> {
	return db
		.select()
		.from(personas)
		.where(eq(personas.brandId, brandId))
		.orderBy(asc(personas.position), asc(personas.createdAt));
}

export async function getPersona(db: Db, brandId: string, id: string): Promise<Persona | null> {
	const [row] = await db
		.select()
		.from(personas)
		.where(and(eq(personas.id, id), eq(personas.brandId, brandId)));
	return row ?? null;
}

/** Adds a persona after the brand's last one (positions keep growing after a delete). */
export async function createPersona(db: Db, brandId: string, input: PersonaInput) {
	const id = newId();
	const [{ position }] = await db
		.select({ position: sql<number>`coalesce(max(${personas.position}), -1) + 1` })
		.from(personas)
		.where(eq(personas.brandId, brandId));
	await db.insert(personas).values({ ...input, id, brandId, position });
	return id;
}

export async function updatePersona(
	db: Db,
	brandId: string,
	id: string,
	version: number,
	input: Partial<PersonaInput>
): Promise<SaveResult> {
	const [row] = await db
		.update(personas)
		.set({ ...input, version: sql`${personas.version} + 1`, updatedAt: new Date() })
		.where(and(eq(personas.id, id), eq(personas.brandId, brandId), eq(personas.version, version)))
		.returning({ version: personas.version });
	if (row) return { ok: true, version: row.version };
	return (await getPersona(db, brandId, id))
		? { ok: false, reason: 'conflict' }
		: { ok: false, reason: 'not-found' };
}

export async function deletePersona(db: Db, brandId: string, id: string) {
	const rows = await db
		.delete(personas)
		.where(and(eq(personas.id, id), eq(personas.brandId, brandId)))
		.returning({ id: personas.id });
	return rows.length > 0;
}
