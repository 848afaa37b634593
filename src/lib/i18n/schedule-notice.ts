import { dateTimeFormat } from '$lib/i18n/intl';
import { m } from '$lib/paraglide/messages';
import { scheduleAt } from '$lib/domain/schedule';
import { isTime } from '$lib/domain/zoned-time';

/** "New York" from "America/New_York": how people name the place whose clocks changed. */
export const placeOf = (zone: string) => (zone.split('/').at(-1) ?? zone).replace(/_/g, ' ');

/**
 * What to tell the user when the DST rule (see domain/zoned-time.ts) changed or chose the time
 * they asked for: a time in a spring-forward gap moves forward; a doubled time takes the first.
 */
export function scheduleNotice(
	adjustment: 'gap' | 'overlap',
	date: string,
	asked: string,
	saved: { scheduledTime: string | null; timeZone: string | null },
	locale: string
) {
	const day = dateTimeFormat(locale, {
		day: 'numeric',
		month: 'short',
		timeZone: 'UTC'
	}).format(new Date(`${date}T00:00:00Z`));
	const place = placeOf(saved.timeZone ?? '');
	return adjustment === 'gap'
		? m.item_gap_notice({ asked, date: day, place, saved: saved.scheduledTime ?? '' })
		: m.item_overlap_notice({ asked, date: day, place });
}

/**
 * The notice after a redirect (`?adjusted=02:30` names the time asked for): recomputed from the
 * stored item, so the URL can only repeat a true statement, never inject text.
 */
export function noticeAfterCreate(
	item: { scheduledDate: string | null; scheduledAt: number | null; timeZone: string | null },
	asked: string | null,
	locale: string
) {
	if (!asked || !isTime(asked) || !item.scheduledDate || !item.timeZone) return null;
	const again = scheduleAt(item.scheduledDate, asked, item.timeZone);
	if (!again.adjustment || again.scheduledAt !== item.scheduledAt) return null;
	return scheduleNotice(again.adjustment, item.scheduledDate, asked, again, locale);
}
