import { describe, expect, it } from 'vitest';
import {
	deliverableExpected,
	deliverableResultsSchema,
	deliverableSchema,
	parseDeliverableExpected,
	toCalendarSchema,
	wholeOf
} from './deliverable';
import { sampleSchema } from './sample';

const errorsOf = (
	schema: { safeParse: (v: unknown) => unknown },
	input: Record<string, unknown>
) => {
	const result = schema.safeParse(input) as
		| { success: true }
		| { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
	return result.success
		? {}
		: // The first message of each field: the one a form shows.
			Object.fromEntries(result.error.issues.toReversed().map((i) => [i.path[0], i.message]));
};

describe('deliverableSchema', () => {
	it('fills defaults, and takes a count from 1 to 100 written as digits', () => {
		expect(deliverableSchema.parse({})).toEqual({
			kind: 'short_video',
			platform: 'tiktok',
			count: '1',
			dueOn: '',
			caption: '',
			publishedUrl: '',
			version: 0
		});
		for (const count of ['0', '101', '1.5', '2,0', 'two', '-1']) {
			expect(errorsOf(deliverableSchema, { count }), count).toEqual({
				count: 'Enter a whole number from 1 to 100.'
			});
		}
		expect(errorsOf(deliverableSchema, { count: '' })).toEqual({
			count: 'This field is required.'
		});
	});

	it('refuses kinds and platforms outside the lists, bad days and non-https links', () => {
		expect(
			errorsOf(deliverableSchema, {
				kind: 'tweet',
				platform: 'myspace',
				dueOn: '2026-02-30',
				publishedUrl: 'http://example.com/post'
			})
		).toEqual({
			kind: 'Choose one of the options in the list.',
			platform: 'Choose one of the options in the list.',
			dueOn: 'Enter a date as YYYY-MM-DD.',
			publishedUrl: 'Enter a full address starting with https://'
		});
	});
});

describe('deliverable results', () => {
	it('accept whole numbers with thousands commas, or nothing', () => {
		const parsed = deliverableResultsSchema.parse({ views: ' 12,300 ', orders: '7' });
		expect(parsed).toMatchObject({ views: '12,300', engagements: '', orders: '7' });
		expect(wholeOf(parsed.views)).toBe(12_300);
		expect(wholeOf('')).toBeNull();
		for (const views of ['12.5', '-3', '1,23', '12,3000', 'many']) {
			expect(errorsOf(deliverableResultsSchema, { views }), views).toHaveProperty('views');
		}
		expect(errorsOf(deliverableResultsSchema, { revenue: '-5' })).toHaveProperty('revenue');
	});

	it('round-trip the stored results through the hidden field, and refuse a tampered one', () => {
		const stored = { views: 12_300, engagements: 410, clicks: null, orders: 7, revenueMinor: 0 };
		expect(deliverableExpected(stored)).toBe('12300,410,,7,0');
		expect(parseDeliverableExpected('12300,410,,7,0')).toEqual(stored);
		expect(parseDeliverableExpected(',,,,')).toEqual({
			views: null,
			engagements: null,
			clicks: null,
			orders: null,
			revenueMinor: null
		});
		expect(parseDeliverableExpected('1,2,3')).toBeNull();
		expect(parseDeliverableExpected('1,2,3,4,-5')).toBeNull();
	});
});

describe('toCalendarSchema', () => {
	it('needs a channel and a day, defaults the time to noon and drops seconds', () => {
		expect(toCalendarSchema.parse({ channelId: 'c1', date: '2027-06-10' })).toEqual({
			channelId: 'c1',
			date: '2027-06-10',
			time: '12:00'
		});
		expect(
			toCalendarSchema.parse({ channelId: 'c1', date: '2027-06-10', time: '18:30:00' }).time
		).toBe('18:30');
		expect(errorsOf(toCalendarSchema, { channelId: '', date: '', time: '25:00' })).toEqual({
			channelId: 'This field is required.',
			date: 'This field is required.',
			time: 'Enter a time as HH:MM (24-hour clock).'
		});
	});
});

describe('sampleSchema', () => {
	const valid = { product: 'Bloom mat', quantity: '2', shippedOn: '2026-03-02' };

	it('needs a product and a quantity from 1 to 1000', () => {
		expect(errorsOf(sampleSchema, { ...valid, product: ' ' })).toEqual({
			product: 'This field is required.'
		});
		expect(errorsOf(sampleSchema, { ...valid, quantity: '1001' })).toEqual({
			quantity: 'Enter a whole number from 1 to 1000.'
		});
		expect(errorsOf(sampleSchema, { ...valid, trackingNumber: '1Z<script>' })).toHaveProperty(
			'trackingNumber'
		);
		expect(errorsOf(sampleSchema, { ...valid, trackingNumber: 'SF 1439 9197-79302' })).toEqual({});
	});

	it('delivered not before shipped, and not without a shipping day', () => {
		expect(errorsOf(sampleSchema, { ...valid, deliveredOn: '2026-03-01' })).toEqual({
			deliveredOn: 'The delivery date cannot be before the shipping date.'
		});
		expect(errorsOf(sampleSchema, { ...valid, deliveredOn: '2026-03-02' })).toEqual({});
		expect(errorsOf(sampleSchema, { ...valid, shippedOn: '', deliveredOn: '2026-03-02' })).toEqual({
			shippedOn: 'Enter the day it shipped before the day it was delivered.'
		});
	});
});
