import { eventsByDay } from '$lib/domain/events';
import { addDays } from '$lib/domain/zoned-time';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { db } from '$lib/server/db';
import { listCampaignsInRange } from '$lib/server/queries/campaigns';
import * as items from '$lib/server/queries/items';
import { weekHealth } from './health.server';
import {
	MONTH_DAY_ITEMS,
	monthOf,
	PAGE_SIZE,
	readListState,
	firstOfEachDay,
	WEEK_ITEMS_MAX
} from './view';

type Week = { start: string; end: string; days: string[] };
type Brand = { id: string; targetMarkets: string[] };

/**
 * What the week and month grids show: the range's items, the ideas tray, plan health for the
 * anchor week, and the campaigns and market events over the same days.
 */
export async function loadGrid(
	brand: Brand,
	options: { month: boolean; date: string; week: Week; weekStart: number; overlays: boolean },
	filters: items.ItemFilters,
	vocabulary: Parameters<typeof weekHealth>[4]
) {
	const { week } = options;
	// Month view reads the whole grid: the weeks holding the 1st and the last day and between.
	const month = options.month ? monthOf(options.date, options.weekStart) : null;
	const range = month ?? week;
	// A week draws every card it reads: past WEEK_ITEMS_MAX it reads one more to know it cut some.
	const limit = month ? undefined : WEEK_ITEMS_MAX + 1;
	const [read, ideas, campaigns] = await Promise.all([
		items.listItemsInRange(db, brand.id, range.start, range.end, filters, limit),
		items.listUnscheduled(db, brand.id, filters),
		// The campaign query's bounds are inclusive; the range's end is not.
		listCampaignsInRange(db, brand.id, range.start, addDays(range.end, -1))
	]);
	const truncated = !month && read.length > WEEK_ITEMS_MAX;
	const scheduled = truncated ? read.slice(0, WEEK_ITEMS_MAX) : read;
	// Plan health stays a judgement of one week: the week of the anchor date.
	const inWeek = scheduled.filter(
		({ scheduledDate: day }) => day && day >= week.start && day < week.end
	);
	const health = await weekHealth(brand.id, week, inWeek, filters, vocabulary);
	// A month cell shows its first few items and "+N more": only those travel to the page (a
	// launch month of 2,000 items was half a megabyte of data), with each day's count.
	const shown = month ? firstOfEachDay(scheduled, MONTH_DAY_ITEMS) : null;
	return {
		month,
		anchor: month ? month.first : week.start,
		grid: {
			items: shown?.items ?? scheduled,
			dayCounts: shown?.counts ?? null,
			truncated: truncated ? m.cal_week_truncated({ max: WEEK_ITEMS_MAX }) : null,
			ideas,
			...health,
			campaigns: campaigns.map(({ id, name, startDate, endDate }) => ({
				id,
				name,
				startDate,
				endDate
			})),
			events: options.overlays
				? eventsByDay(range.start, range.end, brand.targetMarkets, getLocale())
				: {}
		}
	};
}

/** One page of the list view; a page past the end shows the last page instead. */
export async function loadList(
	brandId: string,
	filters: items.ItemFilters,
	params: URLSearchParams
) {
	const state = readListState(params);
	const read = (page: number) =>
		items.listItemsPage(db, brandId, filters, { ...state, page, size: PAGE_SIZE });
	let result = await read(state.page);
	const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
	if (state.page > pages) result = await read(pages);
	return { ...state, page: Math.min(state.page, pages), pages, size: PAGE_SIZE, ...result };
}
