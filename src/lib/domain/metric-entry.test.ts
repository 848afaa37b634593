import { describe, expect, it } from 'vitest';
import { METRIC_VALUE_MAX } from './metrics';
import { cellInput, cellKey, entryWeek, parseCell, readCellKey } from './metric-entry';
import { HOSTILE_CELLS } from './testing/hostile-cells';

const value = (v: number) => ({ ok: true, kind: 'value', value: v });

describe('parseCell', () => {
	it('reads counts with the separators people type', () => {
		expect(parseCell('12000', 'count')).toEqual(value(12000));
		expect(parseCell(' 12,000 ', 'count')).toEqual(value(12000));
		expect(parseCell('12 000', 'count')).toEqual(value(12000));
		expect(parseCell('12\u202f000', 'count')).toEqual(value(12000));
		expect(parseCell('１２，０００', 'count')).toEqual(value(12000));
		expect(parseCell('1.2万', 'count')).toEqual(value(12000));
		expect(parseCell('3万', 'count')).toEqual(value(30000));
		expect(parseCell('0', 'count')).toEqual(value(0));
	});

	it('treats blank as no change and a dash as clearing the value', () => {
		expect(parseCell('   ', 'count')).toEqual({ ok: true, kind: 'blank' });
		expect(parseCell('-', 'count')).toEqual({ ok: true, kind: 'clear' });
		expect(parseCell('清除', 'money')).toEqual({ ok: true, kind: 'clear' });
	});

	it('refuses what is not a whole, non-negative number within the limit', () => {
		expect(parseCell('abc', 'count')).toEqual({ ok: false, problem: 'number' });
		expect(parseCell('12a', 'count')).toEqual({ ok: false, problem: 'number' });
		expect(parseCell('-5', 'count')).toEqual({ ok: false, problem: 'negative' });
		expect(parseCell('1.5', 'count')).toEqual({ ok: false, problem: 'whole' });
		expect(parseCell(String(METRIC_VALUE_MAX + 1), 'count')).toEqual({
			ok: false,
			problem: 'too_large'
		});
		expect(parseCell('9'.repeat(20), 'count')).toEqual({ ok: false, problem: 'too_large' });
		expect(parseCell(String(METRIC_VALUE_MAX), 'count')).toEqual(value(METRIC_VALUE_MAX));
	});

	it('reads money in the currency’s minor units, never rounding', () => {
		expect(parseCell('1,234.50', 'money', 'USD')).toEqual(value(123450));
		expect(parseCell('12', 'money', 'USD')).toEqual(value(1200));
		expect(parseCell('1.234', 'money', 'USD')).toEqual({ ok: false, problem: 'decimals' });
		expect(parseCell('1500', 'money', 'JPY')).toEqual(value(1500));
		expect(parseCell('1500.5', 'money', 'JPY')).toEqual({ ok: false, problem: 'decimals' });
	});

	it('shows stored values back in a form they parse from', () => {
		expect(cellInput(123450, 'money', 'USD')).toBe('1234.50');
		expect(cellInput(5, 'money', 'USD')).toBe('0.05');
		expect(cellInput(12000, 'count')).toBe('12000');
		expect(cellInput(null, 'count')).toBe('');
		expect(parseCell(cellInput(5, 'money', 'EUR'), 'money', 'EUR')).toEqual(value(5));
	});
});

describe('entryWeek', () => {
	it('defaults to the last complete Monday-start week', () => {
		// 2026-12-02 is a Wednesday.
		const week = entryWeek(null, '2026-12-02');
		expect(week.start).toBe('2026-11-23');
		expect(week.days).toHaveLength(7);
		expect(week.days.at(-1)).toBe('2026-11-29');
		expect(week.current).toBe('2026-11-30');
		expect(week.next).toBe('2026-11-30');
	});

	it('starts the named week on its Monday, and ignores a malformed one', () => {
		expect(entryWeek('2026-12-06', '2026-12-02').start).toBe('2026-11-30');
		expect(entryWeek('2026-13-01', '2026-12-02').start).toBe('2026-11-23');
		// Across a year end and a leap day.
		expect(entryWeek('2028-03-01', '2026-12-02').days).toContain('2028-02-29');
	});
});

describe('cell keys', () => {
	it('round-trip and refuse tampering', () => {
		const key = { metricId: 'm1', day: '2026-11-30', shown: 12, seen: 1700000000000 };
		expect(readCellKey(cellKey(key), '2026-12-02')).toEqual(key);
		expect(readCellKey(cellKey({ ...key, shown: null, seen: null }), '2026-12-02')).toEqual({
			...key,
			shown: null,
			seen: null
		});
		expect(readCellKey('m1|2026-11-31||', '2026-12-02')).toBeNull();
		expect(readCellKey('m1|2026-11-30|x|', '2026-12-02')).toBeNull();
		expect(readCellKey('m1|2026-11-30', '2026-12-02')).toBeNull();
		// A day outside 2000-01-01 … today + 10 years is not a cell the grid draws.
		expect(readCellKey('m1|9999-12-31||', '2026-12-02')).toBeNull();
		expect(readCellKey('m1|1999-12-31||', '2026-12-02')).toBeNull();
	});
});

describe('hostile cells', () => {
	it.each(Object.entries(HOSTILE_CELLS))(
		'reads a 100 kB amount of %s in under a second',
		(_, cell) => {
			const started = performance.now();
			parseCell(cell, 'count');
			parseCell(cell, 'money', 'USD');
			expect(performance.now() - started).toBeLessThan(1000);
		}
	);
});
