import { describe, expect, it } from 'vitest';
import { segments } from './bands';

const week = [
	'2026-11-22',
	'2026-11-23',
	'2026-11-24',
	'2026-11-25',
	'2026-11-26',
	'2026-11-27',
	'2026-11-28'
];
const band = (startDate: string, endDate: string) => ({
	id: 'c',
	name: 'BFCM',
	startDate,
	endDate
});

describe('segments', () => {
	it('places a band inside the row on its own days', () => {
		expect(segments(week, [band('2026-11-24', '2026-11-26')])).toEqual([
			expect.objectContaining({ start: 2, span: 3, before: false, after: false })
		]);
	});

	it('clips a band that starts before and ends after the row, and says so', () => {
		expect(segments(week, [band('2026-11-01', '2026-12-31')])).toEqual([
			expect.objectContaining({ start: 0, span: 7, before: true, after: true })
		]);
		expect(segments(week, [band('2026-11-28', '2026-12-02')])).toEqual([
			expect.objectContaining({ start: 6, span: 1, before: false, after: true })
		]);
	});

	it('leaves out bands that miss the row, and inverted ranges', () => {
		expect(
			segments(week, [band('2026-11-29', '2026-12-02'), band('2026-11-01', '2026-11-21')])
		).toEqual([]);
		expect(segments(week, [band('2026-11-26', '2026-11-24')])).toEqual([]);
		expect(segments([], [band('2026-11-24', '2026-11-26')])).toEqual([]);
	});
});
