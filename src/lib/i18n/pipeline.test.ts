import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPLIANCE_RULES } from '$lib/domain/compliance';
import { EXITS, STAGES, proposeFollowUp } from '$lib/domain/pipeline';
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
});
