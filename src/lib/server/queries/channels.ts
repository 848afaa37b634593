import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { channels, type Channel } from '../db/schema';
import { newId } from '../db/ids';
import type { SaveResult } from './brands';

// Channels belong to a brand, keep the order people gave them and are edited with a version.
// Callers have already checked the brand belongs to the caller's workspace (requireBrand).

export type ChannelInput = Omit<
	Channel,
	'id' | 'brandId' | 'version' | 'createdAt' | 'updatedAt' | 'position'
>;

export function listChannels(db: Db, brandId: string): Promise<Channel[]> {
	return db
		.select()
		.from(channels)
		.where(eq(channels.brandId, brandId))
		.orderBy(asc(channels.position), asc(channels.createdAt));
}

export async function getChannel(db: Db, brandId: string, id: string): Promise<Channel | null> {
	const [row] = await db
		.select()
		.from(channels)
		.where(and(eq(channels.id, id), eq(channels.brandId, brandId)));
	return row ?? null;
}

/** Adds a channel after the brand's last one (positions keep growing after a delete). */
export async function createChannel(db: Db, brandId: string, input: ChannelInput) {
	const id = newId();
	const [{ position }] = await db
		.select({ position: sql<number>`coalesce(max(${channels.position}), -1) + 1` })
		.from(channels)
		.where(eq(channels.brandId, brandId));
	await db.insert(channels).values({ ...input, id, brandId, position });
	return id;
}

export async function updateChannel(
	db: Db,
	brandId: string,
	id: string,
	version: number,
	input: Partial<ChannelInput>
): Promise<SaveResult> {
	const [row] = await db
		.update(channels)
		.set({ ...input, version: sql`${channels.version} + 1`, updatedAt: new Date() })
		.where(and(eq(channels.id, id), eq(channels.brandId, brandId), eq(channels.version, version)))
		.returning({ version: channels.version });
	if (row) return { ok: true, version: row.version };
	return (await getChannel(db, brandId, id))
		? { ok: false, reason: 'conflict' }
		: { ok: false, reason: 'not-found' };
}

export async function deleteChannel(db: Db, brandId: string, id: string) {
	const rows = await db
		.delete(channels)
		.where(and(eq(channels.id, id), eq(channels.brandId, brandId)))
		.returning({ id: channels.id });
	return rows.length > 0;
}
