import { error, fail } from '@sveltejs/kit';
import type { SuperValidated } from 'sveltekit-superforms';
import type { ItemEditForm } from '$lib/schemas/recurrence';
import { db } from '$lib/server/db';
import type { ContentItem } from '$lib/server/db/schema';
import { getItem } from '$lib/server/queries/items';
import { getSeries } from '$lib/server/queries/series';

/** What the item page's conflict panel shows of an item as stored. */
export function theirsOf(item: ContentItem) {
	const { title, channelId, format, status, brief, caption, pillarId, personaId } = item;
	const { ownerId, campaignId, scheduledDate, scheduledTime, timeZone, scheduledAt } = item;
	const { linkUrl, publishedUrl } = item;
	return {
		...{ title, channelId, format, status, brief, caption, pillarId, personaId, ownerId },
		...{ campaignId, scheduledDate, scheduledTime, timeZone, scheduledAt, linkUrl, publishedUrl }
	};
}

/**
 * The answer to an item save refused because it (or its series) changed meanwhile. Nothing is
 * lost: the user's values (and their choice of scope) stay in the form and the stored item is
 * shown beside it. The form takes the stored version, and the page the series' current stamp, so
 * saving again, knowingly, replaces theirs.
 */
export async function refuseStaleItem(
	form: SuperValidated<ItemEditForm>,
	brandId: string,
	itemId: string,
	text: string
) {
	const item = await getItem(db, brandId, itemId);
	if (!item) error(404, 'Not found');
	const series = item.seriesId ? await getSeries(db, brandId, item.seriesId) : null;
	form.data.version = item.version;
	form.message = { type: 'error', text };
	return fail(409, { form, theirs: theirsOf(item), seriesStamp: series?.stamp ?? null });
}
