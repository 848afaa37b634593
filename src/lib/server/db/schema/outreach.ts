import { integer, index, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { versioned } from './columns';
import {
	CREATOR_PLATFORMS,
	DELIVERABLE_KINDS,
	PAYMENT_STATUSES,
	SHIP_FROM,
	type RateLine
} from '../../../domain/creators';
import { EXITS, STAGES } from '../../../domain/pipeline';
import { users } from './accounts';
import { brands, channels } from './brands';
import { campaigns, contentItems } from './calendar';
import { workspaces } from './workspaces';

const STAGE_VALUES = [...STAGES, ...EXITS] as const;

/** The creator directory belongs to the workspace: an agency's brands share one address book. */
export const creators = sqliteTable(
	'creators',
	{
		id: text('id').primaryKey(),
		workspaceId: text('workspace_id')
			.notNull()
			.references(() => workspaces.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		niche: text('niche').notNull().default(''),
		tags: text('tags', { mode: 'json' }).$type<string[]>().notNull().default([]),
		// ISO 3166-1 alpha-2 where they live; '' = unknown.
		country: text('country').notNull().default(''),
		// BCP 47 primary language of their audience, e.g. "en", "zh", "ja"; '' = unknown.
		language: text('language').notNull().default(''),
		email: text('email').notNull().default(''),
		wechat: text('wechat').notNull().default(''),
		whatsapp: text('whatsapp').notNull().default(''),
		agent: text('agent').notNull().default(''),
		rateCard: text('rate_card', { mode: 'json' }).$type<RateLine[]>().notNull().default([]),
		shippingAddress: text('shipping_address').notNull().default(''),
		notes: text('notes').notNull().default(''),
		doNotContact: integer('do_not_contact', { mode: 'boolean' }).notNull().default(false),
		doNotContactReason: text('do_not_contact_reason').notNull().default(''),
		// Sum of the profiles' followers (reach), kept here so the directory sorts by it
		// through an index instead of grouping profiles on every page.
		totalFollowers: integer('total_followers').notNull().default(0),
		createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
		...versioned()
	},
	(t) => [
		index('creators_workspace_name_idx').on(t.workspaceId, t.name),
		index('creators_workspace_followers_idx').on(t.workspaceId, t.totalFollowers)
	]
);

export const creatorProfiles = sqliteTable(
	'creator_profiles',
	{
		id: text('id').primaryKey(),
		creatorId: text('creator_id')
			.notNull()
			.references(() => creators.id, { onDelete: 'cascade' }),
		// Copied from the creator so one workspace cannot hold the same account twice.
		workspaceId: text('workspace_id')
			.notNull()
			.references(() => workspaces.id, { onDelete: 'cascade' }),
		platform: text('platform', { enum: CREATOR_PLATFORMS }).notNull(),
		handle: text('handle').notNull(),
		// handleKey(handle): lower-case, no @ — what duplicate detection compares.
		handleKey: text('handle_key').notNull(),
		url: text('url').notNull().default(''),
		followers: integer('followers'),
		avgViews: integer('avg_views'),
		// Basis points: 345 = 3.45 %.
		engagementBp: integer('engagement_bp'),
		// Calendar day the numbers were read, YYYY-MM-DD.
		measuredOn: text('measured_on'),
		position: integer('position').notNull().default(0)
	},
	(t) => [
		uniqueIndex('creator_profiles_handle_idx').on(t.workspaceId, t.platform, t.handleKey),
		index('creator_profiles_creator_idx').on(t.creatorId, t.position)
	]
);

/** A creator × a brand, optionally inside one of the brand's campaigns. */
export const collaborations = sqliteTable(
	'collaborations',
	{
		id: text('id').primaryKey(),
		brandId: text('brand_id')
			.notNull()
			.references(() => brands.id, { onDelete: 'cascade' }),
		creatorId: text('creator_id')
			.notNull()
			.references(() => creators.id, { onDelete: 'cascade' }),
		campaignId: text('campaign_id').references(() => campaigns.id, { onDelete: 'set null' }),
		ownerId: text('owner_id').references(() => users.id, { onDelete: 'set null' }),
		stage: text('stage', { enum: STAGE_VALUES }).notNull().default('prospect'),
		stageChangedAt: integer('stage_changed_at', { mode: 'timestamp_ms' }).notNull(),
		// The next step and the market day it is due; null once nothing is left to do.
		nextStep: text('next_step').notNull().default(''),
		followUpOn: text('follow_up_on'),
		brief: text('brief').notNull().default(''),
		// Money in minor units of `currency` (the fee, samples, payment and revenue share it).
		currency: text('currency').notNull(),
		feeMinor: integer('fee_minor'),
		productGiven: text('product_given').notNull().default(''),
		usageRights: text('usage_rights').notNull().default(''),
		disclosureRequired: integer('disclosure_required', { mode: 'boolean' }).notNull().default(true),
		promoCode: text('promo_code').notNull().default(''),
		// The landing page; the tracked link adds the campaign's UTM tags to it.
		linkUrl: text('link_url').notNull().default(''),
		paymentStatus: text('payment_status', { enum: PAYMENT_STATUSES }).notNull().default('unpaid'),
		paymentMinor: integer('payment_minor'),
		paidOn: text('paid_on'),
		createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
		...versioned()
	},
	(t) => [
		index('collaborations_brand_stage_idx').on(t.brandId, t.stage, t.followUpOn),
		index('collaborations_brand_follow_up_idx').on(t.brandId, t.followUpOn),
		index('collaborations_brand_campaign_idx').on(t.brandId, t.campaignId),
		index('collaborations_creator_idx').on(t.creatorId)
	]
);

/** Who moved a collaboration when, and every compliance override; never edited. */
export const collaborationEvents = sqliteTable(
	'collaboration_events',
	{
		id: text('id').primaryKey(),
		collaborationId: text('collaboration_id')
			.notNull()
			.references(() => collaborations.id, { onDelete: 'cascade' }),
		// 'created' | 'stage' | 'override'
		kind: text('kind', { enum: ['created', 'stage', 'override'] }).notNull(),
		fromStage: text('from_stage', { enum: STAGE_VALUES }),
		toStage: text('to_stage', { enum: STAGE_VALUES }),
		// For an override: the rules that were open and the reason given.
		note: text('note').notNull().default(''),
		userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
		at: integer('at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('collaboration_events_collab_idx').on(t.collaborationId, t.at)]
);

export const deliverables = sqliteTable(
	'deliverables',
	{
		id: text('id').primaryKey(),
		collaborationId: text('collaboration_id')
			.notNull()
			.references(() => collaborations.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: DELIVERABLE_KINDS }).notNull(),
		// Where the creator posts it.
		platform: text('platform', { enum: CREATOR_PLATFORMS }).notNull(),
		count: integer('count').notNull().default(1),
		dueOn: text('due_on'),
		caption: text('caption').notNull().default(''),
		// The calendar item this deliverable became; its status is the deliverable's status.
		contentItemId: text('content_item_id').references(() => contentItems.id, {
			onDelete: 'set null'
		}),
		// The brand channel the calendar item sits on (a creator's post is planned on the brand's
		// channel of the same platform).
		channelId: text('channel_id').references(() => channels.id, { onDelete: 'set null' }),
		publishedUrl: text('published_url').notNull().default(''),
		views: integer('views'),
		engagements: integer('engagements'),
		clicks: integer('clicks'),
		orders: integer('orders'),
		revenueMinor: integer('revenue_minor'),
		position: integer('position').notNull().default(0),
		...versioned()
	},
	(t) => [
		index('deliverables_collab_idx').on(t.collaborationId, t.position),
		index('deliverables_item_idx').on(t.contentItemId)
	]
);

export const samples = sqliteTable(
	'samples',
	{
		id: text('id').primaryKey(),
		collaborationId: text('collaboration_id')
			.notNull()
			.references(() => collaborations.id, { onDelete: 'cascade' }),
		product: text('product').notNull(),
		sku: text('sku').notNull().default(''),
		quantity: integer('quantity').notNull().default(1),
		shipFrom: text('ship_from', { enum: SHIP_FROM }).notNull().default('china'),
		carrier: text('carrier').notNull().default(''),
		trackingNumber: text('tracking_number').notNull().default(''),
		shippedOn: text('shipped_on'),
		deliveredOn: text('delivered_on'),
		// Minor units of the collaboration's currency: the goods as landed, and the postage.
		landedCostMinor: integer('landed_cost_minor'),
		shippingCostMinor: integer('shipping_cost_minor'),
		...versioned()
	},
	(t) => [index('samples_collab_idx').on(t.collaborationId, t.shippedOn)]
);

export type Creator = typeof creators.$inferSelect;
export type CreatorProfile = typeof creatorProfiles.$inferSelect;
export type Collaboration = typeof collaborations.$inferSelect;
export type CollaborationEvent = typeof collaborationEvents.$inferSelect;
export type Deliverable = typeof deliverables.$inferSelect;
export type Sample = typeof samples.$inferSelect;
