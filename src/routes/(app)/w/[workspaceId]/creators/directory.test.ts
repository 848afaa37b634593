import { describe, expect, it } from 'vitest';
import { filterQuery, readDirectory, withParams } from './directory';

const read = (query: string) => readDirectory(new URLSearchParams(query));

describe('readDirectory', () => {
	it('defaults to every creator by name, page 1', () => {
		const state = read('');
		expect(state.page).toEqual({ sort: 'name', dir: 'asc', page: 1 });
		expect(state.filters).toMatchObject({
			platform: null,
			minFollowers: null,
			doNotContact: 'show'
		});
		expect(state.activeCount).toBe(0);
	});

	it('reads filters as people type them: 10k followers, 3.5 % engagement, a country', () => {
		const state = read(
			'q=%40bo&platform=tiktok&min=10k&max=1.2%E4%B8%87&er=3.5&niche=dogs&country=gb&language=zh&tag=big+dogs&dnc=hide'
		);
		expect(state.filters).toEqual({
			q: '@bo',
			platform: 'tiktok',
			minFollowers: 10_000,
			maxFollowers: 12_000,
			minEngagementBp: 350,
			niche: 'dogs',
			country: 'GB',
			language: 'zh',
			tag: 'big dogs',
			doNotContact: 'hide'
		});
		expect(state.invalid).toEqual([]);
		expect(state.activeCount).toBe(10);
	});

	it('ignores what it cannot read, and says which numbers were not understood', () => {
		const state = read(
			'platform=myspace&min=lots&er=200&country=XX&language=tlh&dnc=maybe&page=-2'
		);
		expect(state.filters).toMatchObject({
			platform: null,
			minFollowers: null,
			minEngagementBp: null,
			country: '',
			language: '',
			doNotContact: 'show'
		});
		expect(state.invalid.sort()).toEqual(['er', 'min']);
		expect(state.typed.min).toBe('lots');
		expect(state.page.page).toBe(1);
	});

	it('starts each sort in its natural direction unless told otherwise', () => {
		expect(read('sort=reach').page).toMatchObject({ sort: 'reach', dir: 'desc' });
		expect(read('sort=reach&dir=asc').page).toMatchObject({ sort: 'reach', dir: 'asc' });
		expect(read('sort=newest&page=3').page).toEqual({ sort: 'newest', dir: 'desc', page: 3 });
		expect(read('sort=random').page.sort).toBe('name');
		expect(read('page=99999999').page.page).toBe(100_000);
	});
});

describe('withParams and filterQuery', () => {
	const url = new URL('https://x.example/w/1/creators?q=bo&sort=reach&page=2');
	it('replaces or removes parameters and keeps the rest', () => {
		expect(withParams(url, { page: '3' })).toBe('?q=bo&sort=reach&page=3');
		expect(withParams(url, { page: null, sort: null, q: null })).toBe('/w/1/creators');
	});
	it('keeps only the filters for an export link', () => {
		expect(filterQuery(url)).toBe('q=bo');
	});
});
