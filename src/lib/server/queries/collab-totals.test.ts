import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rollUp } from '../../domain/creator-metrics';
import { campaignRow, collaborationRow, createTestDatabase, makeBrand, makeUser } from '../testing';
import { campaigns, collaborations, creators, deliverables, samples } from '../db/schema';
import { byCurrency, collabTotals } from './collab-totals';

let handle: Awaited<ReturnType<typeof createTestDatabase>>;
let brandId: string;
beforeAll(async () => {
	handle = await createTestDatabase();
	const { db } = handle;
	const owner = await makeUser(db);
	brandId = await makeBrand(db, owner.workspaceId);
	const otherBrand = await makeBrand(db, owner.workspaceId, { name: 'Other' });
	await db.insert(creators).values({ id: 'c1', workspaceId: owner.workspaceId, name: 'Ana' });
	await db.insert(campaigns).values(campaignRow(brandId));
	await db.insert(collaborations).values([
		collaborationRow({
			id: 'a',
			brandId,
			creatorId: 'c1',
			feeMinor: 30_000,
			campaignId: 'spring'
		}),
		collaborationRow({ id: 'b', brandId, creatorId: 'c1', feeMinor: null }),
		collaborationRow({ id: 'y', brandId, creatorId: 'c1', currency: 'JPY', feeMinor: 20_000 }),
		collaborationRow({ id: 'x', brandId: otherBrand, creatorId: 'c1', feeMinor: 99 })
	]);
	// Two samples and three deliverables on "a": sums must not multiply each other.
	await db.insert(samples).values([
		{
			id: 's1',
			collaborationId: 'a',
			product: 'Mat',
			landedCostMinor: 2_500,
			shippingCostMinor: 1_800
		},
		{
			id: 's2',
			collaborationId: 'a',
			product: 'Strap',
			landedCostMinor: 500,
			shippingCostMinor: null
		},
		{
			id: 's3',
			collaborationId: 'b',
			product: 'Mat',
			landedCostMinor: 2_500,
			shippingCostMinor: 1_200
		}
	]);
	await db.insert(deliverables).values([
		{
			id: 'd1',
			collaborationId: 'a',
			kind: 'short_video',
			platform: 'tiktok',
			views: 40_000,
			engagements: 2_000,
			orders: 12,
			revenueMinor: 60_000
		},
		{
			id: 'd2',
			collaborationId: 'a',
			kind: 'story',
			platform: 'instagram',
			views: 10_000,
			engagements: 500
		},
		{ id: 'd3', collaborationId: 'a', kind: 'story', platform: 'instagram' }
	]);
});
afterAll(() => handle.cleanup());

describe('collabTotals', () => {
	it('sums fees, samples and results per collaboration without multiplying rows', async () => {
		const totals = await collabTotals(handle.db, brandId);
		const a = totals.find((t) => t.collaborationId === 'a');
		expect(a).toEqual({
			collaborationId: 'a',
			currency: 'USD',
			costs: { feeMinor: 30_000, sampleLandedMinor: 3_000, shippingMinor: 1_800 },
			results: { views: 50_000, engagements: 2_500, orders: 12, revenueMinor: 60_000 },
			reported: 2,
			deliverables: 3
		});
		const b = totals.find((t) => t.collaborationId === 'b');
		expect(b?.costs).toEqual({ feeMinor: 0, sampleLandedMinor: 2_500, shippingMinor: 1_200 });
		expect(b?.results).toEqual({
			views: null,
			engagements: null,
			orders: null,
			revenueMinor: null
		});
		expect(totals.map((t) => t.collaborationId).sort()).toEqual(['a', 'b', 'y']);
	});

	it('scopes to a campaign or a list, and groups currencies apart for roll-ups', async () => {
		const spring = await collabTotals(handle.db, brandId, { campaignId: 'spring' });
		expect(spring.map((t) => t.collaborationId)).toEqual(['a']);
		expect(await collabTotals(handle.db, brandId, { collaborationIds: [] })).toEqual([]);
		const groups = byCurrency(await collabTotals(handle.db, brandId));
		expect([...groups.keys()].sort()).toEqual(['JPY', 'USD']);
		const usd = rollUp(groups.get('USD')!);
		// (30,000 + 3,000 + 1,800) + (0 + 2,500 + 1,200) = 38,500 minor; revenue 60,000.
		expect(usd.cost).toBe(38_500);
		expect(usd.roas).toBeCloseTo(60_000 / 38_500);
	});
});
