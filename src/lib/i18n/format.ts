/** Every date and number the interface shows goes through Intl with the viewer's locale and zone. */
import { dateTimeFormat, numberFormat } from '$lib/i18n/intl';

export function formatDate(value: Date | number, locale: string, timeZone: string) {
	return dateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(value);
}

export function formatDateTime(value: Date | number, locale: string, timeZone: string) {
	return dateTimeFormat(locale, {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone
	}).format(value);
}

export function formatNumber(value: number, locale: string) {
	return numberFormat(locale).format(value);
}

/**
 * A calendar day (YYYY-MM-DD, no zone: a market day, a due day) in the viewer's language. It is
 * formatted at its UTC midnight in UTC, so no machine or viewer zone can move it a day.
 */
export function formatCalendarDay(
	day: string,
	locale: string,
	options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }
) {
	return dateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(utcMidnight(day));
}

const utcMidnight = (day: string) => {
	const [y, mo, d] = day.split('-').map(Number);
	return Date.UTC(y, mo - 1, d);
};

/** A calendar day with its weekday, short, as the calendar and the board show it: "Tue, Mar 3". */
export const formatDay = (
	day: string,
	locale: string,
	options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' }
) => formatCalendarDay(day, locale, options);

/** Two calendar days, both included, as one range: "Mar 3 – 9, 2026" / "2026年3月3日至9日". */
export function formatRange(from: string, toInclusive: string, locale: string) {
	return dateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(
		utcMidnight(from),
		utcMidnight(toInclusive)
	);
}
