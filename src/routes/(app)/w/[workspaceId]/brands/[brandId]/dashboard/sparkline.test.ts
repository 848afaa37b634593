import { describe, expect, it } from 'vitest';
import { sparklinePath } from './sparkline';

describe('sparklinePath', () => {
	it('spreads the buckets over the width, lowest at the bottom, highest at the top', () => {
		expect(sparklinePath([0.2, 0.3, 0.25])).toBe('M0 40L50 0L100 20');
	});

	it('breaks the line at a bucket with no value', () => {
		expect(sparklinePath([1, 2, null, 2, 1])).toBe('M0 40L25 0 M75 0L100 40');
	});

	it('draws a flat line in the middle', () => {
		expect(sparklinePath([0.5, 0.5, 0.5])).toBe('M0 20L50 20L100 20');
	});

	it('draws nothing with fewer than two values', () => {
		expect(sparklinePath([])).toBe('');
		expect(sparklinePath([0.4])).toBe('');
		expect(sparklinePath([null, 0.4, null])).toBe('');
	});
});
