import { describe, expect, it } from 'vitest';
import { BRAND_TOOLS, brandToolsStatus } from './brand-tools';

describe('brandToolsStatus', () => {
	it('keeps every tool locked and asks for a trademark first', () => {
		expect(brandToolsStatus('none', 'not_enrolled')).toEqual({
			unlocked: [],
			locked: [...BRAND_TOOLS],
			nextStep: 'file_trademark'
		});
	});

	it('asks to apply to Brand Registry once a trademark is filed or registered', () => {
		expect(brandToolsStatus('filed', 'not_enrolled').nextStep).toBe('apply_brand_registry');
		expect(brandToolsStatus('registered', 'not_enrolled').nextStep).toBe('apply_brand_registry');
	});

	it('waits while the application is pending', () => {
		const status = brandToolsStatus('registered', 'pending');
		expect(status.nextStep).toBe('await_brand_registry');
		expect(status.unlocked).toEqual([]);
	});

	it('unlocks all six tools on enrolment', () => {
		const status = brandToolsStatus('registered', 'enrolled');
		expect(status.unlocked).toEqual([
			'a_plus',
			'brand_store',
			'posts',
			'vine',
			'attribution',
			'brand_referral_bonus'
		]);
		expect(status.locked).toEqual([]);
		expect(status.nextStep).toBeNull();
	});
});
