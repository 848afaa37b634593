import { refusedExportMessage } from '$lib/i18n/date-messages';
import { readDay } from '$lib/domain/date-bounds';
import { asciiSlug, attachmentDisposition } from '$lib/domain/csv-safe';
import { slugify } from '$lib/domain/utm';
import { addDays, today, weekOf } from '$lib/domain/zoned-time';
import { m } from '$lib/paraglide/messages';
import { requireBrand } from '$lib/server/guards';
import { db } from '$lib/server/db';
import * as exports from '$lib/server/queries/export';
import { readFilters } from '../view';
import type { RequestHandler } from './$types';

const MAX_DAYS = 400;
/**
 * The most rows a range export writes, as many as the list view's: 400 days of a busy plan (25 a
 * day), ~3 MB. A range with more is refused with a message rather than cut short: a file that
 * silently lacks rows is worse than none.
 */
const EXPORT_ROWS_MAX = exports.EXPORT_ALL_LIMIT;

const badRequest = (message: string) =>
	new Response(message, { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/**
 * `from`/`to` (YYYY-MM-DD within the accepted days, `to` exclusive), or the market's current week
 * when both are absent. Refusals are in the user's language.
 */
function readRange(params: URLSearchParams, marketTimeZone: string) {
	const todayDate = today(marketTimeZone);
	const from = params.get('from');
	const to = params.get('to');
	if (from === null && to === null) {
		// Monday-start week in the market's zone: the export has no viewer locale to follow.
		const week = weekOf(todayDate, 1);
		return { ok: true as const, from: week.start, to: week.end };
	}
	const ends = [from, to].map((value) => ({ value: value ?? '', read: readDay(value, todayDate) }));
	for (const { value, read } of ends) {
		if (read.ok) continue;
		const message =
			read.problem === 'range' ? refusedExportMessage(value, todayDate) : m.error_date();
		return { ok: false as const, message };
	}
	if (!from || !to || to <= from || to > addDays(from, MAX_DAYS)) {
		return { ok: false as const, message: m.cal_export_range({ max: MAX_DAYS }) };
	}
	return { ok: true as const, from, to };
}

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const { brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	const filters = readFilters(url.searchParams);
	let rows: exports.ExportRow[];
	let suffix: string;
	if (url.searchParams.get('scope') === 'all') {
		// The list view: every item it pages through, ideas included.
		rows = await exports.listAllItemsForExport(db, brand.id, filters);
		suffix = 'all.csv';
	} else {
		const range = readRange(url.searchParams, brand.marketTimeZone);
		if (!range.ok) return badRequest(range.message);
		const limit = EXPORT_ROWS_MAX + 1;
		rows = await exports.listItemsForExport(db, brand.id, range.from, range.to, filters, limit);
		if (rows.length > EXPORT_ROWS_MAX) {
			return badRequest(m.cal_export_truncated({ max: EXPORT_ROWS_MAX }));
		}
		suffix = `${range.from}-${range.to}.csv`;
	}
	return new Response(exports.toCsv(rows), {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': attachmentDisposition(
				`${asciiSlug(brand.name, 'calendar')}-${suffix}`,
				`${slugify(brand.name) || 'calendar'}-${suffix}`
			),
			'Cache-Control': 'private, no-store'
		}
	});
};
