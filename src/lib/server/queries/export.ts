/** The content calendar as rows for a CSV download. */
import { and, asc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { safeCell, spreadsheetCsv } from '../../domain/csv-safe';
import type { Db } from '../db/client';
import { channels, contentItems, personas, pillars, users } from '../db/schema';
import { filterConditions, type ItemFilters } from './items';

/** The header row. Stable: spreadsheets and re-imports find columns by these names. */
export const EXPORT_COLUMNS = [
	'date',
	'time',
	'time_zone',
	'utc',
	'channel',
	'format',
	'status',
	'title',
	'brief',
	'caption',
	'pillar',
	'persona',
	'owner',
	'link_url',
	'published_url',
	'id'
] as const;

export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string>;

/**
 * Scheduled items whose wall date (in their channel's zone) is in [from, to), as the calendar
 * grid shows them, with names in place of ids. Joins are brand-scoped so a stray id from another
 * brand never leaks its name.
 */
export async function listItemsForExport(
	db: Db,
	brandId: string,
	from: string,
	to: string,
	filters: ItemFilters = {},
	/** At most this many rows, the earliest first; all when absent. */
	limit?: number
): Promise<ExportRow[]> {
	return exportRows(
		db,
		brandId,
		[
			gte(contentItems.scheduledDate, from),
			lt(contentItems.scheduledDate, to),
			...filterConditions(filters)
		],
		limit
	);
}

/** Rows a list-view export may hold: more would be a backup, not a spreadsheet. */
export const EXPORT_ALL_LIMIT = 10_000;

/**
 * Every item the list view shows for these filters — scheduled ones by date, then the ideas —
 * up to EXPORT_ALL_LIMIT rows.
 */
export async function listAllItemsForExport(db: Db, brandId: string, filters: ItemFilters = {}) {
	return exportRows(db, brandId, filterConditions(filters), EXPORT_ALL_LIMIT);
}

async function exportRows(
	db: Db,
	brandId: string,
	conditions: SQL[],
	limit?: number
): Promise<ExportRow[]> {
	const query = db
		.select({
			id: contentItems.id,
			date: contentItems.scheduledDate,
			time: contentItems.scheduledTime,
			timeZone: contentItems.timeZone,
			scheduledAt: contentItems.scheduledAt,
			channelKind: channels.kind,
			channelLabel: channels.label,
			format: contentItems.format,
			status: contentItems.status,
			title: contentItems.title,
			brief: contentItems.brief,
			caption: contentItems.caption,
			pillar: pillars.name,
			persona: personas.name,
			owner: users.name,
			linkUrl: contentItems.linkUrl,
			publishedUrl: contentItems.publishedUrl
		})
		.from(contentItems)
		.leftJoin(channels, and(eq(channels.id, contentItems.channelId), eq(channels.brandId, brandId)))
		.leftJoin(pillars, and(eq(pillars.id, contentItems.pillarId), eq(pillars.brandId, brandId)))
		.leftJoin(personas, and(eq(personas.id, contentItems.personaId), eq(personas.brandId, brandId)))
		.leftJoin(users, eq(users.id, contentItems.ownerId))
		.where(and(eq(contentItems.brandId, brandId), ...conditions))
		.orderBy(
			// Ideas (no date) after the scheduled items. Only when ideas can be in the result, so a
			// range export still reads the (brand_id, scheduled_date) index in order.
			...(limit ? [sql`${contentItems.scheduledDate} IS NULL`] : []),
			asc(contentItems.scheduledDate),
			asc(contentItems.scheduledTime),
			asc(contentItems.id)
		);
	const rows = await (limit ? query.limit(limit) : query);
	return rows.map((r) => ({
		date: r.date ?? '',
		time: r.time ?? '',
		time_zone: r.timeZone ?? '',
		utc: r.scheduledAt === null ? '' : new Date(r.scheduledAt).toISOString(),
		channel: r.channelLabel || r.channelKind || '',
		format: r.format,
		status: r.status,
		title: r.title,
		brief: r.brief,
		caption: r.caption,
		pillar: r.pillar ?? '',
		persona: r.persona ?? '',
		owner: r.owner ?? '',
		link_url: r.linkUrl,
		published_url: r.publishedUrl,
		id: r.id
	}));
}

/**
 * CSV text for Excel and friends: a UTF-8 byte-order mark (without it Excel reads Chinese as
 * mojibake), CRLF line ends, every cell quoted and defused against formula injection (every
 * column is text: dates, times and ids never start like a formula, so the guard leaves them be).
 */
export function toCsv(rows: ExportRow[]) {
	const data = rows.map((row) => EXPORT_COLUMNS.map((column) => safeCell(row[column])));
	return `\uFEFF${spreadsheetCsv(EXPORT_COLUMNS, data)}`;
}
