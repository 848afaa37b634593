import { planHealth } from '../../../domain/plan-health';
import { addDays } from '../../../domain/zoned-time';
import type { Db } from '../../db/client';
import { listCampaignsInRange } from '../../queries/campaigns';
import * as items from '../../queries/items';

/** Half-open calendar-day ranges [start, end) in the brand's market days. */
type Range = { start: string; end: string };

/** What plan health judges the week against: the brand's channels, pillars and personas. */
export type Vocabulary = {
	channels: { id: string; weeklyCadence: number }[];
	pillars: { id: string; targetShare: number }[];
	personas: { id: string }[];
};

/**
 * What a week or month grid reads: the range's items (at most `max`, null for no cap, with
 * `truncated` when there were more), the ideas tray, the campaigns running over the range, and
 * plan health for `week`. Plan health judges the whole week, not the filtered view: with filters
 * on, the week is read again without them (same index, same range), up to `weekMax` items.
 */
export async function readGrid(
	db: Db,
	scope: { brandId: string },
	input: {
		range: Range;
		week: Range;
		max: number | null;
		weekMax: number;
		filters: items.ItemFilters;
		vocabulary: Vocabulary;
		now: number;
	}
) {
	const { range, week, max, filters } = input;
	// Past the cap it reads one more, only to know that it cut some.
	const limit = max === null ? undefined : max + 1;
	const [read, ideas, campaigns] = await Promise.all([
		items.listItemsInRange(db, scope.brandId, range.start, range.end, filters, limit),
		items.listUnscheduled(db, scope.brandId, filters),
		// The campaign query's bounds are inclusive; the range's end is not.
		listCampaignsInRange(db, scope.brandId, range.start, addDays(range.end, -1))
	]);
	const truncated = max !== null && read.length > max;
	const scheduled = truncated ? read.slice(0, max) : read;
	const inWeek = scheduled.filter(
		({ scheduledDate: day }) => day && day >= week.start && day < week.end
	);
	const filtered = Object.values(filters).some((values) => values?.length);
	const judged = filtered
		? await items.listItemsInRange(db, scope.brandId, week.start, week.end, {}, input.weekMax)
		: inWeek;
	return {
		scheduled,
		truncated,
		ideas,
		campaigns: campaigns.map(({ id, name, startDate, endDate }) => ({
			id,
			name,
			startDate,
			endDate
		})),
		health: planHealth({ ...input.vocabulary, items: judged, now: input.now }),
		titles: judged.map((item) => ({ id: item.id, title: item.title }))
	};
}

/** One page of the list view; a page past the end answers the last page instead. */
export async function readListPage(
	db: Db,
	scope: { brandId: string },
	input: { filters: items.ItemFilters; page: items.ListPage }
) {
	const { filters, page } = input;
	const read = (n: number) => items.listItemsPage(db, scope.brandId, filters, { ...page, page: n });
	let result = await read(page.page);
	const pages = Math.max(1, Math.ceil(result.total / page.size));
	if (page.page > pages) result = await read(pages);
	return { ...result, page: Math.min(page.page, pages), pages };
}
