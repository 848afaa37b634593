import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { collaborations, contentItems, deliverables, samples } from '../db/schema';
import { getCampaign } from '../queries/campaigns';
import { listProfiles } from '../queries/creators';
import {
	createTestDatabase,
	makeCampaign,
	makeCollaboration,
	makeCreator,
	makeDeliverable,
	makeItem,
	makeSample,
	makeSeries,
	makeUserWithBrand,
	profileInput,
	STAGE_CHANGED_AT
} from '.';

// The row factories the browser tests arrange their pages with: what they default, what a test
// overrides, and that a refused creator fails the arrangement instead of passing silently.
const t = await createTestDatabase();
const db = t.db;
afterAll(() => t.cleanup());

let workspaceId: string;
let brandId: string;

beforeAll(async () => {
	({ workspaceId, brandId } = await makeUserWithBrand(db));
});

const itemRow = async (id: string) =>
	(await db.select().from(contentItems).where(eq(contentItems.id, id)))[0];

describe('makeItem', () => {
	it('writes an unscheduled draft on no channel, made by nobody, by default', async () => {
		const item = await itemRow(await makeItem(db, brandId));
		expect(item).toMatchObject({
			brandId,
			title: 'Post',
			status: 'draft',
			channelId: null,
			scheduledDate: null,
			scheduledAt: null,
			createdBy: null,
			version: 1
		});
	});

	it('takes what the test names, a series included', async () => {
		const seriesId = await makeSeries(db, brandId, { count: 3 });
		const id = await makeItem(db, brandId, {
			title: 'Launch',
			status: 'idea',
			scheduledDate: '2026-03-04',
			scheduledTime: '09:00',
			timeZone: 'America/New_York',
			scheduledAt: Date.UTC(2026, 2, 4, 14),
			seriesId
		});
		expect(await itemRow(id)).toMatchObject({
			title: 'Launch',
			status: 'idea',
			scheduledDate: '2026-03-04',
			scheduledAt: Date.UTC(2026, 2, 4, 14),
			seriesId
		});
	});
});

describe('makeCampaign', () => {
	it('is campaignRow’s Spring under a new id each time', async () => {
		const first = await makeCampaign(db, brandId);
		const second = await makeCampaign(db, brandId, { name: 'Summer', startDate: '2026-06-01' });
		expect(first).not.toBe(second);
		expect(await getCampaign(db, brandId, first)).toMatchObject({
			name: 'Spring',
			startDate: '2026-03-01',
			endDate: '2026-03-31'
		});
		expect(await getCampaign(db, brandId, second)).toMatchObject({
			name: 'Summer',
			startDate: '2026-06-01'
		});
	});
});

describe('makeCreator', () => {
	it('adds the creator with its profiles', async () => {
		const id = await makeCreator(db, workspaceId, { name: 'Ana' }, [
			profileInput('tiktok', '@Ana.Moves')
		]);
		expect(await listProfiles(db, workspaceId, id)).toMatchObject([
			{ platform: 'tiktok', handle: '@Ana.Moves', handleKey: 'ana.moves' }
		]);
	});

	it('throws when a handle is already in the directory, so the arrangement fails loudly', async () => {
		await expect(
			makeCreator(db, workspaceId, { name: 'Copy' }, [profileInput('tiktok', 'ana.moves')])
		).rejects.toThrow(/could not add creator Copy: duplicate/);
	});
});

describe('makeCollaboration and its parts', () => {
	it('starts in US dollars at the first stage, last moved at STAGE_CHANGED_AT', async () => {
		const creatorId = await makeCreator(db, workspaceId, { name: 'Bo' });
		const id = await makeCollaboration(db, { brandId, creatorId });
		const [row] = await db.select().from(collaborations).where(eq(collaborations.id, id));
		expect(row).toMatchObject({
			brandId,
			creatorId,
			currency: 'USD',
			stage: 'prospect',
			stageChangedAt: STAGE_CHANGED_AT
		});

		const deliverableId = await makeDeliverable(db, id, { views: 100 });
		const [deliverable] = await db
			.select()
			.from(deliverables)
			.where(eq(deliverables.id, deliverableId));
		expect(deliverable).toMatchObject({
			collaborationId: id,
			kind: 'short_video',
			platform: 'tiktok',
			caption: '',
			views: 100
		});

		const sampleId = await makeSample(db, id);
		const [sample] = await db.select().from(samples).where(eq(samples.id, sampleId));
		expect(sample).toMatchObject({ collaborationId: id, product: 'Mat' });
	});
});
