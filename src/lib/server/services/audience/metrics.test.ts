import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as metricQueries from '../../queries/metrics';
import {
	createTestDatabase,
	makeBrand,
	makeChannel,
	makeMetric,
	makeUserWithBrand
} from '../../testing';
import { addMetric, addSuggestedMetrics, deleteMetric, renameMetric } from './metrics';

const test = await createTestDatabase();
const db = test.db;
afterAll(() => test.cleanup());

let workspaceId: string;
let otherBrandId: string;
let otherChannelId: string;

beforeAll(async () => {
	const ours = await makeUserWithBrand(db);
	workspaceId = ours.workspaceId;
	otherBrandId = await makeBrand(db, workspaceId, { name: 'Other brand' });
	otherChannelId = await makeChannel(db, otherBrandId, 'tiktok');
});

/** A fresh brand of the workspace with an email and a TikTok channel. */
async function brandWithChannels() {
	const brandId = await makeBrand(db, workspaceId);
	return {
		scope: { workspaceId, brandId },
		email: await makeChannel(db, brandId, 'email'),
		tiktok: await makeChannel(db, brandId, 'tiktok')
	};
}

describe('addMetric', () => {
	it('adds a metric on a channel of the brand', async () => {
		const { scope, tiktok } = await brandWithChannels();
		const added = await addMetric(db, scope, { channelId: tiktok, kind: 'followers' });
		expect(added.ok).toBe(true);
		if (!added.ok) return;
		expect(await metricQueries.getMetric(db, scope.brandId, added.id)).toMatchObject({
			kind: 'followers',
			channelId: tiktok
		});
	});

	it("refuses another brand's channel as unknown and adds nothing", async () => {
		const { scope } = await brandWithChannels();
		const added = await addMetric(db, scope, { channelId: otherChannelId, kind: 'followers' });
		expect(added).toEqual({ ok: false, reason: 'unknown-reference', field: 'channelId' });
		expect(await metricQueries.listMetrics(db, scope.brandId)).toEqual([]);
		expect(await metricQueries.listMetrics(db, otherBrandId)).toEqual([]);
	});

	it('refuses a second metric of the same kind on one channel as a duplicate', async () => {
		const { scope, tiktok } = await brandWithChannels();
		await addMetric(db, scope, { channelId: tiktok, kind: 'followers' });
		const again = await addMetric(db, scope, { channelId: tiktok, kind: 'followers' });
		expect(again).toEqual({ ok: false, reason: 'duplicate', field: 'kind' });
		expect(await metricQueries.listMetrics(db, scope.brandId)).toHaveLength(1);
	});
});

describe('addSuggestedMetrics', () => {
	it('adds the suggested metrics of channels that have none, once', async () => {
		const { scope, tiktok } = await brandWithChannels();
		await makeMetric(db, scope.brandId, tiktok, 'followers');
		const unmeasured = await metricQueries.listUnmeasuredChannels(db, scope.brandId);
		expect(unmeasured.map((c) => c.kind)).toEqual(['email']);
		expect(await addSuggestedMetrics(db, scope)).toEqual({ ok: true, added: 3 });
		expect(await addSuggestedMetrics(db, scope)).toEqual({ ok: true, added: 0 });
		const kinds = (await metricQueries.listMetrics(db, scope.brandId)).map((m) => m.kind);
		expect(kinds.sort()).toEqual(['email_subscribers', 'followers', 'signups', 'unsubscribes']);
	});
});

describe('renameMetric', () => {
	it('renames at the version read and answers the next one', async () => {
		const { scope, tiktok } = await brandWithChannels();
		const metricId = await makeMetric(db, scope.brandId, tiktok, 'followers');
		const renamed = await renameMetric(db, scope, { metricId, version: 1, label: 'Main' });
		expect(renamed).toEqual({ ok: true, version: 2 });
		expect((await metricQueries.getMetric(db, scope.brandId, metricId))?.label).toBe('Main');
	});

	it('refuses a stale rename as a conflict with the name stored meanwhile, and keeps it', async () => {
		const { scope, tiktok } = await brandWithChannels();
		const metricId = await makeMetric(db, scope.brandId, tiktok, 'followers');
		await renameMetric(db, scope, { metricId, version: 1, label: 'Theirs' });
		const stale = await renameMetric(db, scope, { metricId, version: 1, label: 'Mine' });
		expect(stale).toEqual({
			ok: false,
			reason: 'conflict',
			current: { label: 'Theirs', version: 2 }
		});
		expect((await metricQueries.getMetric(db, scope.brandId, metricId))?.label).toBe('Theirs');
	});

	it("answers not-found for another brand's metric and leaves its name", async () => {
		const { scope } = await brandWithChannels();
		const metricId = await makeMetric(db, otherBrandId, otherChannelId, 'sessions');
		const renamed = await renameMetric(db, scope, { metricId, version: 1, label: 'Mine' });
		expect(renamed).toEqual({ ok: false, reason: 'not-found' });
		expect((await metricQueries.getMetric(db, otherBrandId, metricId))?.label).toBe('');
	});
});

describe('deleteMetric', () => {
	it('deletes a metric of the brand', async () => {
		const { scope, tiktok } = await brandWithChannels();
		const metricId = await makeMetric(db, scope.brandId, tiktok, 'followers');
		expect(await deleteMetric(db, scope, metricId)).toEqual({ ok: true });
		expect(await metricQueries.getMetric(db, scope.brandId, metricId)).toBeNull();
	});

	it("answers not-found for another brand's metric and keeps it", async () => {
		const { scope } = await brandWithChannels();
		const metricId = await makeMetric(db, otherBrandId, otherChannelId, 'visitors');
		expect(await deleteMetric(db, scope, metricId)).toEqual({ ok: false, reason: 'not-found' });
		expect(await metricQueries.getMetric(db, otherBrandId, metricId)).not.toBeNull();
	});
});
