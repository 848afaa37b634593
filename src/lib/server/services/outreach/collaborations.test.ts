import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaigns } from '../../db/schema';
import { getCollaboration, type TermsInput } from '../../queries/collaborations';
import { createCreator } from '../../queries/creators';
import { createSample } from '../../queries/samples';
import {
	campaignInput,
	createTestDatabase,
	creatorInput,
	makeUser,
	makeUserWithBrand,
	sampleInput
} from '../../testing';
import { saveAssignment, saveFollowUp, saveTerms, startCollaboration } from './collaborations';

const test = await createTestDatabase();
const db = test.db;
afterAll(() => test.cleanup());

let scope: { workspaceId: string; brandId: string; userId: string; marketTimeZone: string };
let creatorId: string;
let campaignId: string;
let strangerId: string;
let otherCampaignId: string;

beforeAll(async () => {
	const { userId, workspaceId, brandId } = await makeUserWithBrand(db);
	scope = { workspaceId, brandId, userId, marketTimeZone: 'UTC' };
	const creator = await createCreator(db, workspaceId, creatorInput(), [], null);
	if (!creator.ok) throw new Error('creator not created');
	creatorId = creator.id;
	campaignId = 'camp-own';
	await db.insert(campaigns).values({ ...campaignInput(), id: campaignId, brandId });
	const other = await makeUserWithBrand(db);
	strangerId = (await makeUser(db)).userId;
	otherCampaignId = 'camp-other';
	await db
		.insert(campaigns)
		.values({ ...campaignInput(), id: otherCampaignId, brandId: other.brandId });
});

const start = (
	extra: { campaignId?: string | null; ownerId?: string | null; creator?: string } = {}
) =>
	startCollaboration(db, scope, {
		creatorId: extra.creator ?? creatorId,
		currency: 'USD',
		campaignId: extra.campaignId ?? null,
		ownerId: extra.ownerId ?? null
	});

async function started() {
	const result = await start({ campaignId, ownerId: scope.userId });
	if (!result.ok) throw new Error(result.reason);
	return result.id;
}

const terms = (currency = 'USD'): TermsInput => ({
	brief: 'Film the mat',
	feeMinor: 20_000,
	currency,
	productGiven: 'One mat',
	usageRights: '',
	disclosureRequired: true,
	promoCode: '',
	linkUrl: '',
	paymentStatus: 'unpaid',
	paymentMinor: null,
	paidOn: null
});

describe('startCollaboration', () => {
	it('starts a prospect with the chosen campaign and owner', async () => {
		const id = await started();
		expect(await getCollaboration(db, scope.brandId, id)).toMatchObject({
			stage: 'prospect',
			campaignId,
			ownerId: scope.userId,
			createdBy: scope.userId
		});
	});

	it('refuses another brand’s campaign and a stranger as owner, naming both fields', async () => {
		expect(await start({ campaignId: otherCampaignId, ownerId: strangerId })).toEqual({
			ok: false,
			reason: 'unknown-reference',
			fields: ['campaignId', 'ownerId']
		});
	});

	it('refuses a creator outside the workspace', async () => {
		expect(await start({ creator: 'missing' })).toEqual({ ok: false, reason: 'creator-not-found' });
	});
});

describe('saveFollowUp', () => {
	it('saves at the current version and answers the next one', async () => {
		const id = await started();
		const saved = await saveFollowUp(db, scope, {
			...{ id, version: 1, nextStep: 'Call', followUpOn: '2026-04-01' }
		});
		expect(saved).toEqual({ ok: true, version: 2 });
	});

	it('answers conflict with the stored collaboration, and not-found for another brand’s', async () => {
		const id = await started();
		const input = { id, version: 7, nextStep: 'Call', followUpOn: null };
		const stale = await saveFollowUp(db, scope, input);
		expect(stale).toMatchObject({ ok: false, reason: 'conflict', theirs: { id, version: 1 } });
		const elsewhere = { ...scope, brandId: 'other' };
		expect(await saveFollowUp(db, elsewhere, input)).toEqual({ ok: false, reason: 'not-found' });
	});
});

describe('saveTerms', () => {
	it('saves terms, and refuses a stale version with theirs', async () => {
		const id = await started();
		expect(await saveTerms(db, scope, { id, version: 1, terms: terms() })).toEqual({
			ok: true,
			version: 2
		});
		const stale = await saveTerms(db, scope, { id, version: 1, terms: terms() });
		expect(stale).toMatchObject({ ok: false, reason: 'conflict', theirs: { version: 2 } });
	});

	it('locks the currency once a sample cost is stored in it', async () => {
		const id = await started();
		await createSample(db, scope.brandId, id, sampleInput());
		expect(await saveTerms(db, scope, { id, version: 1, terms: terms('EUR') })).toEqual({
			ok: false,
			reason: 'currency-locked'
		});
	});

	it('answers not-found for a missing collaboration', async () => {
		const result = await saveTerms(db, scope, { id: 'missing', version: 1, terms: terms() });
		expect(result).toEqual({ ok: false, reason: 'not-found' });
	});
});

describe('saveAssignment', () => {
	it('assigns, and clears with nulls', async () => {
		const id = await started();
		const input = { id, version: 1, campaignId: null, ownerId: null };
		expect(await saveAssignment(db, scope, input)).toEqual({ ok: true, version: 2 });
		expect(await getCollaboration(db, scope.brandId, id)).toMatchObject({
			campaignId: null,
			ownerId: null
		});
	});

	it('refuses an unknown owner before anything is stored', async () => {
		const id = await started();
		const input = { id, version: 1, campaignId, ownerId: strangerId };
		expect(await saveAssignment(db, scope, input)).toEqual({
			ok: false,
			reason: 'unknown-reference',
			fields: ['ownerId']
		});
		expect((await getCollaboration(db, scope.brandId, id))?.version).toBe(1);
	});

	it('answers conflict with theirs, and not-found for a missing one', async () => {
		const id = await started();
		const stale = { id, version: 3, campaignId, ownerId: null };
		expect(await saveAssignment(db, scope, stale)).toMatchObject({
			ok: false,
			reason: 'conflict',
			theirs: { id, version: 1 }
		});
		const missing = { ...stale, id: 'missing' };
		expect(await saveAssignment(db, scope, missing)).toEqual({ ok: false, reason: 'not-found' });
	});
});
