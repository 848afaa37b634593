import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduleAt } from '../../domain/schedule';
import {
	campaignInput,
	createTestDatabase,
	itemInput,
	makeBrand,
	makeChannel,
	makeUser,
	personaInput
} from '../testing';
import { createPersona } from './personas';
import {
	countCampaignItems,
	createCampaign,
	deleteCampaign,
	getCampaign,
	listCampaignItems,
	listCampaigns,
	updateCampaign
} from './campaigns';
import { createItem, getItem, type ItemInput } from './items';

let t: Awaited<ReturnType<typeof createTestDatabase>>;
let userId: string;
let brandId: string;
let otherBrandId: string;
let channelId: string;
let personaId: string;

beforeAll(async () => {
	t = await createTestDatabase();
	const { workspaceId, userId: user } = await makeUser(t.db);
	userId = user;
	brandId = await makeBrand(t.db, workspaceId);
	otherBrandId = await makeBrand(t.db, workspaceId, { name: 'Other' });
	personaId = await createPersona(t.db, brandId, personaInput({ name: 'Expecting Emma' }));
	channelId = await makeChannel(t.db, brandId, 'instagram', { weeklyCadence: 3 });
});
afterAll(() => t.cleanup());

const campaign = campaignInput;
const item = (title: string, extra: Partial<ItemInput> = {}) =>
	itemInput({ channelId, title, ...extra });
const at = (date: string, time: string) => {
	const { adjustment: _, ...schedule } = scheduleAt(date, time, 'America/New_York');
	return schedule;
};

describe('campaigns', () => {
	it('creates, reads and lists a campaign only within its brand', async () => {
		const id = await createCampaign(t.db, brandId, campaign({ personaId }));
		expect(await getCampaign(t.db, brandId, id)).toMatchObject({
			name: 'Holiday gifting',
			personaId,
			budgetMinor: 150_000,
			version: 1
		});
		expect(await getCampaign(t.db, otherBrandId, id)).toBeNull();
		expect((await listCampaigns(t.db, brandId)).map((c) => c.id)).toContain(id);
		expect(await listCampaigns(t.db, otherBrandId)).toEqual([]);
	});

	it('refuses an update that names an old version, and one through another brand', async () => {
		const id = await createCampaign(t.db, brandId, campaign());
		const first = await updateCampaign(t.db, brandId, id, 1, campaign({ name: 'First' }));
		expect(first).toEqual({ ok: true, version: 2 });
		const stale = await updateCampaign(t.db, brandId, id, 1, campaign({ name: 'Stale' }));
		expect(stale).toEqual({ ok: false, reason: 'conflict' });
		const foreign = await updateCampaign(t.db, otherBrandId, id, 2, campaign({ name: 'X' }));
		expect(foreign).toEqual({ ok: false, reason: 'not-found' });
		expect((await getCampaign(t.db, brandId, id))?.name).toBe('First');
	});

	it('deletes a campaign and keeps its items, unlinked', async () => {
		const id = await createCampaign(t.db, brandId, campaign());
		const itemId = await createItem(t.db, brandId, item('Keep me', { campaignId: id }), userId);
		expect(await deleteCampaign(t.db, otherBrandId, id)).toBe(false);
		expect(await deleteCampaign(t.db, brandId, id)).toBe(true);
		expect(await getCampaign(t.db, brandId, id)).toBeNull();
		expect(await getItem(t.db, brandId, itemId)).toMatchObject({
			title: 'Keep me',
			campaignId: null
		});
		expect(await deleteCampaign(t.db, brandId, id)).toBe(false);
	});

	it('lists a campaign’s items in time order with ideas last, and counts them by status', async () => {
		const id = await createCampaign(t.db, brandId, campaign());
		await createItem(t.db, brandId, item('Idea', { campaignId: id, status: 'idea' }), userId);
		const late = item('Late', {
			campaignId: id,
			status: 'published',
			...at('2026-12-02', '18:00')
		});
		await createItem(t.db, brandId, late, userId);
		const early = item('Early', { campaignId: id, ...at('2026-11-21', '09:00') });
		await createItem(t.db, brandId, early, userId);
		await createItem(t.db, brandId, item('Not in it', at('2026-11-22', '09:00')), userId);
		const rows = await listCampaignItems(t.db, brandId, id);
		expect(rows.map((r) => r.title)).toEqual(['Early', 'Late', 'Idea']);
		expect(rows[0]).not.toHaveProperty('brief');
		expect(await listCampaignItems(t.db, otherBrandId, id)).toEqual([]);
		const counts = await countCampaignItems(t.db, brandId);
		expect(counts.get(id)).toEqual({ idea: 1, draft: 1, published: 1 });
		expect((await countCampaignItems(t.db, otherBrandId)).size).toBe(0);
	});
});
