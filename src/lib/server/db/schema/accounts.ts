import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const users = sqliteTable('users', {
	id: text('id').primaryKey(),
	// Stored lower-cased and trimmed; uniqueness is on this form.
	email: text('email').notNull().unique(),
	name: text('name').notNull(),
	passwordHash: text('password_hash').notNull(),
	// null = follow the browser (Accept-Language) until the user picks one.
	locale: text('locale'),
	// IANA zone of the person (not of a market); drives "your time" beside market times.
	timeZone: text('time_zone').notNull().default('UTC'),
	// 0 = Sunday … 6 = Saturday; null = the locale's convention.
	weekStart: integer('week_start'),
	lastWorkspaceId: text('last_workspace_id'),
	// Optimistic concurrency: every update bumps it and must name the version it read.
	version: integer('version').notNull().default(1),
	createdAt: integer('created_at', { mode: 'timestamp_ms' })
		.notNull()
		.default(sql`(unixepoch() * 1000)`),
	updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
		.notNull()
		.default(sql`(unixepoch() * 1000)`)
});

export const sessions = sqliteTable(
	'sessions',
	{
		// SHA-256 (hex) of the token in the cookie; the token itself is never stored.
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' }).notNull(),
		// Absolute expiry; idle expiry is lastSeenAt + the idle window.
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('sessions_user_id_idx').on(t.userId, t.expiresAt)]
);

// Browsers that have signed in to an account (OWASP's "device cookie"): a sign-in from one of
// them is not held back by the account's or the address's lock-out, only by its own limit.
export const knownDevices = sqliteTable(
	'known_devices',
	{
		// SHA-256 (hex) of the token in the device cookie; the token itself is never stored.
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('known_devices_user_id_idx').on(t.userId, t.expiresAt)]
);

// Fixed-window counters shared by every app process (so a limit holds behind a load balancer).
export const rateLimits = sqliteTable('rate_limits', {
	key: text('key').primaryKey(),
	windowStart: integer('window_start').notNull(),
	count: integer('count').notNull()
});

export type User = typeof users.$inferSelect;
export type Session = typeof sessions.$inferSelect;
export type KnownDevice = typeof knownDevices.$inferSelect;
