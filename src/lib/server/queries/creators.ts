import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { creators } from '../db/schema';

/** A creator only through its workspace: an id of another workspace is simply not found. */
export async function getCreator(db: Db, workspaceId: string, id: string) {
	const [row] = await db
		.select()
		.from(creators)
		.where(and(eq(creators.id, id), eq(creators.workspaceId, workspaceId)));
	return row ?? null;
}
