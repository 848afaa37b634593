/**
 * Money as integer minor units of an ISO 4217 currency (cents for USD, yen for JPY). How many
 * decimals a currency has comes from the runtime's CLDR data, not a hand-kept table.
 */
import { numberFormat } from '../i18n/intl';

/** Largest amount we accept, in minor units: far beyond any campaign budget, safe as an integer. */
export const MONEY_MAX_MINOR = 1_000_000_000_000;

export function currencyDecimals(currency: string) {
	try {
		return (
			numberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
			2
		);
	} catch {
		return 2;
	}
}

export type ParsedMoney =
	{ ok: true; minor: number | null } | { ok: false; reason: 'format' | 'decimals' | 'too-large' };

/**
 * What a person typed ("1500", "1,500.50", "1500.5") → minor units; '' → null (not set).
 * A comma is read as a thousands separator (the en and zh-CN convention); a minus sign, letters
 * or more decimals than the currency has are refused, never rounded away.
 */
export function parseMoney(text: string, currency: string): ParsedMoney {
	const value = text.trim().replace(/[\s,_]/g, '');
	if (value === '') return { ok: true, minor: null };
	const match = /^(\d+)(?:\.(\d*))?$/.exec(value);
	if (!match) return { ok: false, reason: 'format' };
	const decimals = currencyDecimals(currency);
	const fraction = (match[2] ?? '').replace(/(?<!0)0+$/, '');
	if (fraction.length > decimals) return { ok: false, reason: 'decimals' };
	const whole = match[1].replace(/^0+(?=\d)/, '');
	if (whole.length > 15) return { ok: false, reason: 'too-large' };
	const minor = Number(whole) * 10 ** decimals + Number(fraction.padEnd(decimals, '0') || '0');
	if (minor > MONEY_MAX_MINOR) return { ok: false, reason: 'too-large' };
	return { ok: true, minor };
}

/** Minor units → the plain amount a form field shows, e.g. 150000 USD → "1500.00"; null → ''. */
export function moneyInput(minor: number | null, currency: string) {
	if (minor === null) return '';
	const decimals = currencyDecimals(currency);
	if (decimals === 0) return String(minor);
	const text = String(minor).padStart(decimals + 1, '0');
	return `${text.slice(0, -decimals)}.${text.slice(-decimals)}`;
}

/** Minor units → "$1,500.00" / "US$1,500.00" / "¥1,500", in the viewer's language. */
export function formatMoney(minor: number, currency: string, locale: string) {
	const decimals = currencyDecimals(currency);
	return numberFormat(locale, { style: 'currency', currency }).format(minor / 10 ** decimals);
}
