import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collaborations } from '../../db/schema';
import { createCreator } from '../../queries/creators';
import { getDeliverable } from '../../queries/deliverables';
import {
	collaborationRow,
	createTestDatabase,
	creatorInput,
	deliverableInput,
	makeChannel,
	makeUserWithBrand
} from '../../testing';
import {
	addDeliverable,
	removeDeliverable,
	saveDeliverable,
	saveDeliverableResults,
	scheduleDeliverable,
	type DeliverableScope
} from './deliverables';

const test = await createTestDatabase();
const db = test.db;
afterAll(() => test.cleanup());

let scope: DeliverableScope & { userId: string };
let tiktok: string;
let sms: string;

beforeAll(async () => {
	const { userId, workspaceId, brandId } = await makeUserWithBrand(db);
	const creator = await createCreator(db, workspaceId, creatorInput(), [], null);
	if (!creator.ok) throw new Error('creator not created');
	await db
		.insert(collaborations)
		.values(collaborationRow({ id: 'collab', brandId, creatorId: creator.id }));
	scope = { brandId, collaborationId: 'collab', userId };
	tiktok = await makeChannel(db, brandId, 'tiktok');
	sms = await makeChannel(db, brandId, 'sms');
});

async function added(caption?: string) {
	const result = await addDeliverable(db, scope, deliverableInput(caption ? { caption } : {}));
	if (!result.ok) throw new Error(result.reason);
	return result.id;
}

const results = { views: 1000, engagements: 50, clicks: 10, orders: 2, revenueMinor: 5000 };
const none = { views: null, engagements: null, clicks: null, orders: null, revenueMinor: null };

describe('addDeliverable and removeDeliverable', () => {
	it('adds to the brand’s collaboration only, and removes once', async () => {
		const id = await added();
		const elsewhere = { ...scope, collaborationId: 'other' };
		expect(await addDeliverable(db, elsewhere, deliverableInput())).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await removeDeliverable(db, scope, { id })).toEqual({ ok: true });
		expect(await removeDeliverable(db, scope, { id })).toEqual({ ok: false, reason: 'not-found' });
	});
});

describe('saveDeliverable', () => {
	it('saves at the version, refuses a stale one with theirs, and a missing one', async () => {
		const id = await added();
		const terms = deliverableInput({ count: 2 });
		expect(await saveDeliverable(db, scope, { id, version: 1, terms })).toEqual({
			ok: true,
			version: 2
		});
		expect(await saveDeliverable(db, scope, { id, version: 1, terms })).toMatchObject({
			ok: false,
			reason: 'conflict',
			theirs: { id, version: 2, count: 2 }
		});
		const missing = { id: 'missing', version: 1, terms };
		expect(await saveDeliverable(db, scope, missing)).toEqual({ ok: false, reason: 'not-found' });
	});
});

describe('saveDeliverableResults', () => {
	const inDollars = () => ({ ...scope, currency: 'USD' });
	const draft = {
		views: '1,000',
		engagements: '50',
		clicks: '10',
		orders: '2',
		revenue: '50.00'
	};

	it('reads the draft in the currency and saves against the expected results', async () => {
		const id = await added();
		const saved = await saveDeliverableResults(db, inDollars(), { id, expected: none, draft });
		expect(saved).toEqual({ ok: true, results });
		expect(await getDeliverable(db, scope.brandId, 'collab', id)).toMatchObject(results);
		const cleared = { views: '', engagements: '', clicks: '', orders: '', revenue: '' };
		const emptied = await saveDeliverableResults(db, inDollars(), {
			id,
			expected: results,
			draft: cleared
		});
		expect(emptied).toEqual({ ok: true, results: none });
	});

	it('refuses stale or tampered expected results, and a missing deliverable', async () => {
		const id = await added();
		await saveDeliverableResults(db, inDollars(), { id, expected: none, draft });
		const stale = await saveDeliverableResults(db, inDollars(), { id, expected: none, draft });
		expect(stale).toMatchObject({ ok: false, reason: 'conflict', theirs: { views: 1000 } });
		const tampered = await saveDeliverableResults(db, inDollars(), { id, expected: null, draft });
		expect(tampered).toMatchObject({ ok: false, reason: 'conflict' });
		const missing = { id: 'missing', expected: none, draft };
		expect(await saveDeliverableResults(db, inDollars(), missing)).toEqual({
			ok: false,
			reason: 'not-found'
		});
	});

	it('refuses a revenue the currency cannot hold, before saving anything', async () => {
		const id = await added();
		const refused = (revenue: string, currency = 'USD') =>
			saveDeliverableResults(
				db,
				{ ...scope, currency },
				{
					id,
					expected: none,
					draft: { ...draft, revenue }
				}
			);
		expect(await refused('lots')).toEqual({ ok: false, reason: 'money-format', field: 'revenue' });
		expect(await refused('50.5', 'JPY')).toEqual({
			ok: false,
			reason: 'money-decimals',
			field: 'revenue'
		});
		expect(await refused('9'.repeat(16))).toEqual({
			ok: false,
			reason: 'money-too-large',
			field: 'revenue'
		});
		expect(await getDeliverable(db, scope.brandId, 'collab', id)).toMatchObject(none);
	});
});

describe('scheduleDeliverable', () => {
	const at = { date: '2026-03-10', time: '12:00', title: 'Ana · Short video' };

	it('puts it on the calendar once', async () => {
		const id = await added();
		const first = await scheduleDeliverable(db, scope, { id, channelId: tiktok, ...at });
		expect(first).toMatchObject({ ok: true, adjustment: null });
		expect((await getDeliverable(db, scope.brandId, 'collab', id))?.channelId).toBe(tiktok);
		expect(await scheduleDeliverable(db, scope, { id, channelId: tiktok, ...at })).toEqual({
			ok: false,
			reason: 'on-calendar'
		});
	});

	it('refuses another brand’s channel, a caption over the limit and a missing deliverable', async () => {
		const id = await added('x'.repeat(400));
		expect(await scheduleDeliverable(db, scope, { id, channelId: 'nope', ...at })).toEqual({
			ok: false,
			reason: 'channel-not-found'
		});
		expect(await scheduleDeliverable(db, scope, { id, channelId: sms, ...at })).toEqual({
			ok: false,
			reason: 'caption-too-long',
			limit: 160
		});
		const missing = { id: 'missing', channelId: tiktok, ...at };
		expect(await scheduleDeliverable(db, scope, missing)).toEqual({
			ok: false,
			reason: 'not-found'
		});
	});
});
