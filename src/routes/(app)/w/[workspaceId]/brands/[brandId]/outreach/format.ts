/** Days, money and ratios of the pipeline pages, in the viewer's language. */
import { dateTimeFormat, numberFormat } from '$lib/i18n/intl';
import { formatMoney } from '$lib/domain/money';

/** A calendar day (no zone) in the viewer's language, e.g. "Tue, Mar 3" / "3月3日周二". */
export function formatDay(
	date: string,
	locale: string,
	options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' }
) {
	const [y, mo, d] = date.split('-').map(Number);
	// A calendar day has no zone: format the UTC midnight of it in UTC.
	return dateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(Date.UTC(y, mo - 1, d));
}

export function formatRange(from: string, toInclusive: string, locale: string) {
	const at = (date: string) => {
		const [y, mo, d] = date.split('-').map(Number);
		return Date.UTC(y, mo - 1, d);
	};
	return dateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(
		at(from),
		at(toInclusive)
	);
}

/** Money or a dash; the dash is explained by the caller's "not reported" text. */
export const moneyOrDash = (minor: number | null, currency: string, locale: string) =>
	minor === null ? '—' : formatMoney(minor, currency, locale);

/** Return on spend as a multiple: 2.5 → "2.5×". */
export const formatRoas = (roas: number | null, locale: string) =>
	roas === null ? '—' : `${numberFormat(locale, { maximumFractionDigits: 2 }).format(roas)}×`;
