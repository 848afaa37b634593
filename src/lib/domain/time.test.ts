import { describe, expect, it } from 'vitest';
import { effectiveWeekStart, isValidTimeZone, listTimeZones, localeWeekStart } from './time';

describe('time zones', () => {
	it('accepts IANA zones and rejects made-up ones', () => {
		expect(isValidTimeZone('Asia/Shanghai')).toBe(true);
		expect(isValidTimeZone('America/Los_Angeles')).toBe(true);
		expect(isValidTimeZone('UTC')).toBe(true);
		expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
		expect(isValidTimeZone('')).toBe(false);
	});

	it('lists hundreds of zones including the markets we sell into', () => {
		const zones = listTimeZones();
		expect(zones.length).toBeGreaterThan(300);
		expect(zones).toEqual(
			expect.arrayContaining([
				'UTC',
				'Asia/Shanghai',
				'Asia/Tokyo',
				'Europe/Berlin',
				'America/New_York'
			])
		);
	});
});

describe('week start', () => {
	it('follows the locale: Monday in China and Germany, Sunday in the US', () => {
		expect(localeWeekStart('zh-CN')).toBe(1);
		expect(localeWeekStart('de-DE')).toBe(1);
		expect(localeWeekStart('en-US')).toBe(0);
	});

	it('prefers the explicit setting, including Sunday (0)', () => {
		expect(effectiveWeekStart(0, 'zh-CN')).toBe(0);
		expect(effectiveWeekStart(6, 'en-US')).toBe(6);
		expect(effectiveWeekStart(null, 'zh-CN')).toBe(1);
	});
});
