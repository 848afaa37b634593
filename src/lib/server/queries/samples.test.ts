import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collaborationRow, createTestDatabase, makeBrand, makeUser, sampleInput } from '../testing';
import { collaborations, creators } from '../db/schema';
import { createSample, deleteSample, getSample, listSamples, updateSample } from './samples';

let t: Awaited<ReturnType<typeof createTestDatabase>>;
let brandId: string;
let otherBrandId: string;

const sample = sampleInput;

beforeAll(async () => {
	t = await createTestDatabase();
	const owner = await makeUser(t.db);
	brandId = await makeBrand(t.db, owner.workspaceId);
	otherBrandId = await makeBrand(t.db, owner.workspaceId, { name: 'Other' });
	await t.db.insert(creators).values({ id: 'ana', workspaceId: owner.workspaceId, name: 'Ana' });
	await t.db
		.insert(collaborations)
		.values([
			collaborationRow({ id: 'collab', brandId, creatorId: 'ana' }),
			collaborationRow({ id: 'second', brandId, creatorId: 'ana' })
		]);
});
afterAll(() => t.cleanup());

describe('samples', () => {
	it('lists shipped samples by date with the unshipped last, only through brand and collaboration', async () => {
		const later = await createSample(t.db, brandId, 'collab', sample({ shippedOn: '2026-03-05' }));
		const unshipped = await createSample(
			t.db,
			brandId,
			'collab',
			sample({ shippedOn: null, trackingNumber: '', carrier: '' })
		);
		const earlier = await createSample(t.db, brandId, 'collab', sample());
		expect((await listSamples(t.db, brandId, 'collab')).map((s) => s.id)).toEqual([
			earlier,
			later,
			unshipped
		]);
		expect(await getSample(t.db, brandId, 'collab', earlier!)).toMatchObject({
			product: 'Bloom mat, sage',
			landedCostMinor: 1_850,
			version: 1
		});
		expect(await getSample(t.db, brandId, 'second', earlier!)).toBeNull();
		expect(await getSample(t.db, otherBrandId, 'collab', earlier!)).toBeNull();
		expect(await listSamples(t.db, otherBrandId, 'collab')).toEqual([]);
		expect(await createSample(t.db, otherBrandId, 'collab', sample())).toBeNull();
	});

	it('saves at the loaded version, refuses a stale save, and deletes only its own', async () => {
		const id = (await createSample(t.db, brandId, 'second', sample()))!;
		const delivered = sample({ deliveredOn: '2026-03-09' });
		expect(await updateSample(t.db, brandId, 'second', id, 1, delivered)).toEqual({
			ok: true,
			version: 2
		});
		expect(await updateSample(t.db, brandId, 'second', id, 1, sample({ quantity: 5 }))).toEqual({
			ok: false,
			reason: 'conflict'
		});
		expect(await getSample(t.db, brandId, 'second', id)).toMatchObject({
			deliveredOn: '2026-03-09',
			quantity: 1,
			version: 2
		});
		expect(await updateSample(t.db, otherBrandId, 'second', id, 2, sample())).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await deleteSample(t.db, brandId, 'collab', id)).toBe(false);
		expect(await deleteSample(t.db, otherBrandId, 'second', id)).toBe(false);
		expect(await deleteSample(t.db, brandId, 'second', id)).toBe(true);
		expect(await getSample(t.db, brandId, 'second', id)).toBeNull();
	});
});
