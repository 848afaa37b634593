import type { Format, Status } from '$lib/domain/content';
import { m } from '$lib/paraglide/messages';

const STATUS_NAMES: Record<Status, () => string> = {
	idea: m.cal_status_idea,
	draft: m.cal_status_draft,
	in_review: m.cal_status_in_review,
	approved: m.cal_status_approved,
	scheduled: m.cal_status_scheduled,
	published: m.cal_status_published,
	skipped: m.cal_status_skipped
};

const FORMAT_NAMES: Record<Format, () => string> = {
	short_video: m.cal_format_short_video,
	carousel: m.cal_format_carousel,
	long_video: m.cal_format_long_video,
	article: m.cal_format_article,
	email: m.cal_format_email,
	live: m.cal_format_live,
	story: m.cal_format_story,
	other: m.cal_format_other
};

/** A content status in the current language. */
export function statusName(status: Status | string) {
	return (STATUS_NAMES[status as Status] ?? m.cal_status_idea)();
}

/** A content format in the current language. */
export function formatName(format: Format | string) {
	return (FORMAT_NAMES[format as Format] ?? m.cal_format_other)();
}
