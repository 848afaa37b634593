/**
 * What a creator collaboration cost and earned (issue 5). Money in integer minor units of one
 * currency; a metric is null when its denominator is zero or unknown, never Infinity or NaN.
 */
export type CollabCosts = { feeMinor: number; sampleLandedMinor: number; shippingMinor: number };
export type CollabResults = {
	views: number | null;
	engagements: number | null;
	orders: number | null;
	revenueMinor: number | null;
};

export const totalCost = (c: CollabCosts) => c.feeMinor + c.sampleLandedMinor + c.shippingMinor;

const ratio = (top: number, bottom: number | null) =>
	bottom === null || bottom <= 0 ? null : top / bottom;

/**
 * Cost per mille = cost ÷ views × 1000; cost per engagement = cost ÷ engagements; cost per order
 * = cost ÷ orders (all in minor units, rounded to whole minor units); return on spend = revenue ÷
 * cost (a plain ratio: 2.5 means 2.5× the spend came back).
 */
export function collabMetrics(costs: CollabCosts, results: CollabResults) {
	const cost = totalCost(costs);
	const round = (value: number | null) => (value === null ? null : Math.round(value));
	const cpm = ratio(cost, results.views);
	return {
		cost,
		cpmMinor: round(cpm === null ? null : cpm * 1000),
		cpeMinor: round(ratio(cost, results.engagements)),
		cpoMinor: round(ratio(cost, results.orders)),
		roas: results.revenueMinor === null ? null : ratio(results.revenueMinor, cost)
	};
}

/** Sums several collaborations (a campaign, a brand) before taking the ratios, never averages them. */
export function rollUp(rows: { costs: CollabCosts; results: CollabResults }[]) {
	const add = (a: number | null, b: number | null) => (b === null ? a : (a ?? 0) + b);
	const costs: CollabCosts = { feeMinor: 0, sampleLandedMinor: 0, shippingMinor: 0 };
	const results: CollabResults = {
		views: null,
		engagements: null,
		orders: null,
		revenueMinor: null
	};
	for (const row of rows) {
		costs.feeMinor += row.costs.feeMinor;
		costs.sampleLandedMinor += row.costs.sampleLandedMinor;
		costs.shippingMinor += row.costs.shippingMinor;
		results.views = add(results.views, row.results.views);
		results.engagements = add(results.engagements, row.results.engagements);
		results.orders = add(results.orders, row.results.orders);
		results.revenueMinor = add(results.revenueMinor, row.results.revenueMinor);
	}
	return collabMetrics(costs, results);
}
