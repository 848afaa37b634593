import { dateTimeFormat } from '$lib/i18n/intl';
import type { ShipFrom } from '$lib/domain/creators';
import type { Stage } from '$lib/domain/pipeline';
import type { ShipmentStatus } from '$lib/domain/tracking';
import { m } from '$lib/paraglide/messages';

const SHIP_FROM_NAMES: Record<ShipFrom, () => string> = {
	china: m.collab_ship_from_china,
	overseas_warehouse: m.collab_ship_from_overseas_warehouse,
	fba_removal: m.collab_ship_from_fba_removal,
	third_party: m.collab_ship_from_third_party
};

const STAGE_NAMES: Record<Stage, () => string> = {
	prospect: m.collab_stage_prospect,
	contacted: m.collab_stage_contacted,
	negotiating: m.collab_stage_negotiating,
	agreed: m.collab_stage_agreed,
	sample_shipped: m.collab_stage_sample_shipped,
	content_live: m.collab_stage_content_live,
	paid: m.collab_stage_paid,
	declined: m.collab_stage_declined,
	no_reply: m.collab_stage_no_reply
};

/** Where a sample ships from, in the current language. */
export const shipFromName = (value: ShipFrom | string) =>
	(SHIP_FROM_NAMES[value as ShipFrom] ?? m.collab_ship_from_china)();

/** A pipeline stage in the current language. */
export const stageName = (stage: Stage | string) =>
	(STAGE_NAMES[stage as Stage] ?? m.collab_stage_prospect)();

/** "Not shipped" / "In transit · 3 days" / "Delivered". */
export function shipmentName(status: ShipmentStatus) {
	if (status.kind === 'not_shipped') return m.collab_sample_not_shipped();
	if (status.kind === 'delivered') return m.collab_sample_delivered();
	if (status.days === 0) return m.collab_sample_in_transit_today();
	return status.days === 1
		? m.collab_sample_in_transit_day()
		: m.collab_sample_in_transit({ days: status.days });
}

/** A calendar day (YYYY-MM-DD, no zone) as "10 Mar 2026" / "2026年3月10日". */
export function formatMarketDay(date: string, locale: string) {
	const [y, mo, d] = date.split('-').map(Number);
	return dateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
		Date.UTC(y, mo - 1, d)
	);
}
