import { foreignKey, index, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { ROLES } from '../../../domain/roles';
import { brands } from './brands';
import { invitations, memberships } from './workspaces';

/**
 * The brands a member limited to chosen brands reaches, each with its own role. Rows exist only
 * for memberships with brand scope 'chosen'; leaving the workspace or deleting the brand removes
 * them.
 */
export const memberBrands = sqliteTable(
	'member_brands',
	{
		workspaceId: text('workspace_id').notNull(),
		userId: text('user_id').notNull(),
		brandId: text('brand_id')
			.notNull()
			.references(() => brands.id, { onDelete: 'cascade' }),
		role: text('role', { enum: ROLES }).notNull()
	},
	(t) => [
		primaryKey({ columns: [t.brandId, t.userId] }),
		foreignKey({
			columns: [t.workspaceId, t.userId],
			foreignColumns: [memberships.workspaceId, memberships.userId]
		}).onDelete('cascade'),
		index('member_brands_member_idx').on(t.workspaceId, t.userId)
	]
);

/** The brands an invitation with brand scope 'chosen' opens, with the invitation's role. */
export const invitationBrands = sqliteTable(
	'invitation_brands',
	{
		invitationId: text('invitation_id')
			.notNull()
			.references(() => invitations.id, { onDelete: 'cascade' }),
		brandId: text('brand_id')
			.notNull()
			.references(() => brands.id, { onDelete: 'cascade' })
	},
	(t) => [
		primaryKey({ columns: [t.invitationId, t.brandId] }),
		index('invitation_brands_brand_idx').on(t.brandId)
	]
);

export type MemberBrand = typeof memberBrands.$inferSelect;
