import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, isCountryCode } from './countries';
import {
	COUNT_MAX,
	countInput,
	parseCount,
	parseTags,
	tagProblem,
	tagsInput,
	TAG_MAX_CHARS,
	TAGS_MAX
} from './creator-input';

describe('parseCount', () => {
	it('reads plain and grouped whole numbers', () => {
		expect(parseCount('12300')).toBe(12_300);
		expect(parseCount(' 12,300 ')).toBe(12_300);
		expect(parseCount('1,234,567')).toBe(1_234_567);
		expect(parseCount('12 300')).toBe(12_300);
		expect(parseCount('０１２３')).toBe(123);
		expect(parseCount('0')).toBe(0);
	});

	it('reads the abbreviations platforms show, in English and Chinese', () => {
		expect(parseCount('12.3k')).toBe(12_300);
		expect(parseCount('12.3K')).toBe(12_300);
		expect(parseCount('1.2M')).toBe(1_200_000);
		expect(parseCount('1.2万')).toBe(12_000);
		expect(parseCount('1.2w')).toBe(12_000);
		expect(parseCount('3.5W')).toBe(35_000);
		expect(parseCount('1.2345万')).toBe(12_345);
		expect(parseCount('2亿')).toBe(200_000_000);
		expect(parseCount('1.0005k')).toBe(1_001);
	});

	it('is null when empty and refuses what it cannot read without guessing', () => {
		expect(parseCount('')).toBeNull();
		expect(parseCount('   ')).toBeNull();
		for (const bad of ['-5', '12.300', '12.5', '1,23', '12,3k', 'abc', '1.23456k', 'k', '1e5']) {
			expect(parseCount(bad), bad).toBe('invalid');
		}
		expect(parseCount(String(COUNT_MAX))).toBe(COUNT_MAX);
		expect(parseCount(String(COUNT_MAX + 1))).toBe('invalid');
		expect(parseCount('999亿')).toBe('invalid');
	});

	it('shows a stored count as plain digits', () => {
		expect(countInput(12_300)).toBe('12300');
		expect(countInput(null)).toBe('');
		expect(parseCount(countInput(98_765))).toBe(98_765);
	});
});

describe('parseTags', () => {
	it('splits on commas, Chinese commas, semicolons and line breaks; trims and drops #', () => {
		expect(parseTags('baby, yoga、孕妇，#prenatal; home\nmat')).toEqual([
			'baby',
			'yoga',
			'孕妇',
			'prenatal',
			'home',
			'mat'
		]);
	});

	it('drops empty parts and repeats (letter case ignored, first spelling kept)', () => {
		expect(parseTags(' , Yoga,, yoga ,YOGA ,  big   dogs ')).toEqual(['Yoga', 'big dogs']);
		expect(parseTags('')).toEqual([]);
	});

	it('names what is too much', () => {
		expect(tagProblem(parseTags('a, b'))).toBeNull();
		const many = Array.from({ length: TAGS_MAX + 1 }, (_, i) => `t${i}`);
		expect(tagProblem(parseTags(many.join(',')))).toBe('too-many');
		expect(tagProblem(many.slice(0, TAGS_MAX))).toBeNull();
		expect(tagProblem(['狗'.repeat(TAG_MAX_CHARS)])).toBeNull();
		expect(tagProblem(['x'.repeat(TAG_MAX_CHARS + 1)])).toBe('too-long');
	});

	it('writes tags back as the text field shows them', () => {
		expect(tagsInput(['baby', '孕妇'])).toBe('baby, 孕妇');
		expect(parseTags(tagsInput(['a b', 'c']))).toEqual(['a b', 'c']);
	});
});

describe('COUNTRY_CODES', () => {
	it('holds every ISO 3166-1 alpha-2 code once, each with a name in the runtime', () => {
		expect(COUNTRY_CODES).toHaveLength(249);
		expect(new Set(COUNTRY_CODES).size).toBe(249);
		const names = new Intl.DisplayNames(['en'], { type: 'region' });
		expect(COUNTRY_CODES.filter((code) => names.of(code) === code)).toEqual([]);
		expect(isCountryCode('DE')).toBe(true);
		expect(isCountryCode('de')).toBe(false);
		expect(isCountryCode('XX')).toBe(false);
	});
});
