/** The calendar's view state, read from the URL so a link reproduces it. */
import { STATUSES, type Status } from '$lib/domain/content';
import { isDate } from '$lib/domain/zoned-time';

export const FILTER_PARAMS = ['channel', 'status', 'pillar', 'persona', 'owner'] as const;

export function readFilters(params: URLSearchParams) {
	const all = (name: string) => params.getAll(name).filter((v) => v && v.length <= 64);
	return {
		channelIds: all('channel'),
		statuses: all('status').filter((s): s is Status => STATUSES.includes(s as Status)),
		pillarIds: all('pillar'),
		personaIds: all('persona'),
		ownerIds: all('owner')
	};
}

/** `?week=` may name any day of the week; anything else means the week of `fallback`. */
export function readWeekDate(params: URLSearchParams, fallback: string) {
	const week = params.get('week') ?? '';
	return isDate(week) ? week : fallback;
}

/** The same URL with one parameter replaced or removed (week and filters kept). */
export function withParam(url: URL, name: string, value: string | null) {
	const params = new URLSearchParams(url.search);
	if (value) params.set(name, value);
	else params.delete(name);
	const query = params.toString();
	return query ? `?${query}` : url.pathname;
}

/** A calendar day (no zone) in the viewer's language, e.g. "Tue 3 Dec" / "12月3日周二". */
export function formatDay(
	date: string,
	locale: string,
	options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' }
) {
	const [y, mo, d] = date.split('-').map(Number);
	// A calendar day has no zone: format the UTC midnight of it in UTC.
	return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(
		Date.UTC(y, mo - 1, d)
	);
}

export function formatRange(from: string, toInclusive: string, locale: string) {
	const at = (date: string) => {
		const [y, mo, d] = date.split('-').map(Number);
		return Date.UTC(y, mo - 1, d);
	};
	return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(
		at(from),
		at(toInclusive)
	);
}

/** The viewer's own clock for an instant, e.g. "Tue 15:00", shown beside the channel's time. */
export function formatOwnTime(instant: number, zone: string, locale: string) {
	return new Intl.DateTimeFormat(locale, {
		weekday: 'short',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
		timeZone: zone
	}).format(instant);
}
