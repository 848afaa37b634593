import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { commentMentions, contentItems, itemComments, itemThreads, users } from '../db/schema';
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

async function isBrandItem(db: Db, brandId: string, itemId: string) {
	const [item] = await db
		.select({ id: contentItems.id })
		.from(contentItems)
		.where(and(eq(contentItems.id, itemId), eq(contentItems.brandId, brandId)));
	return Boolean(item);
}

/**
 * Adds a comment (with the people it mentions) to an item of the brand and reopens its thread,
 * in one batch; false when the item is not the brand's.
 */
export async function addComment(
	db: Db,
	brandId: string,
	itemId: string,
	authorId: string,
	body: string,
	now = new Date(),
	mentions: readonly string[] = []
) {
	if (!(await isBrandItem(db, brandId, itemId))) return false;
	const id = newId();
	const insert = db.insert(itemComments).values({ id, itemId, authorId, body, createdAt: now });
	const reopen = db.delete(itemThreads).where(eq(itemThreads.itemId, itemId));
	if (mentions.length === 0) await db.batch([insert, reopen]);
	else
		await db.batch([
			insert,
			reopen,
			db.insert(commentMentions).values(mentions.map((userId) => ({ commentId: id, userId })))
		]);
	return true;
}

/** The names each comment mentions, by comment id. */
export async function listMentions(db: Db, commentIds: string[]) {
	const byComment = new Map<string, string[]>();
	if (commentIds.length === 0) return byComment;
	const rows = await db
		.select({ commentId: commentMentions.commentId, name: users.name })
		.from(commentMentions)
		.innerJoin(users, eq(users.id, commentMentions.userId))
		.where(inArray(commentMentions.commentId, commentIds))
		.orderBy(asc(users.name));
	for (const r of rows) byComment.set(r.commentId, [...(byComment.get(r.commentId) ?? []), r.name]);
	return byComment;
}

/** Who resolved an item's thread and when, or null while it is open. */
export async function getThread(db: Db, itemId: string) {
	const [row] = await db
		.select({ resolvedAt: itemThreads.resolvedAt, resolvedBy: users.name })
		.from(itemThreads)
		.leftJoin(users, eq(users.id, itemThreads.resolvedBy))
		.where(eq(itemThreads.itemId, itemId));
	return row ?? null;
}

/**
 * Resolves (or reopens) an item's thread; false when the item is not the brand's. Resolving a
 * resolved thread keeps who resolved it first.
 */
export async function setThreadResolved(
	db: Db,
	brandId: string,
	itemId: string,
	userId: string,
	resolved: boolean,
	now = new Date()
) {
	if (!(await isBrandItem(db, brandId, itemId))) return false;
	if (resolved) {
		await db
			.insert(itemThreads)
			.values({ itemId, resolvedAt: now, resolvedBy: userId })
			.onConflictDoNothing();
	} else {
		await db.delete(itemThreads).where(eq(itemThreads.itemId, itemId));
	}
	return true;
}
