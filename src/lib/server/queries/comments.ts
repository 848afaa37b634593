import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { contentItems, itemComments, users } from '../db/schema';
import { newId } from '../db/ids';

/** An item's comments, oldest first, with the author's name (null once they left). */
export async function listComments(db: Db, brandId: string, itemId: string) {
	return db
		.select({
			id: itemComments.id,
			body: itemComments.body,
			createdAt: itemComments.createdAt,
			authorName: users.name
		})
		.from(itemComments)
		.innerJoin(contentItems, eq(contentItems.id, itemComments.itemId))
		.leftJoin(users, eq(users.id, itemComments.authorId))
		.where(and(eq(itemComments.itemId, itemId), eq(contentItems.brandId, brandId)))
		.orderBy(asc(itemComments.createdAt), asc(itemComments.id))
		.limit(500);
}

/** Adds a comment to an item of the brand; false when the item is not the brand's. */
export async function addComment(
	db: Db,
	brandId: string,
	itemId: string,
	authorId: string,
	body: string,
	now = new Date()
) {
	const [item] = await db
		.select({ id: contentItems.id })
		.from(contentItems)
		.where(and(eq(contentItems.id, itemId), eq(contentItems.brandId, brandId)));
	if (!item) return false;
	await db.insert(itemComments).values({ id: newId(), itemId, authorId, body, createdAt: now });
	return true;
}
