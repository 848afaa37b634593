import type { ShipFrom } from '$lib/domain/creators';
import type { ShipmentStatus } from '$lib/domain/tracking';
import { m } from '$lib/paraglide/messages';

const SHIP_FROM_NAMES: Record<ShipFrom, () => string> = {
	china: m.collab_ship_from_china,
	overseas_warehouse: m.collab_ship_from_overseas_warehouse,
	fba_removal: m.collab_ship_from_fba_removal,
	third_party: m.collab_ship_from_third_party
};

/** Where a sample ships from, in the current language. */
export const shipFromName = (value: ShipFrom | string) =>
	(SHIP_FROM_NAMES[value as ShipFrom] ?? m.collab_ship_from_china)();

/** "Not shipped" / "In transit · 3 days" / "Delivered". */
export function shipmentName(status: ShipmentStatus) {
	if (status.kind === 'not_shipped') return m.collab_sample_not_shipped();
	if (status.kind === 'delivered') return m.collab_sample_delivered();
	if (status.days === 0) return m.collab_sample_in_transit_today();
	return status.days === 1
		? m.collab_sample_in_transit_day()
		: m.collab_sample_in_transit({ days: status.days });
}
