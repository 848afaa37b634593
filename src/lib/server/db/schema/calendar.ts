import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { versioned } from './columns';
import { FORMATS, STATUSES } from '../../../domain/content';
import { users } from './accounts';
import { brands, channels, personas, pillars } from './brands';

export const campaigns = sqliteTable(
	'campaigns',
	{
		id: text('id').primaryKey(),
		brandId: text('brand_id')
			.notNull()
			.references(() => brands.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		goal: text('goal').notNull().default(''),
		personaId: text('persona_id').references(() => personas.id, { onDelete: 'set null' }),
		// Calendar days in the brand's market zone, end inclusive.
		startDate: text('start_date').notNull(),
		endDate: text('end_date').notNull(),
		// Minor units of the brand's currency.
		budgetMinor: integer('budget_minor'),
		utmCampaign: text('utm_campaign').notNull().default(''),
		...versioned()
	},
	(t) => [index('campaigns_brand_id_idx').on(t.brandId, t.startDate)]
);

export const RECURRENCE_FREQUENCIES = ['daily', 'weekly', 'monthly'] as const;

/**
 * A recurring item's rule. Occurrences are stored as ordinary content items that point here, so
 * each can be moved, edited or published on its own; the rule says how they were laid out.
 */
export const itemSeries = sqliteTable(
	'item_series',
	{
		id: text('id').primaryKey(),
		brandId: text('brand_id')
			.notNull()
			.references(() => brands.id, { onDelete: 'cascade' }),
		frequency: text('frequency', { enum: RECURRENCE_FREQUENCIES }).notNull(),
		// Every `interval` days / weeks / months.
		interval: integer('interval').notNull().default(1),
		// Weekly rules: ISO weekdays 1 (Monday) … 7 (Sunday).
		weekdays: text('weekdays', { mode: 'json' }).$type<number[]>().notNull().default([]),
		// Wall dates in the channel's zone; the series ends on `until` or after `count` occurrences.
		startDate: text('start_date').notNull(),
		until: text('until'),
		count: integer('count'),
		...versioned()
	},
	(t) => [index('item_series_brand_id_idx').on(t.brandId)]
);

export const contentItems = sqliteTable(
	'content_items',
	{
		id: text('id').primaryKey(),
		brandId: text('brand_id')
			.notNull()
			.references(() => brands.id, { onDelete: 'cascade' }),
		// Null only for ideas not yet given a channel.
		channelId: text('channel_id').references(() => channels.id, { onDelete: 'set null' }),
		format: text('format', { enum: FORMATS }).notNull().default('other'),
		title: text('title').notNull(),
		brief: text('brief').notNull().default(''),
		caption: text('caption').notNull().default(''),
		pillarId: text('pillar_id').references(() => pillars.id, { onDelete: 'set null' }),
		personaId: text('persona_id').references(() => personas.id, { onDelete: 'set null' }),
		campaignId: text('campaign_id').references(() => campaigns.id, { onDelete: 'set null' }),
		ownerId: text('owner_id').references(() => users.id, { onDelete: 'set null' }),
		status: text('status', { enum: STATUSES }).notNull().default('idea'),
		// The schedule as the user entered it: wall date and time in the channel's zone, the zone,
		// and the UTC instant derived from them (all null for an unscheduled idea).
		scheduledDate: text('scheduled_date'),
		scheduledTime: text('scheduled_time'),
		timeZone: text('time_zone'),
		scheduledAt: integer('scheduled_at'),
		linkUrl: text('link_url').notNull().default(''),
		publishedUrl: text('published_url').notNull().default(''),
		// Results, entered by hand after publishing (null = not entered yet).
		views: integer('views'),
		likes: integer('likes'),
		comments: integer('comments'),
		shares: integer('shares'),
		saves: integer('saves'),
		clicks: integer('clicks'),
		signUps: integer('sign_ups'),
		seriesId: text('series_id').references(() => itemSeries.id, { onDelete: 'set null' }),
		createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
		...versioned()
	},
	(t) => [
		index('content_items_series_idx').on(t.seriesId, t.scheduledDate),
		// The week/month grid reads a brand's items by wall date (cells are wall dates).
		index('content_items_brand_date_idx').on(t.brandId, t.scheduledDate, t.scheduledTime),
		// Feeds and "what is due" read by instant.
		index('content_items_brand_instant_idx').on(t.brandId, t.scheduledAt)
	]
);

export const itemComments = sqliteTable(
	'item_comments',
	{
		id: text('id').primaryKey(),
		itemId: text('item_id')
			.notNull()
			.references(() => contentItems.id, { onDelete: 'cascade' }),
		authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
		body: text('body').notNull(),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('item_comments_item_id_idx').on(t.itemId, t.createdAt)]
);

export const feedTokens = sqliteTable(
	'feed_tokens',
	{
		// SHA-256 (hex) of the secret in the feed URL.
		tokenHash: text('token_hash').primaryKey(),
		brandId: text('brand_id')
			.notNull()
			.references(() => brands.id, { onDelete: 'cascade' }),
		createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		revokedAt: integer('revoked_at', { mode: 'timestamp_ms' })
	},
	(t) => [index('feed_tokens_brand_id_idx').on(t.brandId, t.createdAt)]
);

export type Campaign = typeof campaigns.$inferSelect;
export type ItemSeries = typeof itemSeries.$inferSelect;
export type ContentItem = typeof contentItems.$inferSelect;
export type ItemComment = typeof itemComments.$inferSelect;
