import { describe, expect, it } from 'vitest';
import { firstOfEachDay, readFilters, readListState, readOverlays, readView } from './view';

const params = (query: string) => new URLSearchParams(query);

describe('calendar URL state', () => {
	it('reads the campaign filter with the others, dropping empty and overlong values', () => {
		const filters = readFilters(
			params(`campaign=c1&campaign=&campaign=${'x'.repeat(65)}&status=idea`)
		);
		expect(filters.campaignIds).toEqual(['c1']);
		expect(filters.statuses).toEqual(['idea']);
	});

	it('knows three views and falls back to the week', () => {
		expect(readView(params('view=list'))).toBe('list');
		expect(readView(params('view=month'))).toBe('month');
		expect(readView(params('view=day'))).toBe('day');
		expect(readView(params('view=<script>'))).toBe('week');
		expect(readView(params(''))).toBe('week');
	});

	it('reads sort, direction and page, and falls back on anything a user could type', () => {
		expect(readListState(params('sort=title&dir=desc&page=3'))).toEqual({
			sort: 'title',
			dir: 'desc',
			page: 3
		});
		for (const query of [
			'sort=brief&dir=up&page=0',
			'page=-2',
			'page=1.5',
			'page=abc',
			'page=1e400'
		])
			expect(readListState(params(query))).toEqual({ sort: 'date', dir: 'asc', page: 1 });
		// A huge page is capped (the load then shows the last page), never a giant SQL offset.
		expect(readListState(params('page=9007199254740993')).page).toBe(100_000);
	});

	it('hides overlays only for events=off', () => {
		expect(readOverlays(params('events=off'))).toBe(false);
		expect(readOverlays(params('events=on'))).toBe(true);
		expect(readOverlays(params(''))).toBe(true);
	});
});

describe('firstOfEachDay (what a month cell is sent)', () => {
	it('keeps the first items of each day by time, untimed last, and counts every item', () => {
		const item = (id: string, scheduledDate: string | null, scheduledTime: string | null) => ({
			id,
			scheduledDate,
			scheduledTime
		});
		const { items, counts } = firstOfEachDay(
			[
				item('a-untimed', '2026-12-01', null),
				item('a-18', '2026-12-01', '18:00'),
				item('a-08', '2026-12-01', '08:00'),
				item('a-12', '2026-12-01', '12:00'),
				item('b-09', '2026-12-02', '09:00'),
				item('idea', null, null)
			],
			2
		);
		expect(items.map((i) => i.id)).toEqual(['a-08', 'a-12', 'b-09']);
		expect(counts).toEqual({ '2026-12-01': 4, '2026-12-02': 1 });
	});
});
