import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPLIANCE_RULES } from '$lib/domain/compliance';
import { EXITS, STAGES, proposeFollowUp } from '$lib/domain/pipeline';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { RULE_TEXT, ruleTitle, stageName, stepKeyOf, stepName } from './pipeline';

const messages = (locale: string) =>
	JSON.parse(readFileSync(`messages/outreach/${locale}.json`, 'utf8')) as Record<string, string>;

describe('pipeline names', () => {
	it('name every stage and every step a move proposes', () => {
		for (const stage of [...STAGES, ...EXITS]) {
			expect(stageName(stage), stage).not.toBe('');
			const step = proposeFollowUp(stage, '2026-03-01')?.step;
			if (step) expect(stepName(step), step).not.toBe(step);
		}
		expect(stepName('Call her agent on Tuesday')).toBe('Call her agent on Tuesday');
	});

	it('store a typed step as its key only when it is exactly a proposed step’s name', () => {
		expect(stepKeyOf('  Chase a reply ')).toBe('chase_reply');
		expect(stepKeyOf('Chase a reply by phone')).toBe('Chase a reply by phone');
		expect(stepKeyOf('constructor')).toBe('constructor');
	});

	it('give every compliance rule a title and a fix in both languages', () => {
		const [en, zh] = [messages('en'), messages('zh-CN')];
		for (const rule of COMPLIANCE_RULES) {
			const key = `outreach_rule_${rule.replaceAll('-', '_')}`;
			for (const part of ['title', 'fix']) {
				expect(en[`${key}_${part}`], `${key}_${part}`).toBeTruthy();
				expect(zh[`${key}_${part}`], `${key}_${part}`).toBeTruthy();
			}
			expect(RULE_TEXT[rule].title()).toBe(en[`${key}_title`]);
			expect(ruleTitle(rule)).toBe(en[`${key}_title`]);
		}
		expect(ruleTitle('retired-rule')).toBe('retired-rule');
	});

	it('keep each page’s wording: the board in full, the lists and the directory shorter', () => {
		const before = getLocale;
		try {
			overwriteGetLocale(() => 'zh-CN');
			expect(stageName('sample_shipped')).toBe('样品已寄出');
			expect(stageName('sample_shipped', 'list')).toBe('已寄样');
			expect(stageName('sample_shipped', 'directory')).toBe('已寄样');
			expect(stageName('prospect', 'list')).toBe('潜在');
			expect(stageName('prospect', 'directory')).toBe('潜在合作');
			expect(stageName('retired', 'directory')).toBe('潜在合作');
			expect(stepName('chase_reply')).toBe('催促回复');
			expect(stepName('chase_reply', 'directory')).toBe('跟进回复');
			expect(stepName('ship_sample', 'directory')).toBe('寄出样品');
			overwriteGetLocale(() => 'en');
			expect(stageName('no_reply', 'directory')).toBe('No reply');
			expect(stepName('first_contact')).toBe('Make first contact');
			expect(stepName('first_contact', 'directory')).toBe('First contact');
			expect(stepName('toString', 'directory')).toBe('toString');
		} finally {
			overwriteGetLocale(before);
		}
	});
});
