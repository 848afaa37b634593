/** The words for what the calendar's item services answer, and the fields they mark. */
import { setError, type SuperValidated } from 'sveltekit-superforms';
import { m } from '$lib/paraglide/messages';
import { gapNotice } from '$lib/i18n/recurrence';
import type { ItemRefusal, Stored } from '$lib/server/services/calendar/items';
import { scheduleNotice } from '$lib/i18n/schedule-notice';

type ItemFields = Record<ItemRefusal['field'], string>;

/** Marks every refused field of the form: an unknown choice, or a caption over the channel's limit. */
export function markRefusals<T extends ItemFields>(
	form: SuperValidated<T>,
	refusals: readonly ItemRefusal[]
) {
	// Every item form names these fields alike; superforms cannot type a path of a generic form.
	const fields = form as unknown as SuperValidated<ItemFields>;
	for (const refusal of refusals) {
		const text =
			refusal.reason === 'caption-over'
				? m.item_error_caption_over({ limit: refusal.limit })
				: m.item_error_choice();
		setError(fields, refusal.field, text);
	}
}

/** What to tell the user when the DST rule changed or chose the time they asked for, or null. */
export function adjustedNotice(
	stored: Stored,
	asked: { scheduledDate: string; scheduledTime: string },
	locale: string
) {
	if (!stored.adjustment) return null;
	const { scheduledDate, scheduledTime } = asked;
	return scheduleNotice(stored.adjustment, scheduledDate, scheduledTime, stored.input, locale);
}

/** The answer to a save: saved (with any DST notice), or saved to the whole series. */
export function savedText(
	series: { updated: number; adjusted: string[] } | null,
	notice: string | null,
	asked: { scheduledTime: string; timeZone: string | null }
) {
	if (!series) return notice ?? m.saved();
	const gaps = series.adjusted.length
		? gapNotice(series.adjusted, asked.scheduledTime, asked.timeZone ?? 'UTC')
		: null;
	const text = [m.series_saved_series({ count: series.updated }), notice, gaps];
	return text.filter(Boolean).join(' ');
}

/** A save that lost to another: of the item, or of the whole series. */
export const conflictText = (wholeSeries: boolean) =>
	wholeSeries ? m.series_conflict() : m.conflict_saved_elsewhere();
