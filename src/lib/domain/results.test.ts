import { describe, expect, it } from 'vitest';
import { engagementRate, hasResults, NO_RESULTS, sumResults } from './results';

const r = (values: Partial<typeof NO_RESULTS>) => ({ ...NO_RESULTS, ...values });

describe('engagementRate', () => {
	it('is (likes + comments + shares + saves) ÷ views; clicks and sign-ups are not engagement', () => {
		const rate = engagementRate(r({ views: 1000, likes: 30, comments: 5, shares: 3, saves: 4 }));
		expect(rate).toBeCloseTo(0.042);
		expect(engagementRate(r({ views: 100, clicks: 50, signUps: 5 }))).toBe(0);
	});

	it('counts interactions not entered as none, and needs views to divide by', () => {
		expect(engagementRate(r({ views: 200, likes: 10 }))).toBe(0.05);
		expect(engagementRate(r({ views: 0, likes: 10 }))).toBeNull();
		expect(engagementRate(r({ likes: 10 }))).toBeNull();
	});
});

describe('sumResults', () => {
	it('adds entered values and leaves a total empty while nothing was entered for it', () => {
		const { totals, counted } = sumResults([
			r({ views: 100, likes: 4 }),
			r({ views: 50, clicks: 2 }),
			r({})
		]);
		expect(totals).toEqual(r({ views: 150, likes: 4, clicks: 2 }));
		expect(counted).toBe(2);
		expect(hasResults(totals)).toBe(true);
		expect(sumResults([]).totals).toEqual(NO_RESULTS);
	});
});
