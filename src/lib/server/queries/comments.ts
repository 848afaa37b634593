import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client';
import {
	collaborationCommentMentions,
	collaborationComments,
	collaborations,
	collaborationThreads,
	commentMentions,
	contentItems,
	itemComments,
	itemThreads,
	users
} from '../db/schema';
import { newId } from '../db/ids';

/**
 * A comment thread: an item's or a collaboration's, always reached through its brand. Both keep
 * the same three tables (comments, the people each mentions, the thread once resolved) under
 * their own names, so one set of functions serves both.
 */
export type ThreadRef = { kind: 'item' | 'collaboration'; brandId: string; id: string };

type Tables = {
	owner: { table: SQLiteTable; id: SQLiteColumn; brandId: SQLiteColumn };
	comments: {
		table: typeof itemComments | typeof collaborationComments;
		ownerId: SQLiteColumn;
		ownerKey: 'itemId' | 'collaborationId';
	};
	mentions: typeof commentMentions | typeof collaborationCommentMentions;
	threads: {
		table: typeof itemThreads | typeof collaborationThreads;
		ownerId: SQLiteColumn;
		ownerKey: 'itemId' | 'collaborationId';
	};
};

const TABLES: Record<ThreadRef['kind'], Tables> = {
	item: {
		owner: { table: contentItems, id: contentItems.id, brandId: contentItems.brandId },
		comments: { table: itemComments, ownerId: itemComments.itemId, ownerKey: 'itemId' },
		mentions: commentMentions,
		threads: { table: itemThreads, ownerId: itemThreads.itemId, ownerKey: 'itemId' }
	},
	collaboration: {
		owner: { table: collaborations, id: collaborations.id, brandId: collaborations.brandId },
		comments: {
			table: collaborationComments,
			ownerId: collaborationComments.collaborationId,
			ownerKey: 'collaborationId'
		},
		mentions: collaborationCommentMentions,
		threads: {
			table: collaborationThreads,
			ownerId: collaborationThreads.collaborationId,
			ownerKey: 'collaborationId'
		}
	}
};

/** The thread's owner, only when it is the brand's. */
function ownedBy(t: Tables, thread: ThreadRef): SQL {
	return and(eq(t.owner.id, thread.id), eq(t.owner.brandId, thread.brandId))!;
}

/** A thread's comments, oldest first, with the author's name (null once they left). */
export async function listComments(db: Db, thread: ThreadRef) {
	const t = TABLES[thread.kind];
	const c = t.comments.table;
	return db
		.select({ id: c.id, body: c.body, createdAt: c.createdAt, authorName: users.name })
		.from(c)
		.innerJoin(t.owner.table, eq(t.owner.id, t.comments.ownerId))
		.leftJoin(users, eq(users.id, c.authorId))
		.where(ownedBy(t, thread))
		.orderBy(asc(c.createdAt), asc(c.id))
		.limit(500);
}

/** What reads need: the database or a transaction. */
type Reader = Pick<Db, 'select'>;

async function isBrands(db: Reader, thread: ThreadRef) {
	const t = TABLES[thread.kind];
	const [row] = await db.select({ id: t.owner.id }).from(t.owner.table).where(ownedBy(t, thread));
	return Boolean(row);
}

/**
 * Adds a comment (with the people it mentions) to a thread of the brand and reopens the thread,
 * in one batch; false when the item or collaboration is not the brand's.
 */
export async function addComment(
	db: Db,
	thread: ThreadRef,
	authorId: string,
	body: string,
	now = new Date(),
	mentions: readonly string[] = []
) {
	if (!(await isBrands(db, thread))) return false;
	const t = TABLES[thread.kind];
	const id = newId();
	const row = { id, [t.comments.ownerKey]: thread.id, authorId, body, createdAt: now };
	// The row has the owner key of its own table: the union of the two tables cannot say so.
	const insert = db.insert(t.comments.table).values(row as typeof itemComments.$inferInsert);
	const reopen = db.delete(t.threads.table).where(eq(t.threads.ownerId, thread.id));
	if (mentions.length === 0) await db.batch([insert, reopen]);
	else
		await db.batch([
			insert,
			reopen,
			db.insert(t.mentions).values(mentions.map((userId) => ({ commentId: id, userId })))
		]);
	return true;
}

/** The names each comment of a thread mentions, by comment id. */
export async function listMentions(db: Db, kind: ThreadRef['kind'], commentIds: string[]) {
	const byComment = new Map<string, string[]>();
	if (commentIds.length === 0) return byComment;
	const mentions = TABLES[kind].mentions;
	const rows = await db
		.select({ commentId: mentions.commentId, name: users.name })
		.from(mentions)
		.innerJoin(users, eq(users.id, mentions.userId))
		.where(inArray(mentions.commentId, commentIds))
		.orderBy(asc(users.name));
	for (const r of rows) byComment.set(r.commentId, [...(byComment.get(r.commentId) ?? []), r.name]);
	return byComment;
}

/** Who resolved a thread and when, or null while it is open. */
export async function getThread(db: Db, thread: Pick<ThreadRef, 'kind' | 'id'>) {
	const t = TABLES[thread.kind].threads;
	const [row] = await db
		.select({ resolvedAt: t.table.resolvedAt, resolvedBy: users.name })
		.from(t.table)
		.leftJoin(users, eq(users.id, t.table.resolvedBy))
		.where(eq(t.ownerId, thread.id));
	return row ?? null;
}

/**
 * What a page showed of a thread: its newest comment and whether it was resolved (and when).
 * A resolve or reopen names the stamp it was shown; another one means someone commented,
 * resolved or reopened meanwhile.
 */
export async function threadStamp(db: Reader, thread: Pick<ThreadRef, 'kind' | 'id'>) {
	const t = TABLES[thread.kind];
	const c = t.comments.table;
	// One after the other: this also runs inside a transaction.
	const [newest] = await db
		.select({ id: c.id })
		.from(c)
		.where(eq(t.comments.ownerId, thread.id))
		.orderBy(desc(c.createdAt), desc(c.id))
		.limit(1);
	const [resolved] = await db
		.select({ at: t.threads.table.resolvedAt })
		.from(t.threads.table)
		.where(eq(t.threads.ownerId, thread.id));
	return `${newest?.id ?? ''}:${resolved ? resolved.at.getTime() : 'open'}`;
}

/**
 * Resolves (or reopens) a thread of the brand when it is still as the page showed it (`stamp`).
 * The check and the write share one write transaction, so of two people who both saw the same
 * thread only the first one's click counts. Answers `not-found` when the item or collaboration
 * is not the brand's, `conflict` with the current stamp when the thread changed.
 */
export async function setThreadResolved(
	db: Db,
	thread: ThreadRef,
	userId: string,
	input: { resolved: boolean; stamp: string },
	now = new Date()
): Promise<{ ok: true } | { ok: false; reason: 'not-found' } | { ok: false; reason: 'conflict' }> {
	const t = TABLES[thread.kind].threads;
	// A write transaction from its first statement, so nobody writes between the check and ours.
	return db.transaction(async (tx) => {
		if (!(await isBrands(tx, thread))) return { ok: false, reason: 'not-found' };
		if ((await threadStamp(tx, thread)) !== input.stamp) return { ok: false, reason: 'conflict' };
		if (input.resolved) {
			const row = { [t.ownerKey]: thread.id, resolvedAt: now, resolvedBy: userId };
			await tx
				.insert(t.table)
				.values(row as typeof itemThreads.$inferInsert)
				.onConflictDoNothing();
		} else {
			await tx.delete(t.table).where(eq(t.ownerId, thread.id));
		}
		return { ok: true };
	});
}
