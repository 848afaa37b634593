import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collaborationRow, createTestDatabase, makeBrand, makeUser } from '../testing';
import { collaborations, contentItems, creators, deliverables } from '../db/schema';
import { getCollaboration } from './collaborations';
import { collaborationFindings, openFindingRules } from './compliance';

let handle: Awaited<ReturnType<typeof createTestDatabase>>;
let brandId: string;
let otherBrandId: string;
beforeAll(async () => {
	handle = await createTestDatabase();
	const { db } = handle;
	const owner = await makeUser(db);
	brandId = await makeBrand(db, owner.workspaceId);
	otherBrandId = await makeBrand(db, owner.workspaceId, { name: 'Other' });
	await db.insert(creators).values([
		{ id: 'en', workspaceId: owner.workspaceId, name: 'Ana', language: 'en' },
		{ id: 'dnc', workspaceId: owner.workspaceId, name: 'Bo', doNotContact: true }
	]);
	await db.insert(collaborations).values([
		collaborationRow({
			id: 'paid-post',
			brandId,
			creatorId: 'en',
			stage: 'content_live',
			feeMinor: 30_000,
			brief: 'Show the mat. Leave a 5-star review on Amazon for a refund.'
		}),
		collaborationRow({
			id: 'clean',
			brandId,
			creatorId: 'en',
			stage: 'content_live',
			productGiven: 'Mat'
		}),
		collaborationRow({ id: 'dnc-contacted', brandId, creatorId: 'dnc', stage: 'contacted' })
	]);
	await db.insert(contentItems).values({
		id: 'item-1',
		brandId,
		title: '#ad Morning stretch with the mat'
	});
	await db.insert(deliverables).values([
		// Chinese label for an English audience: not a disclosure that audience understands.
		{
			id: 'd-zh',
			collaborationId: 'paid-post',
			kind: 'short_video',
			platform: 'tiktok',
			caption: '广告 My morning stretch on the new mat',
			position: 0
		},
		{
			id: 'd-ok',
			collaborationId: 'paid-post',
			kind: 'short_video',
			platform: 'instagram',
			caption: '#ad My favourite mat',
			position: 1
		},
		// Gifted post disclosed in the title of the calendar item it became.
		{
			id: 'd-titled',
			collaborationId: 'clean',
			kind: 'carousel',
			platform: 'xiaohongshu',
			caption: 'Five stretches for the third trimester',
			contentItemId: 'item-1'
		}
	]);
});
afterAll(() => handle.cleanup());

const findingsOf = async (id: string, brand = brandId) =>
	collaborationFindings(handle.db, brand, (await getCollaboration(handle.db, brandId, id))!);

describe('collaborationFindings', () => {
	it('checks the brief and every caption in the audience language, with where and evidence', async () => {
		expect(await findingsOf('paid-post')).toEqual([
			{
				rule: 'review-incentive',
				severity: 'error',
				where: { kind: 'brief' },
				evidence: expect.stringContaining('5-star review')
			},
			{
				rule: 'missing-disclosure',
				severity: 'error',
				where: { kind: 'deliverable', id: 'd-zh' },
				evidence: '广告'
			}
		]);
	});

	it("counts the linked calendar item's title, and finds nothing to fix on a clean one", async () => {
		expect(await findingsOf('clean')).toEqual([]);
	});

	it('flags a do-not-contact creator being contacted', async () => {
		expect(await findingsOf('dnc-contacted')).toMatchObject([
			{ rule: 'do-not-contact', where: { kind: 'creator' } }
		]);
	});

	it('reads nothing through another brand', async () => {
		expect(await findingsOf('paid-post', otherBrandId)).toEqual([]);
	});

	it('lists each blocking rule once', async () => {
		const collaboration = (await getCollaboration(handle.db, brandId, 'paid-post'))!;
		expect(await openFindingRules(handle.db, brandId, collaboration)).toEqual([
			'review-incentive',
			'missing-disclosure'
		]);
		const clean = (await getCollaboration(handle.db, brandId, 'clean'))!;
		expect(await openFindingRules(handle.db, brandId, clean)).toEqual([]);
	});
});
