import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './accounts';
import { contentItems, itemComments } from './calendar';
import { collaborations } from './outreach';

/** The people a comment mentions (`@name`), among those who could see it when it was written. */
export const commentMentions = sqliteTable(
	'comment_mentions',
	{
		commentId: text('comment_id')
			.notNull()
			.references(() => itemComments.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' })
	},
	(t) => [
		primaryKey({ columns: [t.commentId, t.userId] }),
		index('comment_mentions_user_id_idx').on(t.userId)
	]
);

/**
 * An item's comment thread once someone resolved it; no row is an open thread. A new comment
 * reopens it.
 */
export const itemThreads = sqliteTable('item_threads', {
	itemId: text('item_id')
		.primaryKey()
		.references(() => contentItems.id, { onDelete: 'cascade' }),
	resolvedAt: integer('resolved_at', { mode: 'timestamp_ms' }).notNull(),
	resolvedBy: text('resolved_by').references(() => users.id, { onDelete: 'set null' })
});

/** Comments on a collaboration: the same thread as an item's, kept beside the collaboration. */
export const collaborationComments = sqliteTable(
	'collaboration_comments',
	{
		id: text('id').primaryKey(),
		collaborationId: text('collaboration_id')
			.notNull()
			.references(() => collaborations.id, { onDelete: 'cascade' }),
		authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
		body: text('body').notNull(),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('collaboration_comments_collab_idx').on(t.collaborationId, t.createdAt)]
);

/** The people a collaboration's comment mentions, as `commentMentions` does for items. */
export const collaborationCommentMentions = sqliteTable(
	'collaboration_comment_mentions',
	{
		commentId: text('comment_id')
			.notNull()
			.references(() => collaborationComments.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' })
	},
	(t) => [
		primaryKey({ columns: [t.commentId, t.userId] }),
		index('collaboration_comment_mentions_user_id_idx').on(t.userId)
	]
);

/** A collaboration's thread once someone resolved it, as `itemThreads` for items. */
export const collaborationThreads = sqliteTable('collaboration_threads', {
	collaborationId: text('collaboration_id')
		.primaryKey()
		.references(() => collaborations.id, { onDelete: 'cascade' }),
	resolvedAt: integer('resolved_at', { mode: 'timestamp_ms' }).notNull(),
	resolvedBy: text('resolved_by').references(() => users.id, { onDelete: 'set null' })
});
