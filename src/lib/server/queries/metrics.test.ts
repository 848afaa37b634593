import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, brandInput, makeUser } from '../db/testing';
import { createBrand } from './brands';
import { createPart } from './brand-parts';
import { addMetric, getMetric, listMetrics } from './metrics';

type TestDb = Awaited<ReturnType<typeof createTestDatabase>>;
let t: TestDb;
beforeEach(async () => {
	t = await createTestDatabase();
});
afterEach(() => t.cleanup());

async function brandWithChannels() {
	const { workspaceId } = await makeUser(t.db);
	const brand = { id: await createBrand(t.db, workspaceId, brandInput()) };
	const channel = async (kind: 'email' | 'tiktok') => ({
		id: await createPart(t.db, 'channels', brand.id, {
			kind,
			label: '',
			handle: '',
			ownership: kind === 'email' ? 'owned' : 'rented',
			weeklyCadence: 0,
			timeZone: 'America/New_York'
		})
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
