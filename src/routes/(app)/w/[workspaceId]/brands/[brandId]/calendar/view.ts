/** The calendar's view state, read from the URL so a link reproduces it. */
import { formatDay } from '$lib/i18n/format';
import { dateTimeFormat } from '$lib/i18n/intl';
import { STATUSES, type Status } from '$lib/domain/content';
import { forward, readDay } from '$lib/domain/date-bounds';
import { addDays, weekOf } from '$lib/domain/zoned-time';

export const FILTER_PARAMS = [
	'channel',
	'status',
	'pillar',
	'persona',
	'campaign',
	'owner'
] as const;

export function readFilters(params: URLSearchParams) {
	const all = (name: string) => params.getAll(name).filter((v) => v && v.length <= 64);
	return {
		channelIds: all('channel'),
		statuses: all('status').filter((s): s is Status => STATUSES.includes(s as Status)),
		pillarIds: all('pillar'),
		personaIds: all('persona'),
		campaignIds: all('campaign'),
		ownerIds: all('owner')
	};
}

/**
 * `?week=` may name any day of the week within the accepted days (date-bounds.ts); anything else
 * means the week of `today`, and what was given comes back as `refused` for the page to say so.
 */
export function readWeekDate(params: URLSearchParams, today: string) {
	const week = params.get('week');
	const read = readDay(week, today);
	if (read.ok) return { date: read.day, refused: null };
	return { date: today, refused: read.problem === 'missing' ? null : week };
}

// `day`: one day at a time, the agenda a phone shows; it reads the same week as `week`.
export const VIEWS = ['week', 'day', 'month', 'list'] as const;
export type View = (typeof VIEWS)[number];

/** `?view=day|week|month|list`; anything else (or nothing) the `fallback`: the device's default. */
export function readView(params: URLSearchParams, fallback: View = 'week'): View {
	const view = params.get('view');
	return VIEWS.find((v) => v === view) ?? fallback;
}

/**
 * The view a URL that names none opens on: the day agenda on a phone, the week elsewhere. Decided
 * from the request before anything is drawn, so a phone never paints a week grid to replace it:
 * Chromium browsers say `Sec-CH-UA-Mobile: ?1`; Safari on an iPhone, Firefox and WeChat put
 * "Mobi" in the user agent (tablets do not, and get the week).
 */
export function defaultView(headers: Headers): View {
	const mobile =
		headers.get('sec-ch-ua-mobile') === '?1' || /Mobi/i.test(headers.get('user-agent') ?? '');
	return mobile ? 'day' : 'week';
}

type ViewRequest = {
	url: URL;
	request: Request;
	setHeaders: (headers: Record<string, string>) => void;
};

/** The page's view: the URL's, else the device's default (so the answer varies on the device). */
export function requestedView({ url, request, setHeaders }: ViewRequest): View {
	setHeaders({ vary: 'Sec-CH-UA-Mobile, User-Agent' });
	return readView(url.searchParams, defaultView(request.headers));
}

/** `?events=off` hides the holiday and shopping-event overlays. */
export function readOverlays(params: URLSearchParams) {
	return params.get('events') !== 'off';
}

export const LIST_SORTS = ['date', 'title', 'channel', 'status', 'owner', 'pillar'] as const;
export type ListSort = (typeof LIST_SORTS)[number];
export const PAGE_SIZE = 50;
/** Far past any brand's last page; keeps the SQL offset a small integer whatever is typed. */
const MAX_PAGE = 100_000;

/** List view state: `?sort=title&dir=desc&page=3`; anything unknown falls back to the default. */
export function readListState(params: URLSearchParams) {
	const sort = LIST_SORTS.find((s) => s === params.get('sort')) ?? 'date';
	const dir: 'asc' | 'desc' = params.get('dir') === 'desc' ? 'desc' : 'asc';
	const page = Number(params.get('page'));
	return { sort, dir, page: Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1 };
}

/**
 * The month containing `date`, laid out in whole weeks: from the start of the week holding the
 * 1st to the end of the week holding the last day (end exclusive).
 */
export function monthOf(date: string, weekStart: number) {
	const first = `${date.slice(0, 8)}01`;
	const last = addDays(addDays(first, 31).slice(0, 8) + '01', -1);
	const start = weekOf(first, weekStart).start;
	const end = weekOf(last, weekStart).end;
	const weeks: string[][] = [];
	for (let day = start; day < end; day = forward(day, addDays(day, 7))) {
		weeks.push(weekOf(day, weekStart).days);
	}
	return { first, last, start, end, weeks };
}

/** The same URL with one parameter replaced or removed (week and filters kept). */
export function withParam(url: URL, name: string, value: string | null) {
	return withParams(url, { [name]: value });
}

/** The same URL with several parameters replaced or removed at once. */
export function withParams(url: URL, changes: Record<string, string | null>) {
	const params = new URLSearchParams(url.search);
	for (const [name, value] of Object.entries(changes)) {
		if (value) params.set(name, value);
		else params.delete(name);
	}
	const query = params.toString();
	return query ? `?${query}` : url.pathname;
}

/** Previous / current / next links: by week in week view, by month in month view. */
export function pager(url: URL, view: View, anchor: string) {
	const month = view === 'month' ? monthOf(anchor, 0) : null;
	const [prev, next] = month
		? [addDays(month.first, -1).slice(0, 8) + '01', addDays(month.last, 1)]
		: view === 'day'
			? [addDays(anchor, -1), addDays(anchor, 1)]
			: [addDays(anchor, -7), addDays(anchor, 7)];
	return {
		prev: withParam(url, 'week', prev),
		current: withParam(url, 'week', null),
		next: withParam(url, 'week', next)
	};
}

/** The wall date and time in the channel's zone go with the zone's city, so it is not mistaken. */
export function zoneCity(zone: string | null) {
	return zone?.split('/').at(-1)?.replaceAll('_', ' ') ?? '';
}

/** The viewer's own clock for an instant, e.g. "Tue 15:00", shown beside the channel's time. */
export function formatOwnTime(instant: number, zone: string, locale: string) {
	return dateTimeFormat(locale, {
		weekday: 'short',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
		timeZone: zone
	}).format(instant);
}

/** An item's day in the list view (cards and table), e.g. "Mon, Mar 2, 2026". */
export function formatListDay(date: string, locale: string) {
	return formatDay(date, locale, {
		weekday: 'short',
		day: 'numeric',
		month: 'short',
		year: 'numeric'
	});
}

/** A month in the viewer's language, e.g. "March 2026" / "2026年3月". */
export function formatMonth(date: string, locale: string) {
	return formatDay(date, locale, { month: 'long', year: 'numeric' });
}

/**
 * The most items the week view draws (and plan health judges). A real week holds tens; 500 cards
 * are already ~700 kB of page, and an import of 100k items into one week must not make a page of
 * 100 MB. The list view pages through any number.
 */
export const WEEK_ITEMS_MAX = 500;

/** Items a month cell lists before "+N more". */
export const MONTH_DAY_ITEMS = 3;

/** Items in a day's order: timed ones by time, untimed after them. */
export function byTimeOfDay<T extends { scheduledTime: string | null }>(a: T, b: T) {
	return (a.scheduledTime ?? '99').localeCompare(b.scheduledTime ?? '99');
}

/** The first `perDay` items of each day (in a day's order) and how many each day has. */
export function firstOfEachDay<
	T extends { scheduledDate: string | null; scheduledTime: string | null }
>(items: T[], perDay: number) {
	const days = new Map<string, T[]>();
	for (const item of items) {
		if (!item.scheduledDate) continue;
		const list = days.get(item.scheduledDate);
		if (list) list.push(item);
		else days.set(item.scheduledDate, [item]);
	}
	const counts: Record<string, number> = {};
	const shown: T[] = [];
	for (const [day, list] of days) {
		counts[day] = list.length;
		shown.push(...list.sort(byTimeOfDay).slice(0, perDay));
	}
	return { items: shown, counts };
}
