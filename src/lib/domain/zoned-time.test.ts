import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MARKETS } from './markets';
import { addDays, isDate, isTime, resolveWall, wallOf, weekOf, weekday } from './zoned-time';

describe('resolveWall', () => {
	it('maps an ordinary wall time to its instant', () => {
		const r = resolveWall('2026-07-01', '09:00', 'America/New_York');
		expect(new Date(r.instant).toISOString()).toBe('2026-07-01T13:00:00.000Z');
		expect(r.adjustment).toBeNull();
	});

	it('moves a time in the spring-forward gap forward by the gap', () => {
		// New York, 8 March 2026: 02:00 → 03:00.
		const r = resolveWall('2026-03-08', '02:30', 'America/New_York');
		expect(r.adjustment).toBe('gap');
		expect(r.wall).toEqual({ date: '2026-03-08', time: '03:30' });
		expect(new Date(r.instant).toISOString()).toBe('2026-03-08T07:30:00.000Z');
	});

	it('takes the first occurrence of a time in the fall-back overlap', () => {
		// London, 25 October 2026: 02:00 BST → 01:00 GMT, so 01:30 happens twice.
		const r = resolveWall('2026-10-25', '01:30', 'Europe/London');
		expect(r.adjustment).toBe('overlap');
		expect(new Date(r.instant).toISOString()).toBe('2026-10-25T00:30:00.000Z');
	});

	it('does not depend on the machine time zone', () => {
		const r = resolveWall('2026-11-11', '20:00', 'Asia/Shanghai');
		expect(new Date(r.instant).toISOString()).toBe('2026-11-11T12:00:00.000Z');
	});
});

// Every zone we offer as a market, every wall time 2020–2035 (minute resolution, so every
// DST transition in range is reachable): the instant maps back to the same wall time unless
// it fell in a gap, where it moves forward by less than the gap's length (at most 2 h).
describe('resolveWall, property', () => {
	const zones = [...new Set(MARKETS.map((m) => m.timeZone)), 'Australia/Lord_Howe', 'UTC'];
	const wallTimes = fc.record({
		zone: fc.constantFrom(...zones),
		day: fc.integer({ min: 0, max: 16 * 366 }),
		minute: fc.integer({ min: 0, max: 24 * 60 - 1 })
	});

	it('round-trips or moves forward across every DST transition 2020–2035', () => {
		fc.assert(
			fc.property(wallTimes, ({ zone, day, minute }) => {
				const date = addDays('2020-01-01', day);
				const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
				const r = resolveWall(date, time, zone);
				const back = wallOf(r.instant, zone);
				if (r.adjustment === 'gap') {
					const asked = Date.parse(`${date}T${time}:00Z`);
					const got = Date.parse(`${back.date}T${back.time}:00Z`);
					expect(got).toBeGreaterThan(asked);
					expect(got - asked).toBeLessThanOrEqual(2 * 60 * 60 * 1000);
				} else {
					expect(back).toEqual({ date, time });
				}
			}),
			{ numRuns: 3000 }
		);
	});

	// Transition days found by the runtime's own zone data (offset at UTC midnight changes).
	const formatters = new Map<string, Intl.DateTimeFormat>();
	function offsetAt(instant: number, zone: string) {
		let f = formatters.get(zone);
		if (!f) {
			f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
			formatters.set(zone, f);
		}
		return f.formatToParts(instant).find((p) => p.type === 'timeZoneName')!.value;
	}
	function transitionDays(zone: string) {
		const days: string[] = [];
		const DAY = 86_400_000;
		for (let t = Date.UTC(2020, 0, 1); t < Date.UTC(2036, 0, 1); t += 28 * DAY) {
			if (offsetAt(t, zone) === offsetAt(t + 28 * DAY, zone)) continue;
			for (let d = t; d < t + 28 * DAY; d += DAY) {
				// The local day(s) around the change: check the day before and after too.
				if (offsetAt(d, zone) !== offsetAt(d + DAY, zone)) {
					for (const x of [d - DAY, d, d + DAY]) days.push(wallOf(x, zone).date);
				}
			}
		}
		return [...new Set(days)];
	}

	it('exhaustively: every transition day of every market zone 2020–2035', () => {
		let gaps = 0;
		let overlaps = 0;
		const perZone: Record<string, number> = {};
		for (const zone of zones) {
			for (const date of transitionDays(zone)) {
				for (let minute = 0; minute < 24 * 60; minute += 15) {
					const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
					const r = resolveWall(date, time, zone);
					if (r.adjustment === 'gap') gaps++;
					else if (r.adjustment === 'overlap') overlaps++;
					else expect(wallOf(r.instant, zone)).toEqual({ date, time });
					if (r.adjustment) perZone[zone] = (perZone[zone] ?? 0) + 1;
				}
			}
		}
		// One hour of 15-minute slots per transition (Lord Howe's is half an hour): every spring
		// gap has its autumn overlap, and the zones with DST have one of each per year.
		expect(gaps).toBe(overlaps);
		expect(perZone['America/New_York']).toBe(16 * 2 * 4);
		expect(perZone['Europe/London']).toBe(16 * 2 * 4);
		expect(perZone['Australia/Sydney']).toBe(16 * 2 * 4);
		expect(perZone['Australia/Lord_Howe']).toBe(16 * 2 * 2);
		expect(perZone['Asia/Shanghai']).toBeUndefined();
	}, 60_000);
});

describe('weeks', () => {
	it('knows weekdays without the machine zone', () => {
		expect(weekday('2026-11-25')).toBe(3); // Wednesday
		expect(weekday('2024-02-29')).toBe(4); // Thursday
	});

	it('builds Monday- and Sunday-first weeks around a date', () => {
		expect(weekOf('2026-11-25', 1)).toMatchObject({ start: '2026-11-23', end: '2026-11-30' });
		expect(weekOf('2026-11-25', 0)).toMatchObject({ start: '2026-11-22', end: '2026-11-29' });
		expect(weekOf('2026-11-22', 1).start).toBe('2026-11-16');
		expect(weekOf('2026-12-30', 1).days).toEqual([
			'2026-12-28',
			'2026-12-29',
			'2026-12-30',
			'2026-12-31',
			'2027-01-01',
			'2027-01-02',
			'2027-01-03'
		]);
	});

	it('validates dates and times strictly', () => {
		expect(isDate('2026-02-29')).toBe(false);
		expect(isDate('2028-02-29')).toBe(true);
		expect(isTime('24:00')).toBe(false);
		expect(isTime('09:05')).toBe(true);
	});
});
