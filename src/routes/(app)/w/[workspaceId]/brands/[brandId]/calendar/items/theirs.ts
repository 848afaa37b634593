import type { ContentItem } from '$lib/server/db/schema';

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
