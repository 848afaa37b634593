import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './accounts';
import { contentItems, itemComments } from './calendar';

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
