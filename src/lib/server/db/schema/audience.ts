import { sql } from 'drizzle-orm';
import {
	index,
	integer,
	primaryKey,
	sqliteTable,
	text,
	uniqueIndex
} from 'drizzle-orm/sqlite-core';
import { METRIC_KIND_KEYS } from '../../../domain/metrics';
import { users } from './accounts';
import { brands, channels } from './brands';
import { versioned } from './columns';

const createdAt = () =>
	integer('created_at', { mode: 'timestamp_ms' })
		.notNull()
		.default(sql`(unixepoch() * 1000)`);

/** One thing a brand counts on one of its channels; ownership comes from the channel. */
export const metrics = sqliteTable(
	'metrics',
	{
		id: text('id').primaryKey(),
		brandId: text('brand_id')
			.notNull()
			.references(() => brands.id, { onDelete: 'cascade' }),
		channelId: text('channel_id')
			.notNull()
			.references(() => channels.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: METRIC_KIND_KEYS }).notNull(),
		// Optional wording, e.g. "Welcome-series list"; the kind's name is shown when empty.
		label: text('label').notNull().default(''),
		position: integer('position').notNull().default(0),
		...versioned()
	},
	(t) => [
		index('metrics_brand_id_idx').on(t.brandId, t.position),
		uniqueIndex('metrics_channel_kind_unique').on(t.channelId, t.kind)
	]
);

/**
 * A metric's value on one calendar day (YYYY-MM-DD, market time). The primary key is the index
 * every series reads: a range of days of one metric is one contiguous b-tree walk.
 * Counts are whole numbers; money is in the brand currency's minor units.
 */
export const metricValues = sqliteTable(
	'metric_values',
	{
		metricId: text('metric_id')
			.notNull()
			.references(() => metrics.id, { onDelete: 'cascade' }),
		day: text('day').notNull(),
		value: integer('value').notNull(),
		// The import batch that wrote the current value; null when typed in. Not a foreign key:
		// undoing or forgetting a batch must never delete values a person typed since.
		batchId: text('batch_id'),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
			.notNull()
			.default(sql`(unixepoch() * 1000)`)
	},
	(t) => [primaryKey({ columns: [t.metricId, t.day] })]
);

/** One imported file: what it was, who brought it in, and whether it has been undone. */
export const importBatches = sqliteTable(
	'import_batches',
	{
		id: text('id').primaryKey(),
		brandId: text('brand_id')
			.notNull()
			.references(() => brands.id, { onDelete: 'cascade' }),
		fileName: text('file_name').notNull().default(''),
		// shopify_sessions | ga4 | klaviyo | plain | mapped
		format: text('format').notNull(),
		// SHA-256 of the file's bytes: re-importing the same file is recognised.
		fileHash: text('file_hash').notNull().default(''),
		rowCount: integer('row_count').notNull().default(0),
		changedCount: integer('changed_count').notNull().default(0),
		createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		undoneAt: integer('undone_at', { mode: 'timestamp_ms' }),
		undoneBy: text('undone_by').references(() => users.id, { onDelete: 'set null' })
	},
	(t) => [index('import_batches_brand_idx').on(t.brandId, t.createdAt)]
);

/** What a batch changed, so it can be undone exactly: the value before (null = none) and after. */
export const importChanges = sqliteTable(
	'import_changes',
	{
		batchId: text('batch_id')
			.notNull()
			.references(() => importBatches.id, { onDelete: 'cascade' }),
		metricId: text('metric_id')
			.notNull()
			.references(() => metrics.id, { onDelete: 'cascade' }),
		day: text('day').notNull(),
		previous: integer('previous'),
		value: integer('value').notNull()
	},
	(t) => [primaryKey({ columns: [t.batchId, t.metricId, t.day] })]
);

/** A target level (stock) or period total (flow) for a metric by a day. */
export const goals = sqliteTable(
	'goals',
	{
		id: text('id').primaryKey(),
		brandId: text('brand_id')
			.notNull()
			.references(() => brands.id, { onDelete: 'cascade' }),
		metricId: text('metric_id')
			.notNull()
			.references(() => metrics.id, { onDelete: 'cascade' }),
		target: integer('target').notNull(),
		startDay: text('start_day').notNull(),
		dueDay: text('due_day').notNull(),
		note: text('note').notNull().default(''),
		createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
		...versioned()
	},
	(t) => [index('goals_brand_idx').on(t.brandId, t.dueDay)]
);

/**
 * A note pinned to a day on the charts, written by hand ("price test", "Klaviyo outage").
 * Notes from published items, campaigns and creator content going live are derived when read.
 */
export const annotations = sqliteTable(
	'annotations',
	{
		id: text('id').primaryKey(),
		brandId: text('brand_id')
			.notNull()
			.references(() => brands.id, { onDelete: 'cascade' }),
		day: text('day').notNull(),
		text: text('text').notNull(),
		// The chart it belongs to; null = every chart of the brand.
		metricId: text('metric_id').references(() => metrics.id, { onDelete: 'cascade' }),
		createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
		...versioned()
	},
	(t) => [index('annotations_brand_day_idx').on(t.brandId, t.day)]
);

export type Metric = typeof metrics.$inferSelect;
export type MetricValue = typeof metricValues.$inferSelect;
export type ImportBatch = typeof importBatches.$inferSelect;
export type Goal = typeof goals.$inferSelect;
export type Annotation = typeof annotations.$inferSelect;
