import { describe, expect, it } from 'vitest';
import { dateTimeFormat, numberFormat } from './intl';

describe('shared Intl formatters', () => {
	it('hands out one formatter per locale and option set', () => {
		const a = dateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
		expect(dateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' })).toBe(a);
		expect(dateTimeFormat('zh-CN', { dateStyle: 'medium', timeZone: 'UTC' })).not.toBe(a);
		expect(dateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' })).not.toBe(a);
	});

	it('formats exactly as a new formatter would', () => {
		const options = {
			weekday: 'short',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23',
			timeZone: 'Asia/Tokyo'
		} as const;
		const instant = Date.UTC(2026, 2, 8, 6, 30);
		expect(dateTimeFormat('zh-CN', options).format(instant)).toBe(
			new Intl.DateTimeFormat('zh-CN', options).format(instant)
		);
		expect(numberFormat('de-DE').format(1234.5)).toBe('1.234,5');
	});
});
