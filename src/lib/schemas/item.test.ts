import { describe, expect, it } from 'vitest';
import { NO_RESULTS } from '$lib/domain/results';
import {
	itemFormValues,
	itemSchema,
	ITEM_TITLE_MAX,
	parseExpected,
	resultsExpected,
	resultsFormValues,
	resultsInput,
	resultsSchema
} from './item';

const valid = { title: 'Mat demo', channelId: 'ch1', status: 'draft' };
const errorsOf = (input: Record<string, unknown>) => {
	const result = itemSchema.safeParse(input);
	return result.success
		? {}
		: Object.fromEntries(result.error.issues.map((i) => [i.path[0], i.message]));
};

describe('itemSchema', () => {
	it('fills defaults: an unscheduled idea with no channel is valid', () => {
		expect(itemSchema.parse({ title: '  Idea  ' })).toEqual({
			channelId: '',
			format: 'other',
			title: 'Idea',
			brief: '',
			caption: '',
			pillarId: '',
			personaId: '',
			campaignId: '',
			ownerId: '',
			status: 'idea',
			scheduledDate: '',
			scheduledTime: '',
			linkUrl: '',
			publishedUrl: '',
			version: 0
		});
	});

	it('requires a title of at most 200 characters, counting emoji as one', () => {
		expect(errorsOf({ title: '   ' })).toHaveProperty('title');
		expect(errorsOf({ title: '🐶'.repeat(ITEM_TITLE_MAX) })).toEqual({});
		expect(errorsOf({ title: 'x'.repeat(ITEM_TITLE_MAX + 1) })).toHaveProperty('title');
	});

	it('limits brief and caption; CRLF counts as one character', () => {
		expect(errorsOf({ ...valid, brief: 'a'.repeat(5001) })).toHaveProperty('brief');
		expect(errorsOf({ ...valid, caption: 'a\r\n'.repeat(5000) })).toEqual({});
		expect(errorsOf({ ...valid, caption: 'a'.repeat(10001) })).toHaveProperty('caption');
	});

	it('needs date and time together, or neither', () => {
		expect(errorsOf({ ...valid, scheduledDate: '2026-03-08', scheduledTime: '02:30' })).toEqual({});
		expect(errorsOf({ ...valid, scheduledDate: '2026-03-08' })).toEqual({
			scheduledTime: 'Enter a time too, or clear the date.'
		});
		expect(errorsOf({ ...valid, scheduledTime: '09:00' })).toEqual({
			scheduledDate: 'Enter a date too, or clear the time.'
		});
	});

	it('accepts a browser time with seconds and refuses impossible dates and times', () => {
		const parsed = itemSchema.parse({
			...valid,
			scheduledDate: '2026-06-10',
			scheduledTime: '09:00:00'
		});
		expect(parsed.scheduledTime).toBe('09:00');
		expect(
			errorsOf({ ...valid, scheduledDate: '2026-02-30', scheduledTime: '09:00' })
		).toHaveProperty('scheduledDate');
		expect(
			errorsOf({ ...valid, scheduledDate: '2026-02-03', scheduledTime: '24:00' })
		).toHaveProperty('scheduledTime');
	});

	it('needs a channel once the item is past the idea stage', () => {
		expect(errorsOf({ title: 'x', status: 'draft' })).toHaveProperty('channelId');
		expect(errorsOf({ title: 'x', status: 'idea' })).toEqual({});
	});

	it('refuses unknown formats and statuses', () => {
		expect(errorsOf({ ...valid, format: 'reel' })).toHaveProperty('format');
		expect(errorsOf({ ...valid, status: 'done' })).toHaveProperty('status');
	});

	it('takes http(s) links, and only https for the published URL', () => {
		expect(errorsOf({ ...valid, linkUrl: 'http://shop.example/x?a=1' })).toEqual({});
		expect(errorsOf({ ...valid, linkUrl: 'javascript:alert(1)' })).toHaveProperty('linkUrl');
		expect(errorsOf({ ...valid, linkUrl: 'shop.example' })).toHaveProperty('linkUrl');
		expect(errorsOf({ ...valid, publishedUrl: 'https://www.xiaohongshu.com/explore/1' })).toEqual(
			{}
		);
		expect(errorsOf({ ...valid, publishedUrl: 'http://insecure.example' })).toHaveProperty(
			'publishedUrl'
		);
	});
});

describe('itemFormValues', () => {
	it('turns nulls into empty fields', () => {
		const values = itemFormValues({
			...itemSchema.parse(valid),
			channelId: null,
			pillarId: null,
			personaId: null,
			campaignId: null,
			ownerId: null,
			scheduledDate: null,
			scheduledTime: null,
			version: 3
		});
		expect(values).toMatchObject({
			channelId: '',
			campaignId: '',
			scheduledDate: '',
			scheduledTime: '',
			version: 3
		});
	});
});

describe('resultsSchema', () => {
	const resultErrors = (input: Record<string, unknown>) => {
		const result = resultsSchema.safeParse(input);
		return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path[0], 1]));
	};

	it('takes whole numbers, with or without thousands commas; empty = not entered', () => {
		const form = resultsSchema.parse({ views: '12,345', likes: '0', comments: '' });
		expect(resultsInput(form)).toEqual({ ...NO_RESULTS, views: 12_345, likes: 0 });
	});

	it('refuses negatives, fractions, words and misplaced commas, per field', () => {
		expect(resultErrors({ views: '-5', likes: '1.5', saves: 'ten', shares: '1,23' })).toEqual({
			views: 1,
			likes: 1,
			saves: 1,
			shares: 1
		});
		expect(resultErrors({ clicks: '9'.repeat(14) })).toEqual({ clicks: 1 });
	});

	it('round-trips the stored values it expects', () => {
		const stored = { ...NO_RESULTS, views: 1200, shares: 3 };
		expect(resultsExpected(stored)).toBe('1200,,,3,,,');
		expect(parseExpected(resultsExpected(stored))).toEqual(stored);
		expect(parseExpected(resultsExpected(NO_RESULTS))).toEqual(NO_RESULTS);
		expect(parseExpected('1,2')).toBeNull();
		expect(parseExpected('x,,,,,,')).toBeNull();
		expect(resultsFormValues(stored)).toMatchObject({
			views: '1200',
			likes: '',
			expected: '1200,,,3,,,'
		});
	});
});
