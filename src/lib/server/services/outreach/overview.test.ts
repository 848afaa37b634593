import { afterAll, describe, expect, it } from 'vitest';
import {
	createTestDatabase,
	makeCampaign,
	makeCollaboration,
	makeCreator,
	makeDeliverable,
	makeSample,
	makeUserWithBrand
} from '../../testing';
import { getCollaboration } from '../../queries/collaborations';
import { loadOverview } from './overview';

const test = await createTestDatabase();
const db = test.db;
afterAll(() => test.cleanup());

const creator = {
	name: 'Mia Chen',
	profiles: [{ platform: 'tiktok' as const, handle: '@Mia.Moves' }]
};

async function arrange() {
	const { userId, workspaceId, brandId } = await makeUserWithBrand(db);
	const creatorId = await makeCreator(db, workspaceId, { name: creator.name });
	return { userId, brandId, creatorId };
}

async function collaborationOf(brandId: string, id: string) {
	const collaboration = await getCollaboration(db, brandId, id);
	if (!collaboration) throw new Error('collaboration not arranged');
	return collaboration;
}

describe('loadOverview', () => {
	it('tags the link for the creator’s main platform and the campaign, and sums costs and results', async () => {
		const { userId, brandId, creatorId } = await arrange();
		const campaignId = await makeCampaign(db, brandId, { utmCampaign: 'spring_sale' });
		const id = await makeCollaboration(db, {
			brandId,
			creatorId,
			campaignId,
			ownerId: userId,
			feeMinor: 30_000,
			linkUrl: 'https://shop.example/mat'
		});
		await makeSample(db, id, { product: 'Mat', landedCostMinor: 1_850, shippingCostMinor: 600 });
		await makeDeliverable(db, id, { views: 12_000, orders: 4, revenueMinor: 16_000 });
		await makeDeliverable(db, id);

		const overview = await loadOverview(
			db,
			{ brandId, marketTimeZone: 'America/New_York' },
			{ collaboration: await collaborationOf(brandId, id), creator }
		);

		const tracked = new URL(overview.tracked!);
		expect(tracked.origin + tracked.pathname).toBe('https://shop.example/mat');
		expect(Object.fromEntries(tracked.searchParams)).toEqual({
			utm_source: 'tiktok',
			utm_medium: 'influencer',
			utm_campaign: 'spring_sale',
			utm_content: 'mia-moves'
		});
		expect(overview.campaign).toEqual({ id: campaignId, name: 'Spring', utm: 'spring_sale' });
		expect(overview.ownerName).toMatch(/^User \d+$/);
		expect(overview.costs).toEqual({
			feeMinor: 30_000,
			sampleLandedMinor: 1_850,
			shippingMinor: 600
		});
		expect(overview.deliverableCount).toBe(2);
		expect(overview.reported).toBe(1);
		expect(overview.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	it('has no tracked link, campaign or owner when the collaboration names none', async () => {
		const { brandId, creatorId } = await arrange();
		const id = await makeCollaboration(db, { brandId, creatorId });

		const overview = await loadOverview(
			db,
			{ brandId, marketTimeZone: 'Asia/Tokyo' },
			{ collaboration: await collaborationOf(brandId, id), creator }
		);

		expect(overview.tracked).toBeNull();
		expect(overview.campaign).toBeNull();
		expect(overview.ownerName).toBeNull();
		expect(overview.deliverableCount).toBe(0);
		expect(overview.costs).toEqual({ feeMinor: 0, sampleLandedMinor: 0, shippingMinor: 0 });
	});

	it('uses the creator’s name for the link’s content when they have no profile', async () => {
		const { brandId, creatorId } = await arrange();
		const id = await makeCollaboration(db, {
			brandId,
			creatorId,
			linkUrl: 'https://shop.example/mat'
		});

		const overview = await loadOverview(
			db,
			{ brandId, marketTimeZone: 'UTC' },
			{ collaboration: await collaborationOf(brandId, id), creator: { ...creator, profiles: [] } }
		);

		const tags = new URL(overview.tracked!).searchParams;
		expect(tags.get('utm_content')).toBe('mia-chen');
		expect(tags.has('utm_campaign')).toBe(false);
	});
});
