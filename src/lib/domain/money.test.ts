import { describe, expect, it } from 'vitest';
import { currencyDecimals, formatMoney, moneyInput, parseMoney } from './money';

describe('currencyDecimals', () => {
	it('follows ISO 4217: none for JPY and KRW, two for USD and EUR', () => {
		expect(currencyDecimals('JPY')).toBe(0);
		expect(currencyDecimals('KRW')).toBe(0);
		expect(currencyDecimals('USD')).toBe(2);
		expect(currencyDecimals('EUR')).toBe(2);
	});
});

describe('parseMoney', () => {
	it('reads amounts into minor units, with or without thousands separators', () => {
		expect(parseMoney('1500', 'USD')).toEqual({ ok: true, minor: 150_000 });
		expect(parseMoney(' 1,500.5 ', 'USD')).toEqual({ ok: true, minor: 150_050 });
		expect(parseMoney('0.07', 'EUR')).toEqual({ ok: true, minor: 7 });
		expect(parseMoney('1500', 'JPY')).toEqual({ ok: true, minor: 1500 });
		expect(parseMoney('1500.00', 'JPY')).toEqual({ ok: true, minor: 1500 });
		expect(parseMoney('0', 'USD')).toEqual({ ok: true, minor: 0 });
	});

	it('treats an empty field as not set', () => {
		expect(parseMoney('   ', 'USD')).toEqual({ ok: true, minor: null });
	});

	it('refuses negatives, words and more decimals than the currency has', () => {
		expect(parseMoney('-5', 'USD')).toEqual({ ok: false, reason: 'format' });
		expect(parseMoney('12abc', 'USD')).toEqual({ ok: false, reason: 'format' });
		expect(parseMoney('1e5', 'USD')).toEqual({ ok: false, reason: 'format' });
		expect(parseMoney('1.005', 'USD')).toEqual({ ok: false, reason: 'decimals' });
		expect(parseMoney('1500.5', 'JPY')).toEqual({ ok: false, reason: 'decimals' });
		expect(parseMoney('9'.repeat(20), 'USD')).toEqual({ ok: false, reason: 'too-large' });
	});
});

describe('moneyInput and formatMoney', () => {
	it('round-trip through the form field', () => {
		for (const [minor, currency] of [
			[150_050, 'USD'],
			[7, 'EUR'],
			[1500, 'JPY'],
			[0, 'USD']
		] as const) {
			expect(parseMoney(moneyInput(minor, currency), currency)).toEqual({ ok: true, minor });
		}
		expect(moneyInput(7, 'EUR')).toBe('0.07');
		expect(moneyInput(null, 'EUR')).toBe('');
	});

	it('formats in the viewer’s language with the currency’s decimals', () => {
		expect(formatMoney(150_000, 'USD', 'en')).toBe('$1,500.00');
		expect(formatMoney(1500, 'JPY', 'en')).toBe('¥1,500');
		expect(formatMoney(150_000, 'USD', 'zh-CN')).toBe('US$1,500.00');
	});
});
