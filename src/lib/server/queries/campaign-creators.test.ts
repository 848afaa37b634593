import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignRow, collaborationRow, createTestDatabase, makeBrand, makeUser } from '../testing';
import { campaigns, collaborations, creators, deliverables, samples } from '../db/schema';
import { listCampaignCreators } from './campaign-creators';

let t: Awaited<ReturnType<typeof createTestDatabase>>;
let brandId: string;
let otherBrandId: string;

beforeAll(async () => {
	t = await createTestDatabase();
	const owner = await makeUser(t.db);
	brandId = await makeBrand(t.db, owner.workspaceId);
	otherBrandId = await makeBrand(t.db, owner.workspaceId, { name: 'Other' });
	await t.db.insert(creators).values([
		{ id: 'ana', workspaceId: owner.workspaceId, name: 'Ana' },
		{ id: 'bo', workspaceId: owner.workspaceId, name: 'Bo' },
		{ id: 'chen', workspaceId: owner.workspaceId, name: 'Chen' }
	]);
	await t.db.insert(campaigns).values([
		campaignRow(brandId),
		campaignRow(brandId, {
			id: 'summer',
			name: 'Summer',
			startDate: '2026-06-01',
			endDate: '2026-06-30'
		})
	]);
	const base = { brandId, campaignId: 'spring' };
	await t.db.insert(collaborations).values([
		collaborationRow({
			...base,
			id: 'a',
			creatorId: 'bo',
			feeMinor: 20_000,
			stage: 'content_live'
		}),
		collaborationRow({ ...base, id: 'b', creatorId: 'ana', feeMinor: 10_000, stage: 'agreed' }),
		collaborationRow({ ...base, id: 'c', creatorId: 'chen', currency: 'CNY', feeMinor: 80_000 }),
		collaborationRow({ ...base, id: 'd', creatorId: 'chen', feeMinor: 99, campaignId: 'summer' }),
		collaborationRow({ id: 'e', brandId: otherBrandId, creatorId: 'ana' })
	]);
	await t.db.insert(samples).values({
		id: 's',
		collaborationId: 'b',
		product: 'Mat',
		landedCostMinor: 2_000,
		shippingCostMinor: 1_000
	});
	await t.db.insert(deliverables).values([
		{
			id: 'x',
			collaborationId: 'a',
			kind: 'short_video',
			platform: 'tiktok',
			views: 30_000,
			orders: 4
		},
		{ id: 'y', collaborationId: 'b', kind: 'story', platform: 'instagram', views: 3_000 },
		{ id: 'z', collaborationId: 'b', kind: 'story', platform: 'instagram' }
	]);
});
afterAll(() => t.cleanup());

describe('listCampaignCreators', () => {
	it('lists the campaign’s collaborations with their cost and rolls them up per currency', async () => {
		const result = await listCampaignCreators(t.db, brandId, 'spring');
		expect(result.collaborations).toEqual([
			{ id: 'b', stage: 'agreed', currency: 'USD', creatorName: 'Ana', costMinor: 13_000 },
			{ id: 'a', stage: 'content_live', currency: 'USD', creatorName: 'Bo', costMinor: 20_000 },
			{ id: 'c', stage: 'prospect', currency: 'CNY', creatorName: 'Chen', costMinor: 80_000 }
		]);
		const usd = result.currencies.find((c) => c.currency === 'USD')!;
		// 33,000 minor spent over 33,000 views: 1,000 minor per thousand; 4 orders.
		expect(usd).toMatchObject({ collaborations: 2, reported: 2, deliverables: 3 });
		expect(usd.metrics).toMatchObject({
			cost: 33_000,
			cpmMinor: 1_000,
			cpoMinor: 8_250,
			roas: null
		});
		expect(result.currencies.map((c) => c.currency)).toEqual(['CNY', 'USD']);
	});

	it('knows nothing of another brand’s campaign', async () => {
		expect(await listCampaignCreators(t.db, otherBrandId, 'spring')).toEqual({
			collaborations: [],
			currencies: []
		});
	});
});
