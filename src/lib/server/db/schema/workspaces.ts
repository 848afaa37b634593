import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { BRAND_SCOPES } from '../../../domain/access';
import { ROLES } from '../../../domain/roles';
import { users } from './accounts';

export { ROLES };

export const workspaces = sqliteTable('workspaces', {
	id: text('id').primaryKey(),
	name: text('name').notNull(),
	version: integer('version').notNull().default(1),
	createdAt: integer('created_at', { mode: 'timestamp_ms' })
		.notNull()
		.default(sql`(unixepoch() * 1000)`)
});

export const memberships = sqliteTable(
	'memberships',
	{
		workspaceId: text('workspace_id')
			.notNull()
			.references(() => workspaces.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		// With brand scope 'all' the role in every brand; with 'chosen' the strongest role of the
		// member's brands, never owner (domain/access.ts), the brands themselves in member_brands.
		role: text('role', { enum: ROLES }).notNull(),
		brandScope: text('brand_scope', { enum: BRAND_SCOPES }).notNull().default('all'),
		// Bumped by every change of role or brands, so a stale members page is refused.
		version: integer('version').notNull().default(1),
		createdAt: integer('created_at', { mode: 'timestamp_ms' })
			.notNull()
			.default(sql`(unixepoch() * 1000)`)
	},
	(t) => [
		primaryKey({ columns: [t.workspaceId, t.userId] }),
		index('memberships_user_id_idx').on(t.userId, t.workspaceId)
	]
);

export const invitations = sqliteTable(
	'invitations',
	{
		id: text('id').primaryKey(),
		workspaceId: text('workspace_id')
			.notNull()
			.references(() => workspaces.id, { onDelete: 'cascade' }),
		// SHA-256 (hex) of the token in the link; the link is shown once, at creation.
		tokenHash: text('token_hash').notNull().unique(),
		role: text('role', { enum: ROLES }).notNull(),
		// 'chosen': the role applies in the brands of invitation_brands only.
		brandScope: text('brand_scope', { enum: BRAND_SCOPES }).notNull().default('all'),
		// Optional note of whom the link is meant for; the link works for whoever opens it.
		email: text('email'),
		createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
		acceptedAt: integer('accepted_at', { mode: 'timestamp_ms' }),
		acceptedBy: text('accepted_by').references(() => users.id, { onDelete: 'set null' }),
		revokedAt: integer('revoked_at', { mode: 'timestamp_ms' })
	},
	(t) => [index('invitations_workspace_id_idx').on(t.workspaceId, t.createdAt)]
);

export type { Role } from '../../../domain/roles';
export type Workspace = typeof workspaces.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
export type Invitation = typeof invitations.$inferSelect;
