import { describe, expect, it } from 'vitest';
import { brandFormValues, brandSchema } from './brand';

const stored = {
	...brandSchema.parse({
		name: 'Bump & Bloom',
		targetMarkets: ['US', 'DE'],
		marketTimeZone: 'America/New_York'
	}),
	trademarkFiledOn: null,
	trademarkRegisteredOn: '2026-05-02',
	version: 7,
	// Columns the form does not edit are left out of its values.
	id: 'b1',
	workspaceId: 'w1',
	archivedAt: null
};

describe('brandFormValues', () => {
	it('reads no trademark day as an empty field and keeps a stored one and the version', () => {
		const values = brandFormValues(stored);
		expect(values).toMatchObject({
			name: 'Bump & Bloom',
			trademarkFiledOn: '',
			trademarkRegisteredOn: '2026-05-02',
			version: 7
		});
		expect(values).not.toHaveProperty('id');
		expect(values).not.toHaveProperty('archivedAt');
	});

	it('gives values the form schema accepts as they are', () => {
		expect(brandSchema.parse(brandFormValues(stored))).toEqual(brandFormValues(stored));
	});
});
