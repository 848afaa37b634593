import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { charCount, maxChars, normaliseLineBreaks, requiredText, text } from './fields';

const errorOf = (schema: z.ZodType, value: unknown) => {
	const result = schema.safeParse(value);
	return result.success ? null : result.error.issues.map((issue) => issue.message);
};

describe('normaliseLineBreaks', () => {
	it('turns CRLF and lone CR into LF and leaves the rest', () => {
		expect(normaliseLineBreaks('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
		expect(normaliseLineBreaks('  两行\r\n\r\n')).toBe('  两行\n\n');
	});
});

describe('charCount', () => {
	it('counts an emoji or a Chinese character as one, a CRLF as one', () => {
		expect(charCount('🐶')).toBe(1);
		expect('🐶'.length).toBe(2);
		expect(charCount('咬咬')).toBe(2);
		expect(charCount('a\r\nb')).toBe(3);
		expect(charCount('')).toBe(0);
	});

	it('counts code points, not grapheme clusters: combining marks are bounded too', () => {
		expect(charCount('👩🏽‍🍼')).toBe(4);
		expect(charCount(`e${'\u0301'.repeat(50)}`)).toBe(51);
	});
});

describe('text', () => {
	it('trims the ends only and defaults to empty', () => {
		expect(text(10).parse('  a  b \n')).toBe('a  b');
		expect(text(10).parse(undefined)).toBe('');
	});

	it('accepts exactly the limit and refuses one more, in characters', () => {
		expect(errorOf(text(3), '🐶🐶🐶')).toBeNull();
		expect(errorOf(text(3), 'a\r\nb')).toBeNull();
		expect(errorOf(text(3), '🐶🐶🐶🐶')).toEqual([m.error_too_long({ max: 3 })]);
	});
});

describe('requiredText', () => {
	it('refuses missing and blank text as required', () => {
		expect(errorOf(requiredText(5), undefined)).toEqual([m.error_required()]);
		expect(errorOf(requiredText(5), '   ')).toEqual([m.error_required()]);
	});

	it('keeps the limit in characters', () => {
		expect(requiredText(2).parse(' 咬咬 ')).toBe('咬咬');
		expect(errorOf(requiredText(2), '咬咬咬')).toEqual([m.error_too_long({ max: 2 })]);
	});
});

describe('maxChars', () => {
	it('is a refinement with the too-long message', () => {
		const [fits, options] = maxChars(2);
		expect(fits('🐶🐶')).toBe(true);
		expect(fits('🐶🐶🐶')).toBe(false);
		expect(options.error()).toBe(m.error_too_long({ max: 2 }));
	});
});
