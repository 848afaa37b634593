import { describe, expect, it } from 'vitest';
import { buildTrackedUrl, slugify, utmMedium } from './utm';

const tags = {
	source: 'instagram',
	medium: 'social',
	campaign: 'spring-drop',
	content: 'mat-demo'
};

describe('buildTrackedUrl', () => {
	it('adds the four tags to a bare URL', () => {
		expect(buildTrackedUrl('https://shop.example/mats', tags)).toBe(
			'https://shop.example/mats?utm_source=instagram&utm_medium=social&utm_campaign=spring-drop&utm_content=mat-demo'
		);
	});

	it('keeps other query parameters as written and the fragment', () => {
		expect(buildTrackedUrl('https://shop.example/p?id=7&q=a%20b+c#reviews', tags)).toBe(
			'https://shop.example/p?id=7&q=a%20b+c&utm_source=instagram&utm_medium=social&utm_campaign=spring-drop&utm_content=mat-demo#reviews'
		);
	});

	it('replaces existing utm_* parameters, whatever their case', () => {
		const url = buildTrackedUrl(
			'https://shop.example/?utm_source=old&ref=x&UTM_Medium=old&utm_term=kw',
			tags
		);
		expect(url).toBe(
			'https://shop.example/?ref=x&utm_source=instagram&utm_medium=social&utm_campaign=spring-drop&utm_content=mat-demo'
		);
	});

	it('encodes values and leaves empty tags out', () => {
		const url = buildTrackedUrl('http://shop.example', {
			...tags,
			campaign: '',
			content: '春季 瑜伽'
		});
		expect(url).toBe(
			'http://shop.example/?utm_source=instagram&utm_medium=social&utm_content=%E6%98%A5%E5%AD%A3%20%E7%91%9C%E4%BC%BD'
		);
		expect(new URL(url!).searchParams.get('utm_content')).toBe('春季 瑜伽');
	});

	it('returns null for anything that is not an http(s) address, never throws', () => {
		for (const bad of [
			'',
			'shop.example',
			'javascript:alert(1)',
			'ftp://x.example',
			'https://',
			'%%%'
		]) {
			expect(buildTrackedUrl(bad, tags)).toBeNull();
		}
	});

	it('copes with a malformed percent sequence in a kept parameter', () => {
		expect(buildTrackedUrl('https://x.example/?a=%E0%A4%A&utm_x=1', tags)).toBe(
			'https://x.example/?a=%E0%A4%A&utm_source=instagram&utm_medium=social&utm_campaign=spring-drop&utm_content=mat-demo'
		);
	});
});

describe('slugify', () => {
	it('makes lower-case hyphenated words, any script', () => {
		expect(slugify('  Café: 5 Stretches for the 3rd Trimester! ')).toBe(
			'cafe-5-stretches-for-the-3rd-trimester'
		);
		expect(slugify('大嚼家 BigChew')).toBe('大嚼家-bigchew');
		expect(slugify('🐶🦴')).toBe('');
	});

	it('is at most 60 characters and never ends on a hyphen', () => {
		const slug = slugify('word '.repeat(40));
		expect(slug.length).toBeLessThanOrEqual(60);
		expect(slug.endsWith('-')).toBe(false);
	});
});

describe('utmMedium', () => {
	it('is email and sms for owned inboxes, social otherwise', () => {
		expect(utmMedium('email')).toBe('email');
		expect(utmMedium('sms')).toBe('sms');
		expect(utmMedium('xiaohongshu')).toBe('social');
		expect(utmMedium(null)).toBe('social');
	});
});
