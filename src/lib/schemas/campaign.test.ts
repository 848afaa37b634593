import { describe, expect, it } from 'vitest';
import { campaignFormValues, campaignSchema, CAMPAIGN_NAME_MAX, utmNameFor } from './campaign';

const valid = { name: 'Holiday gifting', startDate: '2026-11-20', endDate: '2026-12-10' };
const errorsOf = (input: Record<string, unknown>) => {
	const result = campaignSchema.safeParse(input);
	return result.success
		? {}
		: Object.fromEntries(result.error.issues.map((i) => [i.path[0], i.message]));
};

describe('campaignSchema', () => {
	it('fills defaults around a name and two dates', () => {
		expect(campaignSchema.parse({ ...valid, name: '  Holiday gifting ' })).toEqual({
			...valid,
			goal: '',
			personaId: '',
			budget: '',
			utmCampaign: '',
			version: 0
		});
	});

	it('requires a name of at most 120 characters', () => {
		expect(errorsOf({ ...valid, name: ' ' })).toEqual({ name: 'This field is required.' });
		expect(errorsOf({ ...valid, name: '黑'.repeat(CAMPAIGN_NAME_MAX) })).toEqual({});
		expect(errorsOf({ ...valid, name: 'x'.repeat(CAMPAIGN_NAME_MAX + 1) })).toHaveProperty('name');
	});

	it('needs real dates, and puts "end before start" on the end date', () => {
		expect(errorsOf({ ...valid, startDate: '2026-02-30' })).toHaveProperty('startDate');
		expect(errorsOf({ ...valid, endDate: '' })).toHaveProperty('endDate');
		expect(errorsOf({ ...valid, endDate: '2026-11-19' })).toEqual({
			endDate: 'The end date must be on or after the start date.'
		});
		expect(errorsOf({ ...valid, endDate: valid.startDate })).toEqual({});
	});

	it('takes a non-negative amount as typed; the currency’s decimals are checked on the server', () => {
		for (const budget of ['1500', '1,500.50', '0', '']) {
			expect(errorsOf({ ...valid, budget }), budget).toEqual({});
		}
		for (const budget of ['-5', 'abc', '1e5', '$10', '9'.repeat(30)]) {
			expect(errorsOf({ ...valid, budget }), budget).toHaveProperty('budget');
		}
	});

	it('restricts the UTM name to safe characters', () => {
		expect(errorsOf({ ...valid, utmCampaign: 'holiday-2026' })).toEqual({});
		expect(errorsOf({ ...valid, utmCampaign: 'a b&c' })).toHaveProperty('utmCampaign');
	});
});

describe('utmNameFor and campaignFormValues', () => {
	it('defaults the UTM name to a slug of the name', () => {
		expect(utmNameFor({ name: 'Holiday Gifting 2026!', utmCampaign: '' })).toBe(
			'holiday-gifting-2026'
		);
		expect(utmNameFor({ name: '黑五大促 Black Friday', utmCampaign: '' })).toBe(
			'黑五大促-black-friday'
		);
		expect(utmNameFor({ name: 'x', utmCampaign: 'mine' })).toBe('mine');
	});

	it('shows a stored budget in major units of the brand’s currency', () => {
		const stored = {
			...valid,
			goal: '',
			personaId: null,
			budgetMinor: 150_050,
			utmCampaign: 'h',
			version: 2
		};
		expect(campaignFormValues(stored, 'USD')).toMatchObject({ budget: '1500.50', personaId: '' });
		expect(campaignFormValues({ ...stored, budgetMinor: 1500 }, 'JPY').budget).toBe('1500');
	});
});
