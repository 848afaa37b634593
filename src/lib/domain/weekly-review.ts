/**
 * The weekly review's small sums, pure. A week is seven market-zone calendar days starting on
 * Monday; `end` is exclusive.
 */
import { pickedWeek } from './zoned-time';

export const REVIEW_WEEK_START = 1; // Monday

/** The week to review: the one containing `requested`, else the last complete week before today. */
export function reviewWeek(requested: string | null, today: string) {
	const week = pickedWeek(requested, today, REVIEW_WEEK_START);
	return { ...week, complete: week.end <= today };
}

/** A change between two week figures: absolute, and per cent of the earlier one (null from 0). */
export function weekChange(current: number | null, previous: number | null) {
	if (current === null || previous === null) return { change: null, percent: null };
	const change = current - previous;
	return { change, percent: previous === 0 ? null : (change / previous) * 100 };
}

type PlannedItem = { channelId: string | null; status: string };

/** Items scheduled in the week per channel: planned (not skipped), published and skipped. */
export function plannedVsPublished(items: readonly PlannedItem[]) {
	const rows = new Map<string | null, { planned: number; published: number; skipped: number }>();
	for (const item of items) {
		const row = rows.get(item.channelId) ?? { planned: 0, published: 0, skipped: 0 };
		if (item.status === 'skipped') row.skipped++;
		else row.planned++;
		if (item.status === 'published') row.published++;
		rows.set(item.channelId, row);
	}
	return rows;
}
