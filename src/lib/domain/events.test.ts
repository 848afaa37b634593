import { describe, expect, it } from 'vitest';
import { eventsByDay, FIRST_YEAR, LAST_YEAR, MARKET_EVENTS, overlayMarkets } from './events';
import { MARKET_CODES } from './markets';
import { addDays, isDate, weekday } from './zoned-time';

const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
const on = (market: string, key: string) =>
	MARKET_EVENTS.filter((e) => e.market === market && e.key === key);
const dates = (market: string, key: string) => on(market, key).map((e) => e.date);

/** 4th Thursday of November, computed independently of the data file. */
function thanksgiving(year: number) {
	const first = `${year}-11-01`;
	return addDays(first, ((4 - weekday(first) + 7) % 7) + 21);
}

describe('market events data', () => {
	it('has every year 2025–2028 for China and every target market', () => {
		for (const market of MARKET_CODES)
			for (const year of YEARS)
				expect(
					MARKET_EVENTS.some((e) => e.market === market && e.date.startsWith(`${year}-`)),
					`${market} ${year}`
				).toBe(true);
	});

	it('has valid dates, ends after starts, names in both languages, known markets', () => {
		for (const e of MARKET_EVENTS) {
			expect(isDate(e.date), e.date).toBe(true);
			if (e.end) {
				expect(isDate(e.end), e.end).toBe(true);
				expect(e.end > e.date).toBe(true);
			}
			expect(MARKET_CODES).toContain(e.market);
			expect(e.en.trim()).not.toBe('');
			expect(e.zh).toMatch(/[\u4e00-\u9fff]/);
			expect(['holiday', 'shopping']).toContain(e.kind);
		}
	});

	it('puts Black Friday the day after US Thanksgiving and Cyber Monday the Monday after', () => {
		for (const year of YEARS) {
			const friday = addDays(thanksgiving(year), 1);
			expect(dates('US', 'thanksgiving')).toContain(thanksgiving(year));
			expect(dates('US', 'black-friday')).toContain(friday);
			expect(dates('US', 'cyber-monday')).toContain(addDays(friday, 3));
			expect(weekday(addDays(friday, 3))).toBe(1);
		}
		expect(dates('US', 'black-friday')).toEqual([
			'2025-11-28',
			'2026-11-27',
			'2027-11-26',
			'2028-11-24'
		]);
		// Markets that import Black Friday keep the US date.
		expect(dates('GB', 'black-friday')).toEqual(dates('US', 'black-friday'));
	});

	it('has the official Spring Festival dates and the fixed Chinese shopping days', () => {
		expect(dates('CN', 'spring-festival')).toEqual([
			'2025-01-29',
			'2026-02-17',
			'2027-02-06',
			'2028-01-26'
		]);
		expect(dates('CN', 'double-11')).toEqual(YEARS.map((y) => `${y}-11-11`));
		expect(dates('CN', '618')).toEqual(YEARS.map((y) => `${y}-06-18`));
		expect(dates('CN', 'mid-autumn')).toEqual([
			'2025-10-06',
			'2026-09-25',
			'2027-09-15',
			'2028-10-03'
		]);
	});

	it("gives each market its own Mother's Day", () => {
		expect(dates('US', 'mothers-day')).toEqual([
			'2025-05-11',
			'2026-05-10',
			'2027-05-09',
			'2028-05-14'
		]);
		// Mothering Sunday: three weeks before Easter (Easter 2026 is 5 April).
		expect(dates('GB', 'mothers-day')).toContain('2026-03-15');
		// France: last Sunday of May (Pentecost 2026 is 24 May, so no exception that year).
		expect(dates('FR', 'mothers-day')).toContain('2026-05-31');
		expect(dates('MX', 'mothers-day')).toEqual(YEARS.map((y) => `${y}-05-10`));
		for (const d of [...dates('US', 'mothers-day'), ...dates('FR', 'mothers-day')])
			expect(weekday(d)).toBe(0);
	});

	it('has Prime Day as announced for 2025 and estimated in mid-July afterwards', () => {
		const us = on('US', 'prime-day');
		expect(us[0]).toMatchObject({ date: '2025-07-08', end: '2025-07-11' });
		expect(us[0].estimated).toBeFalsy();
		for (const later of us.slice(1)) {
			expect(later.estimated).toBe(true);
			expect(later.date.slice(5, 7)).toBe('07');
		}
		expect(on('CN', 'prime-day')).toEqual([]);
	});
});

describe('eventsByDay', () => {
	it('shows China always plus the brand’s markets, on the days they fall', () => {
		const days = eventsByDay('2026-11-22', '2026-12-06', ['US'], 'en');
		expect(days['2026-11-27'].map((e) => [e.markets, e.name])).toEqual([[['US'], 'Black Friday']]);
		expect(days['2026-11-30'].map((e) => e.key)).toEqual(['cyber-monday']);
		expect(Object.keys(days).every((d) => d >= '2026-11-22' && d < '2026-12-06')).toBe(true);
		// No German events for a US brand.
		const nov = eventsByDay('2026-11-01', '2026-12-01', ['US'], 'en');
		expect(
			Object.values(nov)
				.flat()
				.flatMap((e) => e.markets)
		).not.toContain('DE');
		expect(nov['2026-11-11'].map((e) => e.markets)).toEqual([['CN'], ['US']]);
	});

	it('names events in Chinese for a Chinese interface', () => {
		const days = eventsByDay('2026-11-11', '2026-11-12', [], 'zh-CN');
		expect(days['2026-11-11']).toEqual([
			{ key: 'double-11', markets: ['CN'], kind: 'shopping', name: '双十一', estimated: false }
		]);
	});

	it('lists a multi-day event on each of its days, clipped to the range', () => {
		const days = eventsByDay('2026-10-05', '2026-10-12', [], 'en');
		const golden = Object.entries(days)
			.filter(([, list]) => list.some((e) => e.key === 'national-day'))
			.map(([day]) => day);
		expect(golden).toEqual(['2026-10-05', '2026-10-06', '2026-10-07']);
	});

	it('puts China first and ignores duplicates in the target list', () => {
		expect(overlayMarkets(['US', 'CN', 'GB'])).toEqual(['CN', 'US', 'GB']);
	});

	it('lists an event several markets share once, with the markets in the brand’s order', () => {
		const days = eventsByDay('2026-11-27', '2026-11-28', ['GB', 'US', 'DE'], 'en');
		expect(days['2026-11-27']).toEqual([
			expect.objectContaining({ key: 'black-friday', markets: ['GB', 'US', 'DE'] })
		]);
		// Same day, different names: listed apart (Christmas Day in GB/US, another name in DE).
		const christmas = eventsByDay('2026-12-26', '2026-12-27', ['GB', 'DE'], 'en');
		expect(christmas['2026-12-26'].map((e) => [e.name, e.markets])).toEqual([
			['Boxing Day', ['GB']],
			['Second Day of Christmas', ['DE']]
		]);
	});
});
