import { describe, expect, it } from 'vitest';
import { findMentions } from './mentions';

const people = [
	{ userId: 'mei', name: 'Mei' },
	{ userId: 'sarah', name: 'Sarah Miller' },
	{ userId: 'sarah-m', name: 'Sarah' },
	{ userId: 'lin', name: '林伟' }
];

describe('findMentions', () => {
	it('finds names after @, the longest first, whatever the letter case', () => {
		expect(findMentions('@sarah miller please look, and @Mei too', people)).toEqual([
			'sarah',
			'mei'
		]);
		expect(findMentions('@Sarah, thanks', people)).toEqual(['sarah-m']);
	});

	it('reads Chinese names and punctuation after them', () => {
		expect(findMentions('请@林伟，确认一下', people)).toEqual(['lin']);
	});

	it('ignores names that run on, e-mail addresses and people who cannot see it', () => {
		expect(findMentions('@Meier and mei@example.test and @Bob', people)).toEqual([]);
	});

	it('names each person once', () => {
		expect(findMentions('@Mei @mei @MEI', people)).toEqual(['mei']);
	});
});
