import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const load = (locale: string) =>
	JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<string, string>;
const en = load('en');
const zh = load('zh-CN');
const keys = (messages: Record<string, string>) =>
	Object.keys(messages).filter((k) => k !== '$schema');
const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('messages', () => {
	it('exist in English and Simplified Chinese with the same keys', () => {
		expect(keys(zh).sort()).toEqual(keys(en).sort());
		expect(keys(en).length).toBeGreaterThan(50);
	});

	it('are never empty and keep the same placeholders in both languages', () => {
		for (const key of keys(en)) {
			expect(en[key].trim(), key).not.toBe('');
			expect(zh[key].trim(), key).not.toBe('');
			expect(params(zh[key]), key).toEqual(params(en[key]));
		}
	});

	it('are really translated: Chinese text contains Chinese characters', () => {
		const untranslated = keys(zh).filter((key) => !/[\u4e00-\u9fff]/.test(zh[key]));
		expect(untranslated).toEqual([]);
	});
});
