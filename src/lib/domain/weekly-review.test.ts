import { describe, expect, it } from 'vitest';
import { plannedVsPublished, reviewWeek, weekChange } from './weekly-review';

describe('review week', () => {
	it('defaults to the last complete Monday-start week', () => {
		// 2026-12-02 is a Wednesday: last complete week is Mon 23 – Sun 29 November.
		expect(reviewWeek(null, '2026-12-02')).toMatchObject({
			start: '2026-11-23',
			end: '2026-11-30',
			previous: '2026-11-16',
			next: '2026-11-30',
			complete: true
		});
	});

	it('takes any day of a requested week, and ignores nonsense', () => {
		expect(reviewWeek('2026-12-06', '2026-12-02')).toMatchObject({
			start: '2026-11-30',
			complete: false
		});
		expect(reviewWeek('2026-13-40', '2026-12-02').start).toBe('2026-11-23');
		// A week across the leap day.
		expect(reviewWeek('2028-02-29', '2028-06-01').days).toContain('2028-03-01');
	});
});

describe('week change', () => {
	it('gives the change and its percentage, none from zero or missing', () => {
		expect(weekChange(120, 100)).toEqual({ change: 20, percent: 20 });
		expect(weekChange(5, 0)).toEqual({ change: 5, percent: null });
		expect(weekChange(null, 3)).toEqual({ change: null, percent: null });
	});
});

describe('planned vs published', () => {
	it('counts per channel, skipped apart', () => {
		const rows = plannedVsPublished([
			{ channelId: 'a', status: 'published' },
			{ channelId: 'a', status: 'scheduled' },
			{ channelId: 'a', status: 'skipped' },
			{ channelId: null, status: 'idea' }
		]);
		expect(rows.get('a')).toEqual({ planned: 2, published: 1, skipped: 1 });
		expect(rows.get(null)).toEqual({ planned: 1, published: 0, skipped: 0 });
	});
});
