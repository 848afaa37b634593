import { describe, expect, it } from 'vitest';
import {
	defaultView,
	firstOfEachDay,
	formatListDay,
	readFilters,
	readListState,
	readOverlays,
	readView,
	requestedView
} from './view';

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

	it('opens a URL with no view on the day agenda on a phone and on the week elsewhere', () => {
		const iphone =
			'Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.0 Mobile/15E148 Safari/604.1';
		const ipad =
			'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.0 Safari/605.1.15';
		expect(defaultView(new Headers({ 'user-agent': iphone }))).toBe('day');
		expect(defaultView(new Headers({ 'sec-ch-ua-mobile': '?1' }))).toBe('day');
		expect(defaultView(new Headers({ 'user-agent': ipad, 'sec-ch-ua-mobile': '?0' }))).toBe('week');
		expect(defaultView(new Headers())).toBe('week');
		expect(readView(params(''), 'day')).toBe('day');
		expect(readView(params('view=nonsense'), 'day')).toBe('day');
	});

	it('honours a view the URL names on a phone too, and says the answer varies by device', () => {
		const answer = (query: string, headers: Record<string, string>) => {
			const set: Record<string, string> = {};
			const view = requestedView({
				url: new URL(`http://x/calendar${query}`),
				request: new Request('http://x/calendar', { headers }),
				setHeaders: (h) => Object.assign(set, h)
			});
			return { view, vary: set.vary };
		};
		const phone = { 'sec-ch-ua-mobile': '?1' };
		expect(answer('?view=week', phone)).toEqual({
			view: 'week',
			vary: 'Sec-CH-UA-Mobile, User-Agent'
		});
		expect(answer('?view=month', phone).view).toBe('month');
		expect(answer('?week=2026-03-04', phone).view).toBe('day');
		expect(answer('', { 'sec-ch-ua-mobile': '?0' }).view).toBe('week');
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

describe('formatListDay', () => {
	it('names the weekday and the year in the viewer’s language, whatever the machine’s zone', () => {
		expect(formatListDay('2026-03-02', 'en')).toBe('Mon, Mar 2, 2026');
		expect(formatListDay('2026-03-02', 'zh-CN')).toBe('2026年3月2日周一');
	});
});
