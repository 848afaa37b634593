import { describe, expect, it } from 'vitest';
import { isValidTimeZone } from './time';
import { CURRENCIES, MARKETS, isMarketCode, marketDefaults, marketName } from './markets';

describe('markets', () => {
	it('cover the US, EU, UK and Japan with valid zones and currencies', () => {
		for (const code of ['US', 'DE', 'GB', 'JP', 'FR']) expect(isMarketCode(code)).toBe(true);
		for (const market of MARKETS) expect(isValidTimeZone(market.timeZone), market.code).toBe(true);
		expect(CURRENCIES).toEqual(expect.arrayContaining(['USD', 'EUR', 'GBP', 'JPY']));
	});

	it('suggest the first market’s zone and currency', () => {
		expect(marketDefaults(['GB', 'DE'])).toEqual({ timeZone: 'Europe/London', currency: 'GBP' });
		expect(marketDefaults([])).toBeNull();
	});

	it('name countries in the viewer’s language', () => {
		expect(marketName('DE', 'en')).toBe('Germany');
		expect(marketName('DE', 'zh-CN')).toBe('德国');
	});
});
