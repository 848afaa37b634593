/** Days, money and ratios of the pipeline pages, in the viewer's language. */
import { numberFormat } from '$lib/i18n/intl';
import { formatMoney } from '$lib/domain/money';

/** Money or a dash; the dash is explained by the caller's "not reported" text. */
export const moneyOrDash = (minor: number | null, currency: string, locale: string) =>
	minor === null ? '—' : formatMoney(minor, currency, locale);

/** Return on spend as a multiple: 2.5 → "2.5×". */
export const formatRoas = (roas: number | null, locale: string) =>
	roas === null ? '—' : `${numberFormat(locale, { maximumFractionDigits: 2 }).format(roas)}×`;
