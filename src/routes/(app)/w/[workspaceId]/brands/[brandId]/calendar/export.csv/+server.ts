import { asciiSlug, attachmentDisposition } from '$lib/domain/csv-safe';
import { slugify } from '$lib/domain/utm';
import { addDays, isDate, today, weekOf } from '$lib/domain/zoned-time';
import { requireBrand } from '$lib/server/guards';
import { db } from '$lib/server/db';
import * as exports from '$lib/server/queries/export';
import { readFilters } from '../view';
import type { RequestHandler } from './$types';

const MAX_DAYS = 400;

const badRequest = (message: string) =>
	new Response(message, { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** `from`/`to` (YYYY-MM-DD, `to` exclusive), or the market's current week when both are absent. */
function readRange(params: URLSearchParams, marketTimeZone: string) {
	const from = params.get('from');
	const to = params.get('to');
	if (from === null && to === null) {
		// Monday-start week in the market's zone: the export has no viewer locale to follow.
		const week = weekOf(today(marketTimeZone), 1);
		return { ok: true as const, from: week.start, to: week.end };
	}
	if (!from || !to || !isDate(from) || !isDate(to)) {
		return { ok: false as const, message: 'from and to must both be dates as YYYY-MM-DD.' };
	}
	if (to <= from) return { ok: false as const, message: 'to must be after from.' };
	if (to > addDays(from, MAX_DAYS)) {
		return { ok: false as const, message: `The range may span at most ${MAX_DAYS} days.` };
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
		rows = await exports.listItemsForExport(db, brand.id, range.from, range.to, filters);
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
