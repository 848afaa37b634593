import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import settings from '../../../project.inlang/settings.json';

// Every message file the project loads (one pair per feature), read the way Paraglide reads them.
const patterns: string[] = settings['plugin.inlang.messageFormat'].pathPattern;
const load = (pattern: string, locale: string) =>
	JSON.parse(readFileSync(pattern.replace('{locale}', locale), 'utf8')) as Record<string, string>;
const keys = (messages: Record<string, string>) =>
	Object.keys(messages).filter((k) => k !== '$schema');
const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(patterns)('messages in %s', (pattern) => {
	const en = load(pattern, 'en');
	const zh = load(pattern, 'zh-CN');

	it('exist in English and Simplified Chinese with the same keys', () => {
		expect(keys(zh).sort()).toEqual(keys(en).sort());
	});

	it('are never empty and keep the same placeholders in both languages', () => {
		expect(keys(en).length).toBeGreaterThanOrEqual(0);
		for (const key of keys(en)) {
			expect(en[key].trim(), key).not.toBe('');
			expect(zh[key].trim(), key).not.toBe('');
			expect(params(zh[key]), key).toEqual(params(en[key]));
		}
	});

	it('are really translated: Chinese text contains Chinese characters or punctuation', () => {
		const untranslated = keys(zh).filter(
			(key) => !/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(zh[key])
		);
		expect(untranslated).toEqual([]);
	});
});

describe('message keys', () => {
	it('are unique across files', () => {
		const all = patterns.flatMap((pattern) => keys(load(pattern, 'en')));
		expect(all.length).toBeGreaterThan(50);
		expect(all.filter((key, i) => all.indexOf(key) !== i)).toEqual([]);
	});
});
