/** The words for what the metric services answer. */
import { m } from '$lib/paraglide/messages';
import type { AddRefusal } from '$lib/server/services/audience/metrics';

/** Why a metric was not added, on the field it marks. */
export function addRefusal(refusal: AddRefusal) {
	return refusal.reason === 'unknown-reference'
		? m.entry_error_channel()
		: m.entry_error_duplicate();
}

/** A rename refused because the metric was renamed meanwhile: its name now. */
export function renameConflict(current: { label: string }) {
	return m.entry_rename_conflict({ current: current.label || m.entry_unnamed() });
}
