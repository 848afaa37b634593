import { numberFormat } from '$lib/i18n/intl';
import { formatMoney } from '$lib/domain/money';
import { formatCalendarDay } from '$lib/i18n/format';
import type { Rollup } from '$lib/domain/day-range';
import { m } from '$lib/paraglide/messages';

// How the dashboard writes its numbers and periods, in the viewer's language. Days are market
// calendar days with no instant (see formatCalendarDay).

export const dayLabel = (day: string, locale: string) => formatCalendarDay(day, locale);

export const shortDay = (day: string, locale: string) =>
	formatCalendarDay(day, locale, { month: 'short', day: 'numeric' });

export function periodLabel(period: string, rollup: Rollup, locale: string) {
	if (rollup === 'day') return dayLabel(period, locale);
	if (rollup === 'week') return m.dash_week_of({ day: dayLabel(period, locale) });
	return formatCalendarDay(period, locale, { year: 'numeric', month: 'long' });
}

/** An axis tick; the chart also asks for ticks between or beyond its points (no period: no label). */
export function tickLabel(period: string, rollup: Rollup, locale: string) {
	if (!period) return '';
	if (rollup === 'month')
		return formatCalendarDay(period, locale, { year: '2-digit', month: 'short' });
	return shortDay(period, locale);
}

/** A value of a metric: money in the brand currency (minor units), else a plain count. */
export function valueLabel(
	value: number | null,
	unit: 'count' | 'money',
	currency: string,
	locale: string
) {
	if (value === null) return '—';
	return unit === 'money'
		? formatMoney(value, currency, locale)
		: numberFormat(locale).format(value);
}

/** "+1,234" / "−56": a change always carries its sign. */
export function signedLabel(
	value: number | null,
	unit: 'count' | 'money',
	currency: string,
	locale: string
) {
	if (value === null) return '—';
	const text = valueLabel(Math.abs(value), unit, currency, locale);
	return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

export function percentLabel(fraction: number | null, locale: string, signed = true) {
	if (fraction === null) return '—';
	return numberFormat(locale, {
		style: 'percent',
		maximumFractionDigits: 1,
		signDisplay: signed ? 'exceptZero' : 'auto'
	}).format(fraction);
}

/** A change of a share in percentage points: 0.052 → "+5.2 pts". */
export function pointsLabel(change: number | null, locale: string) {
	if (change === null) return '—';
	const n = numberFormat(locale, {
		maximumFractionDigits: 1,
		signDisplay: 'exceptZero'
	}).format(change * 100);
	return m.dash_points({ points: n });
}
