import type { Format, Status } from '$lib/domain/content';
import { m } from '$lib/paraglide/messages';

const STATUS_NAMES: Record<Status, () => string> = {
	idea: m.item_status_idea,
	draft: m.item_status_draft,
	in_review: m.item_status_in_review,
	approved: m.item_status_approved,
	scheduled: m.item_status_scheduled,
	published: m.item_status_published,
	skipped: m.item_status_skipped
};

const FORMAT_NAMES: Record<Format, () => string> = {
	short_video: m.item_format_short_video,
	carousel: m.item_format_carousel,
	long_video: m.item_format_long_video,
	article: m.item_format_article,
	email: m.item_format_email,
	live: m.item_format_live,
	story: m.item_format_story,
	other: m.item_format_other
};

/** A status in the current language. */
export const statusName = (status: Status | string) =>
	(STATUS_NAMES[status as Status] ?? m.item_status_idea)();

/** A format in the current language. */
export const formatName = (format: Format | string) =>
	(FORMAT_NAMES[format as Format] ?? m.item_format_other)();
