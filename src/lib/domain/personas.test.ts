import { describe, expect, it } from 'vitest';
import { PERSONA_PARTS, lines, personaCompleteness, type PersonaFields } from './personas';

const empty: PersonaFields = {
	summary: '',
	ageMin: null,
	ageMax: null,
	lifeStage: '',
	pains: '',
	goals: '',
	objections: '',
	buyingTriggers: '',
	channelKinds: []
};

const full: PersonaFields = {
	summary: 'Expecting her first child, shops on her phone at night',
	ageMin: 25,
	ageMax: 34,
	lifeStage: 'First pregnancy',
	pains: 'Back pain',
	goals: 'Stay active',
	objections: 'Price',
	buyingTriggers: 'A midwife recommends it',
	channelKinds: ['xiaohongshu']
};

describe('personaCompleteness', () => {
	it('lists every part of an empty persona as missing, in catalogue order', () => {
		expect(personaCompleteness(empty)).toEqual({
			missing: [...PERSONA_PARTS],
			percent: 0,
			complete: false
		});
	});

	it('calls a fully described persona complete', () => {
		expect(personaCompleteness(full)).toEqual({ missing: [], percent: 100, complete: true });
	});

	it('names what is still missing and rounds the share to whole percent', () => {
		const result = personaCompleteness({ ...full, objections: '', buyingTriggers: '' });
		expect(result.missing).toEqual(['objections', 'buyingTriggers']);
		expect(result.percent).toBe(75);
		expect(personaCompleteness({ ...empty, summary: 'x' }).percent).toBe(13);
		expect(personaCompleteness({ ...full, pains: '' }).percent).toBe(88);
	});

	it('treats whitespace-only text as missing', () => {
		const result = personaCompleteness({ ...full, pains: ' \n\t\n ', lifeStage: '   ' });
		expect(result.missing).toEqual(['lifeStage', 'pains']);
	});

	it('counts an age range with either end given, including a zero-width one', () => {
		expect(personaCompleteness({ ...full, ageMax: null }).missing).toEqual([]);
		expect(personaCompleteness({ ...full, ageMin: null }).missing).toEqual([]);
		expect(personaCompleteness({ ...full, ageMin: 40, ageMax: 40 }).missing).toEqual([]);
		expect(personaCompleteness({ ...full, ageMin: null, ageMax: null }).missing).toEqual([
			'ageRange'
		]);
	});

	it('needs at least one channel', () => {
		expect(personaCompleteness({ ...full, channelKinds: [] }).missing).toEqual(['channelKinds']);
	});
});

describe('lines', () => {
	it('splits on LF and CRLF and trims each point', () => {
		expect(lines('  one \r\ntwo\n three  ')).toEqual(['one', 'two', 'three']);
	});

	it('drops blank and whitespace-only lines', () => {
		expect(lines('\n\nfirst\n   \n\r\nsecond\n\n')).toEqual(['first', 'second']);
		expect(lines('')).toEqual([]);
		expect(lines(' \n \r\n ')).toEqual([]);
	});

	it('keeps inner spacing, emoji, CJK and right-to-left text as written', () => {
		const text = '孕期腰酸  睡不好 😴\nلا أثق في الإعلانات\nfamily  👨‍👩‍👧 first';
		expect(lines(text)).toEqual(['孕期腰酸  睡不好 😴', 'لا أثق في الإعلانات', 'family  👨‍👩‍👧 first']);
	});

	it('returns one point for text without line breaks', () => {
		expect(lines('just one')).toEqual(['just one']);
	});
});
