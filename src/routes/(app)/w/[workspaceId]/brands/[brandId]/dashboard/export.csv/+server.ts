import { error } from '@sveltejs/kit';
import { asciiSlug, attachmentDisposition, safeCell, spreadsheetCsv } from '$lib/domain/csv-safe';
import { refusedExportMessage } from '$lib/i18n/date-messages';
import { currencyDecimals } from '$lib/domain/money';
import { db } from '$lib/server/db';
import { requireBrand } from '$lib/server/guards';
import { loadDashboard } from '$lib/server/services/audience/dashboard';
import { getMetric } from '$lib/server/queries/metrics';
import type { RequestHandler } from './$types';

/**
 * One chart's data as CSV: period, value, comparison — the same view (range, comparison, roll-up)
 * as the chart, raw numbers (money in minor units → the currency's major units with a dot). At
 * most MAX_POINTS rows, like the chart; a from/to outside the accepted days answers 400.
 */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const { brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	const metricId = url.searchParams.get('metric') ?? '';
	const metric = metricId ? await getMetric(db, brand.id, metricId) : null;
	if (!metric) error(404, 'Not found');
	const scope = { brandId: brand.id, marketTimeZone: brand.marketTimeZone };
	const input = { params: url.searchParams, now: Date.now(), metricId: metric.id };
	const data = await loadDashboard(db, scope, input);
	// Other days than the ones asked for would be a misleading file; a roll-up made coarser to stay
	// within MAX_POINTS is named in the file name, as the chart's notice names it on the page.
	const [refused] = data.notices.refusedDates;
	if (refused !== undefined) {
		return new Response(refusedExportMessage(refused, data.today), {
			status: 400,
			headers: { 'Content-Type': 'text/plain; charset=utf-8' }
		});
	}
	const [chart] = data.charts;
	const money = chart.unit === 'money';
	const decimals = money ? currencyDecimals(brand.currency) : 0;
	const cell = (v: number | null) =>
		v === null ? '' : money ? (v / 10 ** decimals).toFixed(decimals) : String(v);
	// Every cell quoted; the period is text and guarded, the numbers are ours and stay numbers.
	const rows = chart.points.map((p) => [safeCell(p.period), cell(p.value), cell(p.comparison)]);
	const csv = spreadsheetCsv(['period', 'value', 'comparison'], rows);
	const label = `${metric.label || metric.kind}-${metric.channelLabel || metric.channelKind}`;
	const name = `${asciiSlug(brand.name, 'brand')}-${asciiSlug(label, 'metric')}-${data.days.from}-${data.days.to}-${data.view.rollup}.csv`;
	return new Response(`${csv}\r\n`, {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': attachmentDisposition(name, name),
			'Cache-Control': 'private, no-store'
		}
	});
};
