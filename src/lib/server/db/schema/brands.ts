import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { versioned } from './columns';
import {
	BRAND_REGISTRY_STATUSES,
	TRADEMARK_STATUSES,
	type BrandRegistryStatus,
	type TrademarkStatus
} from '../../../domain/brand-tools';
import { CHANNEL_KIND_KEYS, OWNERSHIPS } from '../../../domain/channels';
import { workspaces } from './workspaces';

export const brands = sqliteTable(
	'brands',
	{
		id: text('id').primaryKey(),
		workspaceId: text('workspace_id')
			.notNull()
			.references(() => workspaces.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		niche: text('niche').notNull().default(''),
		positioning: text('positioning').notNull().default(''),
		valueProposition: text('value_proposition').notNull().default(''),
		toneOfVoice: text('tone_of_voice').notNull().default(''),
		// ISO 3166-1 alpha-2 codes, e.g. ["US","DE"].
		targetMarkets: text('target_markets', { mode: 'json' }).$type<string[]>().notNull().default([]),
		homeTimeZone: text('home_time_zone').notNull().default('Asia/Shanghai'),
		marketTimeZone: text('market_time_zone').notNull(),
		// ISO 4217; money elsewhere is stored in this currency's minor units.
		currency: text('currency').notNull().default('USD'),
		colour: text('colour').notNull().default('#166534'),
		websiteUrl: text('website_url').notNull().default(''),
		trademarkStatus: text('trademark_status', { enum: TRADEMARK_STATUSES })
			.$type<TrademarkStatus>()
			.notNull()
			.default('none'),
		trademarkOffice: text('trademark_office').notNull().default(''),
		trademarkNumber: text('trademark_number').notNull().default(''),
		// Calendar days, YYYY-MM-DD (no time zone).
		trademarkFiledOn: text('trademark_filed_on'),
		trademarkRegisteredOn: text('trademark_registered_on'),
		brandRegistryStatus: text('brand_registry_status', { enum: BRAND_REGISTRY_STATUSES })
			.$type<BrandRegistryStatus>()
			.notNull()
			.default('not_enrolled'),
		archivedAt: integer('archived_at', { mode: 'timestamp_ms' }),
		...versioned()
	},
	(t) => [index('brands_workspace_id_idx').on(t.workspaceId, t.archivedAt, t.name)]
);

export const personas = sqliteTable(
	'personas',
	{
		id: text('id').primaryKey(),
		brandId: text('brand_id')
			.notNull()
			.references(() => brands.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		summary: text('summary').notNull().default(''),
		ageMin: integer('age_min'),
		ageMax: integer('age_max'),
		lifeStage: text('life_stage').notNull().default(''),
		// Free text, one point per line.
		pains: text('pains').notNull().default(''),
		goals: text('goals').notNull().default(''),
		objections: text('objections').notNull().default(''),
		buyingTriggers: text('buying_triggers').notNull().default(''),
		// Channel kinds from the catalogue where this persona spends time.
		channelKinds: text('channel_kinds', { mode: 'json' }).$type<string[]>().notNull().default([]),
		note: text('note').notNull().default(''),
		position: integer('position').notNull().default(0),
		...versioned()
	},
	(t) => [index('personas_brand_id_idx').on(t.brandId, t.position)]
);

export const pillars = sqliteTable(
	'pillars',
	{
		id: text('id').primaryKey(),
		brandId: text('brand_id')
			.notNull()
			.references(() => brands.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		description: text('description').notNull().default(''),
		colour: text('colour').notNull().default('#166534'),
		// Whole percent of the content mix, 0–100.
		targetShare: integer('target_share').notNull().default(0),
		position: integer('position').notNull().default(0),
		...versioned()
	},
	(t) => [index('pillars_brand_id_idx').on(t.brandId, t.position)]
);

export const channels = sqliteTable(
	'channels',
	{
		id: text('id').primaryKey(),
		brandId: text('brand_id')
			.notNull()
			.references(() => brands.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: CHANNEL_KIND_KEYS }).notNull(),
		// Optional label, e.g. "Discord: Big Chewers Club" for a community channel.
		label: text('label').notNull().default(''),
		handle: text('handle').notNull().default(''),
		ownership: text('ownership', { enum: OWNERSHIPS }).notNull(),
		// Posts per week the team aims for.
		weeklyCadence: integer('weekly_cadence').notNull().default(0),
		timeZone: text('time_zone').notNull(),
		position: integer('position').notNull().default(0),
		...versioned()
	},
	(t) => [index('channels_brand_id_idx').on(t.brandId, t.position)]
);

export type Brand = typeof brands.$inferSelect;
export type Persona = typeof personas.$inferSelect;
export type Pillar = typeof pillars.$inferSelect;
export type Channel = typeof channels.$inferSelect;
