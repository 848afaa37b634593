import { formatMoney } from '$lib/domain/money';
import { formatNumber } from '$lib/i18n/format';
import { m } from '$lib/paraglide/messages';

type Results = {
	views: number | null;
	engagements: number | null;
	clicks: number | null;
	orders: number | null;
	revenueMinor: number | null;
};

/** "12,300 views · 410 engagements · 7 orders · $209.93"; empty when nothing is entered. */
export function resultsText(r: Results, currency: string, locale: string) {
	const n = (value: number) => formatNumber(value, locale);
	const parts = [
		r.views === null ? null : m.collab_result_views({ count: n(r.views) }),
		r.engagements === null ? null : m.collab_result_engagements({ count: n(r.engagements) }),
		r.clicks === null ? null : m.collab_result_clicks({ count: n(r.clicks) }),
		r.orders === null ? null : m.collab_result_orders({ count: n(r.orders) }),
		r.revenueMinor === null
			? null
			: m.collab_result_revenue({ amount: formatMoney(r.revenueMinor, currency, locale) })
	];
	return parts.filter(Boolean).join(' · ');
}

/** "Short video on TikTok" or "3 × Story on Instagram". */
export function deliverableTitle(kind: string, platform: string, count: number) {
	return count > 1
		? m.collab_deliverable_title_many({ count, kind, platform })
		: m.collab_deliverable_title({ kind, platform });
}
