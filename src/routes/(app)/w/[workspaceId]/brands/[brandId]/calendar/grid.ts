/** What the week and month grids and the list view send to the page, from what the service read. */
import { eventsByDay } from '$lib/domain/events';
import { m } from '$lib/paraglide/messages';
import type { readGrid, readListPage } from '$lib/server/services/calendar/grid';
import { MONTH_DAY_ITEMS, firstOfEachDay, readListState, PAGE_SIZE, WEEK_ITEMS_MAX } from './view';

type Range = { start: string; end: string };

/** The service's input for a week (capped) or a month (the whole grid, `month` its weeks). */
export function gridRange(week: Range, month: Range | null) {
	return {
		range: month ?? week,
		week,
		max: month ? null : WEEK_ITEMS_MAX,
		weekMax: WEEK_ITEMS_MAX
	};
}

/**
 * A month cell shows its first few items and "+N more": only those travel to the page (a launch
 * month of 2,000 items was half a megabyte of data), with each day's count.
 */
export function arrangeGrid(
	read: Awaited<ReturnType<typeof readGrid>>,
	options: {
		month: boolean;
		range: Range;
		targetMarkets: string[];
		overlays: boolean;
		locale: string;
	}
) {
	const shown = options.month ? firstOfEachDay(read.scheduled, MONTH_DAY_ITEMS) : null;
	return {
		items: shown?.items ?? read.scheduled,
		dayCounts: shown?.counts ?? null,
		truncated: read.truncated ? m.cal_week_truncated({ max: WEEK_ITEMS_MAX }) : null,
		ideas: read.ideas,
		health: read.health,
		titles: read.titles,
		campaigns: read.campaigns,
		events: options.overlays
			? eventsByDay(options.range.start, options.range.end, options.targetMarkets, options.locale)
			: {}
	};
}

/** The list view's state from the URL, as the service pages it. */
export function listInput(params: URLSearchParams) {
	const state = readListState(params);
	return { state, page: { ...state, size: PAGE_SIZE } };
}

export function arrangeList(
	state: ReturnType<typeof readListState>,
	read: Awaited<ReturnType<typeof readListPage>>
) {
	return { ...state, ...read, size: PAGE_SIZE };
}
