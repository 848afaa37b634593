import { describe, expect, it } from 'vitest';
import { collabMetrics, rollUp, totalCost } from './creator-metrics';

const costs = { feeMinor: 30_000, sampleLandedMinor: 4_500, shippingMinor: 1_500 };

describe('collabMetrics', () => {
	it('adds fee, sample landed cost and shipping, then takes each ratio in minor units', () => {
		expect(totalCost(costs)).toBe(36_000);
		const m = collabMetrics(costs, {
			views: 48_000,
			engagements: 2_400,
			orders: 18,
			revenueMinor: 90_000
		});
		// $360 for 48k views = $7.50 per thousand; $0.15 per engagement; $20 per order; 2.5× back.
		expect(m).toEqual({ cost: 36_000, cpmMinor: 750, cpeMinor: 15, cpoMinor: 2_000, roas: 2.5 });
	});

	it('gives null, never Infinity or NaN, for missing or zero denominators', () => {
		const m = collabMetrics(costs, { views: 0, engagements: null, orders: 0, revenueMinor: null });
		expect(m).toMatchObject({ cpmMinor: null, cpeMinor: null, cpoMinor: null, roas: null });
		const free = collabMetrics(
			{ feeMinor: 0, sampleLandedMinor: 0, shippingMinor: 0 },
			{ views: 1000, engagements: 10, orders: 1, revenueMinor: 5_000 }
		);
		expect(free).toMatchObject({ cost: 0, cpmMinor: 0, roas: null });
	});
});

describe('rollUp', () => {
	it('sums before dividing (not an average of ratios), ignoring results not entered', () => {
		const big = {
			costs,
			results: { views: 100_000, engagements: 5_000, orders: 40, revenueMinor: 200_000 }
		};
		const small = {
			costs: { feeMinor: 0, sampleLandedMinor: 4_000, shippingMinor: 0 },
			results: { views: null, engagements: null, orders: 2, revenueMinor: 10_000 }
		};
		const m = rollUp([big, small]);
		expect(m.cost).toBe(40_000);
		expect(m.cpoMinor).toBe(Math.round(40_000 / 42));
		expect(m.cpmMinor).toBe(400);
		expect(m.roas).toBeCloseTo(210_000 / 40_000);
		expect(rollUp([])).toMatchObject({ cost: 0, cpmMinor: null, roas: null });
	});
});
