/**
 * A collaboration's cost is paid once for all its deliverables; to judge one deliverable it
 * carries a share of it, in proportion to how many pieces it is (its count). Pure.
 */
import type { CollabCosts } from './creator-metrics';

/**
 * Splits whole minor units by weight so the shares add up exactly to the total (largest
 * remainder; ties go to the earlier row). All weights zero → equal shares.
 */
export function splitMinor(total: number, weights: number[]): number[] {
	if (!weights.length) return [];
	const sum = weights.reduce((a, b) => a + Math.max(0, b), 0);
	const safe = sum > 0 ? weights.map((w) => Math.max(0, w)) : weights.map(() => 1);
	const whole = sum > 0 ? sum : weights.length;
	const exact = safe.map((w) => (total * w) / whole);
	const shares = exact.map(Math.floor);
	let left = total - shares.reduce((a, b) => a + b, 0);
	const order = exact
		.map((value, i) => ({ i, rest: value - Math.floor(value) }))
		.sort((a, b) => b.rest - a.rest || a.i - b.i);
	for (const { i } of order) {
		if (left <= 0) break;
		shares[i] += 1;
		left -= 1;
	}
	return shares;
}

/** Each deliverable's share of the fee, the samples and the shipping, by its count. */
export function shareCosts(costs: CollabCosts, counts: number[]): CollabCosts[] {
	const fee = splitMinor(costs.feeMinor, counts);
	const landed = splitMinor(costs.sampleLandedMinor, counts);
	const shipping = splitMinor(costs.shippingMinor, counts);
	return counts.map((_, i) => ({
		feeMinor: fee[i],
		sampleLandedMinor: landed[i],
		shippingMinor: shipping[i]
	}));
}
