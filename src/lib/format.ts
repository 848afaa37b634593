/** Every date and number the interface shows goes through Intl with the viewer's locale and zone. */

export function formatDate(value: Date | number, locale: string, timeZone: string) {
	return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(value);
}

export function formatDateTime(value: Date | number, locale: string, timeZone: string) {
	return new Intl.DateTimeFormat(locale, {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone
	}).format(value);
}

export function formatNumber(value: number, locale: string) {
	return new Intl.NumberFormat(locale).format(value);
}
