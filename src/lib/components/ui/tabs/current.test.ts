import { describe, expect, it } from 'vitest';
import { isCurrentTab } from './current';

describe('isCurrentTab', () => {
	const base = '/w/1/brands/2';

	it('marks the first tab only on its own page', () => {
		expect(isCurrentTab(base, base, base)).toBe(true);
		expect(isCurrentTab(`${base}/calendar`, base, base)).toBe(false);
	});

	it('keeps another tab current on the pages below it', () => {
		expect(isCurrentTab(`${base}/calendar`, `${base}/calendar`, base)).toBe(true);
		expect(isCurrentTab(`${base}/calendar/items/9`, `${base}/calendar`, base)).toBe(true);
		expect(isCurrentTab(`${base}/outreach`, `${base}/calendar`, base)).toBe(false);
	});
});
