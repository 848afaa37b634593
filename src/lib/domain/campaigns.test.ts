import { describe, expect, it } from 'vitest';
import { campaignPhase, isUtmName } from './campaigns';
import { slugify } from './utm';

describe('campaignPhase', () => {
	it('is running from the start day through the end day inclusive', () => {
		expect(campaignPhase('2026-11-20', '2026-11-30', '2026-11-19')).toBe('upcoming');
		expect(campaignPhase('2026-11-20', '2026-11-30', '2026-11-20')).toBe('running');
		expect(campaignPhase('2026-11-20', '2026-11-30', '2026-11-30')).toBe('running');
		expect(campaignPhase('2026-11-20', '2026-11-30', '2026-12-01')).toBe('ended');
		expect(campaignPhase('2026-11-20', '2026-11-20', '2026-11-20')).toBe('running');
	});
});

describe('isUtmName', () => {
	it('takes slugs in any script, and refuses characters that break a query string', () => {
		expect(isUtmName('holiday-2026')).toBe(true);
		expect(isUtmName('black_friday.v2')).toBe(true);
		expect(isUtmName(slugify('黑五大促 Black Friday'))).toBe(true);
		for (const bad of ['a b', 'a&b', 'a=b', 'a#b', '"x"', '-lead', '', 'x'.repeat(101)]) {
			expect(isUtmName(bad), bad).toBe(false);
		}
	});
});
