import { describe, expect, it } from 'vitest';
import { formatCalendarDay, formatDay, formatRange } from './format';

describe('calendar days', () => {
	it('format the day itself, whatever the machine’s zone', () => {
		expect(formatCalendarDay('2026-03-08', 'en')).toBe('Mar 8, 2026');
		expect(formatCalendarDay('2026-03-08', 'zh-CN')).toBe('2026年3月8日');
		expect(formatDay('2026-03-03', 'en')).toBe('Tue, Mar 3');
		expect(formatDay('2026-03-03', 'en', { month: 'long', year: 'numeric' })).toBe('March 2026');
	});

	it('format a range with both ends included', () => {
		expect(formatRange('2026-03-03', '2026-03-09', 'en')).toMatch(/^Mar 3\s–\s9, 2026$/);
		expect(formatRange('2026-03-03', '2026-03-03', 'en')).toBe('Mar 3, 2026');
	});
});
