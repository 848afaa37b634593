import { describe, expect, it } from 'vitest';
import { deleteScopeSchema, itemEditSchema, newItemSchema, ruleOf } from './recurrence';

// Thursday 4 November 2027, 09:00.
const item = {
	title: 'Newsletter',
	channelId: 'ch1',
	status: 'draft',
	scheduledDate: '2027-11-04',
	scheduledTime: '09:00'
};
const weekly = { ...item, repeat: 'weekly', repeatWeekdays: [1, 4], repeatCount: 6 };
const errorsOf = (input: Record<string, unknown>) => {
	const result = newItemSchema.safeParse(input);
	return result.success
		? {}
		: Object.fromEntries(result.error.issues.map((i) => [i.path[0], i.message]));
};

describe('newItemSchema', () => {
	it('defaults to an item that does not repeat', () => {
		const parsed = newItemSchema.parse(item);
		expect(parsed).toMatchObject({ repeat: 'none', repeatInterval: 1, repeatEnds: 'count' });
		expect(ruleOf(parsed)).toBeNull();
	});

	it('accepts a weekly rule and reads it back', () => {
		const parsed = newItemSchema.parse(weekly);
		expect(ruleOf(parsed)).toEqual({
			frequency: 'weekly',
			interval: 1,
			weekdays: [1, 4],
			startDate: '2027-11-04',
			until: null,
			count: 6
		});
	});

	it('puts each mistake on its own field', () => {
		expect(errorsOf({ ...weekly, repeatWeekdays: [] })).toEqual({
			repeatWeekdays: 'Choose at least one day of the week.'
		});
		expect(errorsOf({ ...weekly, repeatCount: 0 })).toEqual({
			repeatCount: 'Enter a number of times from 1 to 200.'
		});
		expect(errorsOf({ ...weekly, repeatCount: null })).toHaveProperty('repeatCount');
		expect(errorsOf({ ...weekly, repeatCount: 201 })).toEqual({
			repeatCount: 'A series can have at most 200 items: end it sooner.'
		});
		expect(errorsOf({ ...weekly, repeatEnds: 'until', repeatUntil: '2027-11-01' })).toEqual({
			repeatUntil: 'The last date cannot be before the start date (2027-11-04).'
		});
		expect(errorsOf({ ...weekly, repeatEnds: 'until', repeatUntil: '' })).toHaveProperty(
			'repeatUntil'
		);
		expect(errorsOf({ ...weekly, repeatEnds: 'until', repeatUntil: '2027-02-30' })).toHaveProperty(
			'repeatUntil'
		);
		expect(errorsOf({ ...weekly, repeatEnds: 'until', repeatUntil: '2031-01-01' })).toEqual({
			repeatUntil: 'A series can run for at most 3 years: end it sooner.'
		});
		expect(errorsOf({ ...weekly, repeatInterval: 0 })).toHaveProperty('repeatInterval');
		expect(errorsOf({ ...weekly, repeatInterval: 100 })).toHaveProperty('repeatInterval');
		expect(errorsOf({ ...weekly, scheduledDate: '', scheduledTime: '' })).toHaveProperty('repeat');
		expect(errorsOf({ ...weekly, repeat: 'hourly' })).toHaveProperty('repeat');
	});

	it('ignores the repeat fields of an item that does not repeat', () => {
		expect(errorsOf({ ...weekly, repeat: 'none', repeatWeekdays: [], repeatCount: 0 })).toEqual({});
	});

	it('reports in Chinese for a Chinese request', async () => {
		const { overwriteGetLocale, getLocale } = await import('$lib/paraglide/runtime');
		const original = getLocale;
		overwriteGetLocale(() => 'zh-CN');
		try {
			expect(errorsOf({ ...weekly, repeatWeekdays: [] })).toEqual({
				repeatWeekdays: '请至少选择一周中的一天。'
			});
		} finally {
			overwriteGetLocale(original);
		}
	});
});

describe('itemEditSchema and deleteScopeSchema', () => {
	it('default to this item only', () => {
		expect(itemEditSchema.parse(item)).toMatchObject({ seriesScope: 'one', seriesStamp: '' });
		expect(deleteScopeSchema.parse({})).toEqual({ seriesScope: 'one' });
		expect(deleteScopeSchema.parse({ seriesScope: 'everything' })).toEqual({ seriesScope: 'one' });
		expect(itemEditSchema.safeParse({ ...item, seriesScope: 'all' }).success).toBe(false);
	});
});
