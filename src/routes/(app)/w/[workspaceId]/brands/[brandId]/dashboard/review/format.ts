import { formatMoney } from '$lib/domain/money';
import { getLocale } from '$lib/paraglide/runtime';

/** A calendar day as the viewer reads it (the day itself carries no zone). */
export function formatDay(day: string) {
	return new Intl.DateTimeFormat(getLocale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(
		new Date(`${day}T00:00:00Z`)
	);
}

export const formatCount = (value: number) => new Intl.NumberFormat(getLocale()).format(value);

export const formatAmount = (minor: number, currency: string) =>
	formatMoney(minor, currency, getLocale());

/** "+12.5%" / "−3%": signed, one decimal at most. */
export const formatPercent = (percent: number) =>
	new Intl.NumberFormat(getLocale(), {
		style: 'percent',
		maximumFractionDigits: 1,
		signDisplay: 'exceptZero'
	}).format(percent / 100);

export const formatSigned = (value: number) =>
	new Intl.NumberFormat(getLocale(), { signDisplay: 'exceptZero' }).format(value);
