/** Target markets our sellers sell into, with the zone and currency a new brand defaults to. */
import { displayNames } from '../i18n/intl';

export type Market = { code: string; timeZone: string; currency: string };

export const MARKETS: readonly Market[] = [
	{ code: 'US', timeZone: 'America/New_York', currency: 'USD' },
	{ code: 'CA', timeZone: 'America/Toronto', currency: 'CAD' },
	{ code: 'MX', timeZone: 'America/Mexico_City', currency: 'MXN' },
	{ code: 'BR', timeZone: 'America/Sao_Paulo', currency: 'BRL' },
	{ code: 'GB', timeZone: 'Europe/London', currency: 'GBP' },
	{ code: 'DE', timeZone: 'Europe/Berlin', currency: 'EUR' },
	{ code: 'FR', timeZone: 'Europe/Paris', currency: 'EUR' },
	{ code: 'IT', timeZone: 'Europe/Rome', currency: 'EUR' },
	{ code: 'ES', timeZone: 'Europe/Madrid', currency: 'EUR' },
	{ code: 'NL', timeZone: 'Europe/Amsterdam', currency: 'EUR' },
	{ code: 'PL', timeZone: 'Europe/Warsaw', currency: 'PLN' },
	{ code: 'SE', timeZone: 'Europe/Stockholm', currency: 'SEK' },
	{ code: 'JP', timeZone: 'Asia/Tokyo', currency: 'JPY' },
	{ code: 'KR', timeZone: 'Asia/Seoul', currency: 'KRW' },
	{ code: 'CN', timeZone: 'Asia/Shanghai', currency: 'CNY' },
	{ code: 'HK', timeZone: 'Asia/Hong_Kong', currency: 'HKD' },
	{ code: 'TW', timeZone: 'Asia/Taipei', currency: 'TWD' },
	{ code: 'SG', timeZone: 'Asia/Singapore', currency: 'SGD' },
	{ code: 'AU', timeZone: 'Australia/Sydney', currency: 'AUD' },
	{ code: 'AE', timeZone: 'Asia/Dubai', currency: 'AED' },
	{ code: 'SA', timeZone: 'Asia/Riyadh', currency: 'SAR' },
	{ code: 'IN', timeZone: 'Asia/Kolkata', currency: 'INR' }
];

export const MARKET_CODES = MARKETS.map((market) => market.code);

export const CURRENCIES = [...new Set(MARKETS.map((market) => market.currency))].sort();

/** A country's name in the viewer's language, from the runtime's CLDR data. */
export function marketName(code: string, locale: string) {
	try {
		return displayNames([locale], { type: 'region' }).of(code) ?? code;
	} catch {
		return code;
	}
}

export function isMarketCode(value: string) {
	return MARKET_CODES.includes(value);
}

/** The first market's zone and currency are the sensible defaults for a new brand. */
export function marketDefaults(codes: readonly string[]) {
	const first = MARKETS.find((market) => market.code === codes[0]);
	return first ? { timeZone: first.timeZone, currency: first.currency } : null;
}
