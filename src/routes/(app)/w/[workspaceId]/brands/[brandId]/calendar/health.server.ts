import { planHealth } from '$lib/domain/plan-health';
import { db } from '$lib/server/db';
import { listItemsInRange, type ItemCard, type ItemFilters } from '$lib/server/queries/items';
import { WEEK_ITEMS_MAX } from './view';

type Vocabulary = {
	channels: { id: string; weeklyCadence: number }[];
	pillars: { id: string; targetShare: number }[];
	personas: { id: string }[];
};

/**
 * Plan health judges the whole week, not the filtered view: with filters on, the week is read
 * again without them (same index, same range), up to the week view's cap.
 */
export async function weekHealth(
	brandId: string,
	week: { start: string; end: string },
	shown: ItemCard[],
	filters: ItemFilters,
	vocabulary: Vocabulary
) {
	const filtered = Object.values(filters).some((values) => values?.length);
	const all = filtered
		? await listItemsInRange(db, brandId, week.start, week.end, {}, WEEK_ITEMS_MAX)
		: shown;
	return {
		health: planHealth({ ...vocabulary, items: all, now: Date.now() }),
		titles: all.map((item) => ({ id: item.id, title: item.title }))
	};
}
