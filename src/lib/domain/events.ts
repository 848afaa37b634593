/**
 * Shopping events and public holidays shown over the calendar: China always (the sellers'
 * home market and supply chain), plus each of the brand's target markets. The dates live in
 * `src/lib/data/market-events.json` (2025–2028), written by `scripts/market-events.js`.
 */
import data from '../data/market-events.json';
import { forward } from './date-bounds';
import { addDays } from './zoned-time';

export type MarketEvent = {
	/** First day, `YYYY-MM-DD` (a calendar day in the market, no zone). */
	date: string;
	/** Last day, inclusive, for events that run several days (Prime Day, Golden Week). */
	end?: string;
	market: string;
	/** `holiday`: a public holiday; `shopping`: a retail event that is not a day off. */
	kind: 'holiday' | 'shopping';
	key: string;
	en: string;
	zh: string;
	/** Not yet announced (Prime Day after 2025) or set by moon sighting (Eid). */
	estimated?: boolean;
};

export const MARKET_EVENTS = data as readonly MarketEvent[];
export const HOME_MARKET = 'CN';
export const FIRST_YEAR = 2025;
export const LAST_YEAR = 2028;

/** The markets a brand sees: China first, then its targets, each once. */
export function overlayMarkets(targetMarkets: readonly string[]) {
	return [...new Set([HOME_MARKET, ...targetMarkets])];
}

export type DayEvent = {
	key: string;
	/** Markets sharing this event on this day under the same name (Black Friday: US, GB…). */
	markets: string[];
	kind: MarketEvent['kind'];
	name: string;
	estimated: boolean;
};

/**
 * The events on each day of [from, to) for a brand's markets, keyed by day. An event running
 * several days is listed on each of its days inside the range; the same event in several
 * markets is listed once with all of them. Names in the viewer's language.
 */
export function eventsByDay(
	from: string,
	to: string,
	targetMarkets: readonly string[],
	locale: string,
	events: readonly MarketEvent[] = MARKET_EVENTS
): Record<string, DayEvent[]> {
	const markets = overlayMarkets(targetMarkets);
	const zh = locale.toLowerCase().startsWith('zh');
	const days: Record<string, DayEvent[]> = {};
	for (const event of events) {
		const last = event.end ?? event.date;
		if (!markets.includes(event.market) || last < from || event.date >= to) continue;
		const name = zh ? event.zh : event.en;
		for (let day = event.date < from ? from : event.date; day <= last && day < to;) {
			const list = (days[day] ??= []);
			const same = list.find(
				(e) => e.key === event.key && e.name === name && e.kind === event.kind
			);
			if (same) same.markets.push(event.market);
			else
				list.push({
					key: event.key,
					markets: [event.market],
					kind: event.kind,
					name,
					estimated: Boolean(event.estimated)
				});
			day = forward(day, addDays(day, 1));
		}
	}
	// China first, then the brand's markets in the order the brand lists them.
	const rank = (market: string) => markets.indexOf(market);
	for (const list of Object.values(days)) {
		for (const event of list) event.markets.sort((a, b) => rank(a) - rank(b));
		list.sort((a, b) => rank(a.markets[0]) - rank(b.markets[0]));
	}
	return days;
}
