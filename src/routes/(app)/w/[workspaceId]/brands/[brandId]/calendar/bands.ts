/** Campaign bands: where a date range sits over a row of consecutive days. */
export type Band = { id: string; name: string; startDate: string; endDate: string };
export type Segment = {
	band: Band;
	/** Index of the first day covered, and how many days the band spans on this row. */
	start: number;
	span: number;
	/** The band runs on before the first day / after the last day of the row. */
	before: boolean;
	after: boolean;
};

/** The bands that touch `days` (consecutive, ascending), clipped to them; end dates inclusive. */
export function segments(days: readonly string[], bands: readonly Band[]): Segment[] {
	const first = days[0];
	const last = days[days.length - 1];
	if (!first) return [];
	return bands
		.filter(
			(band) => band.startDate <= last && band.endDate >= first && band.startDate <= band.endDate
		)
		.map((band) => {
			const start = days.indexOf(band.startDate < first ? first : band.startDate);
			const end = days.indexOf(band.endDate > last ? last : band.endDate);
			return {
				band,
				start,
				span: end - start + 1,
				before: band.startDate < first,
				after: band.endDate > last
			};
		});
}
