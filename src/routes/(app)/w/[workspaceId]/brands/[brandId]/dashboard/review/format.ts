import { numberFormat } from '$lib/i18n/intl';
import { formatMoney } from '$lib/domain/money';
import { formatCalendarDay } from '$lib/i18n/format';
import { getLocale } from '$lib/paraglide/runtime';

/** A calendar day as the viewer reads it (the day itself carries no zone). */
export const formatDay = (day: string) => formatCalendarDay(day, getLocale());

export const formatCount = (value: number) => numberFormat(getLocale()).format(value);

export const formatAmount = (minor: number, currency: string) =>
	formatMoney(minor, currency, getLocale());

/** "+12.5%" / "−3%": signed, one decimal at most. */
export const formatPercent = (percent: number) =>
	numberFormat(getLocale(), {
		style: 'percent',
		maximumFractionDigits: 1,
		signDisplay: 'exceptZero'
	}).format(percent / 100);

export const formatSigned = (value: number) =>
	numberFormat(getLocale(), { signDisplay: 'exceptZero' }).format(value);
