import { describe, expect, it } from 'vitest';
import { shareCosts, splitMinor } from './cost-shares';

describe('splitMinor', () => {
	it('splits by weight and the shares always add up to the total', () => {
		expect(splitMinor(10_000, [1, 1])).toEqual([5_000, 5_000]);
		expect(splitMinor(10_000, [1, 3])).toEqual([2_500, 7_500]);
		// 100 ÷ 3 = 33.33…: the cent left over goes to the first row.
		expect(splitMinor(100, [1, 1, 1])).toEqual([34, 33, 33]);
		expect(splitMinor(101, [2, 1, 1]).reduce((a, b) => a + b, 0)).toBe(101);
	});

	it('zero weights share equally; nothing to share gives zeros; no rows gives none', () => {
		expect(splitMinor(9, [0, 0, 0])).toEqual([3, 3, 3]);
		expect(splitMinor(0, [2, 5])).toEqual([0, 0]);
		expect(splitMinor(50, [])).toEqual([]);
	});
});

describe('shareCosts', () => {
	it('gives each deliverable its share of fee, samples and shipping by count', () => {
		const shares = shareCosts(
			{ feeMinor: 30_000, sampleLandedMinor: 3_000, shippingMinor: 1_801 },
			[2, 1]
		);
		expect(shares).toEqual([
			{ feeMinor: 20_000, sampleLandedMinor: 2_000, shippingMinor: 1_201 },
			{ feeMinor: 10_000, sampleLandedMinor: 1_000, shippingMinor: 600 }
		]);
	});
});
