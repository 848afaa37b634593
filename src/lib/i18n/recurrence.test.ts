import { describe, expect, it } from 'vitest';
import { describeRule, gapNotice, weekdayName } from './recurrence';

const rule = {
	frequency: 'weekly' as const,
	interval: 2,
	weekdays: [4, 1],
	startDate: '2026-01-01',
	until: null,
	count: 8
};

describe('describeRule', () => {
	it('reads a weekly rule in English and Chinese', () => {
		expect(describeRule(rule, 'en')).toBe('Every 2 weeks on Mon, Thu, 8 times');
		expect(describeRule(rule, 'zh-CN')).toBe('每2周的周一、周四，共8次');
	});

	it('reads daily and monthly rules, single intervals and end dates', () => {
		const daily = { ...rule, frequency: 'daily' as const, interval: 1, count: 1 };
		expect(describeRule(daily, 'en')).toBe('Every day, once');
		expect(describeRule(daily, 'zh-CN')).toBe('每天，仅一次');
		const monthly = {
			...rule,
			frequency: 'monthly' as const,
			interval: 1,
			startDate: '2026-01-31',
			count: null,
			until: '2026-06-30'
		};
		expect(describeRule(monthly, 'en')).toBe('Every month on day 31, until Jun 30, 2026');
		expect(describeRule(monthly, 'zh-CN')).toBe('每月31日，直到2026年6月30日');
		expect(describeRule({ ...monthly, interval: 3 }, 'en')).toMatch(/^Every 3 months on day 31/);
		expect(describeRule({ ...daily, interval: 3, count: 5 }, 'zh-CN')).toBe('每3天，共5次');
	});

	it('names weekdays Monday to Sunday in the locale', () => {
		expect([1, 7].map((w) => weekdayName(w, 'en'))).toEqual(['Mon', 'Sun']);
		expect([1, 7].map((w) => weekdayName(w, 'zh-CN'))).toEqual(['周一', '周日']);
	});
});

describe('gapNotice', () => {
	it('names the dates a time does not exist on, and the time used instead', () => {
		// New York jumps from 02:00 to 03:00 on Sunday 14 March 2027.
		const dates = ['2027-03-07', '2027-03-14', '2027-03-21'];
		expect(gapNotice(dates, '02:30', 'America/New_York', 'en')).toBe(
			'02:30 does not exist in New York on Sun, Mar 14, 2027 (the clocks go forward), so those items are at 03:30.'
		);
		expect(gapNotice(dates, '02:30', 'America/New_York', 'zh-CN')).toMatch(
			/^New York在.*没有 02:30/
		);
		expect(gapNotice(dates, '09:00', 'America/New_York', 'en')).toBeNull();
	});
});
