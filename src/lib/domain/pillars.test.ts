import { describe, expect, it } from 'vitest';
import { isValidShare, shareStatus, shareTotal } from './pillars';

const shares = (...values: number[]) => values.map((targetShare) => ({ targetShare }));

describe('shareStatus', () => {
	it('is ok when the shares make exactly 100', () => {
		expect(shareStatus(shares(40, 30, 20, 10))).toEqual({ total: 100, status: 'ok', gap: 0 });
		expect(shareStatus(shares(100))).toEqual({ total: 100, status: 'ok', gap: 0 });
	});

	it('says how many points are unassigned when under 100', () => {
		expect(shareStatus(shares(40, 30, 15))).toEqual({ total: 85, status: 'under', gap: 15 });
		expect(shareStatus(shares(0, 0))).toEqual({ total: 0, status: 'under', gap: 100 });
	});

	it('says how many points are too many when over 100 (as a negative gap)', () => {
		expect(shareStatus(shares(50, 40, 20))).toEqual({ total: 110, status: 'over', gap: -10 });
	});

	it('is empty without pillars, with the whole 100 to assign', () => {
		expect(shareStatus([])).toEqual({ total: 0, status: 'empty', gap: 100 });
	});
});

describe('shareTotal', () => {
	it('adds the target shares', () => {
		expect(shareTotal(shares(25, 25, 25))).toBe(75);
		expect(shareTotal([])).toBe(0);
	});
});

describe('isValidShare', () => {
	it('accepts whole numbers from 0 to 100', () => {
		for (const value of [0, 1, 50, 99, 100]) expect(isValidShare(value), String(value)).toBe(true);
	});

	it('rejects fractions, numbers out of range and NaN', () => {
		for (const value of [-1, 101, 120, 12.5, Number.NaN, Number.POSITIVE_INFINITY]) {
			expect(isValidShare(value), String(value)).toBe(false);
		}
	});
});
