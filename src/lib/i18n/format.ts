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
	const [y, mo, d] = day.split('-').map(Number);
	return dateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(Date.UTC(y, mo - 1, d));
}
