import { sql } from 'drizzle-orm';
import { integer } from 'drizzle-orm/sqlite-core';

/** An edited record: an optimistic-concurrency version and its creation/update instants. */
export const versioned = () => ({
	version: integer('version').notNull().default(1),
	createdAt: integer('created_at', { mode: 'timestamp_ms' })
		.notNull()
		.default(sql`(unixepoch() * 1000)`),
	updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
		.notNull()
		.default(sql`(unixepoch() * 1000)`)
});
