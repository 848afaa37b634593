import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, makeChannel, makeUserWithBrand } from '../testing';
import {
	addMetric,
	countMetricValues,
	deleteMetric,
	getMetric,
	listMetrics,
	renameMetric
} from './metrics';
import { saveEntry } from './metric-values';

type TestDb = Awaited<ReturnType<typeof createTestDatabase>>;
let t: TestDb;
beforeEach(async () => {
	t = await createTestDatabase();
});
afterEach(() => t.cleanup());

async function brandWithChannels() {
	const brand = { id: (await makeUserWithBrand(t.db)).brandId };
	const channel = async (kind: 'email' | 'tiktok') => ({
		id: await makeChannel(t.db, brand.id, kind)
	});
	return { brand, email: await channel('email'), tiktok: await channel('tiktok') };
}

describe('metrics', () => {
	it('lists a brand’s metrics with their channel’s ownership, in channel order', async () => {
		const { brand, email, tiktok } = await brandWithChannels();
		const followers = await addMetric(t.db, brand.id, { channelId: tiktok.id, kind: 'followers' });
		const list = await addMetric(t.db, brand.id, {
			channelId: email.id,
			kind: 'email_subscribers',
			label: 'Main list'
		});
		expect(followers.ok && list.ok).toBe(true);
		const rows = await listMetrics(t.db, brand.id);
		expect(rows.map((r) => [r.kind, r.ownership, r.label])).toEqual([
			['email_subscribers', 'owned', 'Main list'],
			['followers', 'rented', '']
		]);
	});

	it('refuses a second metric of one kind on a channel, and a channel of another brand', async () => {
		const { brand, tiktok } = await brandWithChannels();
		const other = await brandWithChannels();
		await addMetric(t.db, brand.id, { channelId: tiktok.id, kind: 'followers' });
		expect(await addMetric(t.db, brand.id, { channelId: tiktok.id, kind: 'followers' })).toEqual({
			ok: false,
			reason: 'duplicate'
		});
		expect(
			await addMetric(t.db, brand.id, { channelId: other.tiktok.id, kind: 'followers' })
		).toEqual({ ok: false, reason: 'channel' });
	});

	it('reads a metric of another brand as missing', async () => {
		const { brand, tiktok } = await brandWithChannels();
		const other = await brandWithChannels();
		const added = await addMetric(t.db, brand.id, { channelId: tiktok.id, kind: 'followers' });
		if (!added.ok) throw new Error('not added');
		expect(await getMetric(t.db, brand.id, added.id)).toMatchObject({ kind: 'followers' });
		expect(await getMetric(t.db, other.brand.id, added.id)).toBeNull();
	});
});

describe('metric setup', () => {
	it('renames only at the version read, and deletes with the values counted beforehand', async () => {
		const { brand, tiktok } = await brandWithChannels();
		const added = await addMetric(t.db, brand.id, { channelId: tiktok.id, kind: 'followers' });
		if (!added.ok) throw new Error('not added');
		expect(await renameMetric(t.db, brand.id, added.id, 1, 'Main account')).toEqual({
			ok: true,
			version: 2
		});
		expect(await renameMetric(t.db, brand.id, added.id, 1, 'Stale')).toEqual({
			ok: false,
			reason: 'conflict'
		});
		const other = await brandWithChannels();
		expect(await renameMetric(t.db, other.brand.id, added.id, 2, 'X')).toEqual({
			ok: false,
			reason: 'missing'
		});
		await saveEntry(t.db, brand.id, [
			{
				metricId: added.id,
				day: '2026-11-01',
				shown: null,
				seen: null,
				change: { kind: 'value', value: 3 }
			}
		]);
		expect(await countMetricValues(t.db, brand.id)).toEqual({ [added.id]: 1 });
		expect(await deleteMetric(t.db, other.brand.id, added.id)).toBe(false);
		expect(await deleteMetric(t.db, brand.id, added.id)).toBe(true);
		expect(await listMetrics(t.db, brand.id)).toEqual([]);
		expect(await countMetricValues(t.db, brand.id)).toEqual({});
	});
});
