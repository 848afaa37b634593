/** Results of a published item, entered by hand: plain counts, null = not entered. */

export const RESULT_FIELDS = [
	'views',
	'likes',
	'comments',
	'shares',
	'saves',
	'clicks',
	'signUps'
] as const;
export type ResultField = (typeof RESULT_FIELDS)[number];
export type Results = Record<ResultField, number | null>;

/** The interactions that count as engagement (clicks and sign-ups are outcomes, not engagement). */
export const ENGAGEMENT_FIELDS = ['likes', 'comments', 'shares', 'saves'] as const;

export const NO_RESULTS: Results = Object.fromEntries(
	RESULT_FIELDS.map((f) => [f, null])
) as Results;

export function hasResults(results: Results) {
	return RESULT_FIELDS.some((field) => results[field] !== null);
}

/**
 * (likes + comments + shares + saves) ÷ views, as a fraction (0.042 = 4.2 %). Interactions not
 * entered count as none. Null when there are no views to divide by.
 */
export function engagementRate(results: Results) {
	if (!results.views) return null;
	const engaged = ENGAGEMENT_FIELDS.reduce((sum, field) => sum + (results[field] ?? 0), 0);
	return engaged / results.views;
}

/**
 * Totals over several items. A total stays null while no item has that result entered, so
 * "not entered" is not shown as a misleading 0. `counted` = items with any result entered.
 */
export function sumResults(items: Results[]) {
	const totals: Results = { ...NO_RESULTS };
	for (const item of items) {
		for (const field of RESULT_FIELDS) {
			const value = item[field];
			if (value !== null) totals[field] = (totals[field] ?? 0) + value;
		}
	}
	return { totals, counted: items.filter(hasResults).length };
}

/** The stored results of a row, exactly the result columns. */
export function resultsOf(row: Results): Results {
	return Object.fromEntries(RESULT_FIELDS.map((f) => [f, row[f]])) as Results;
}
