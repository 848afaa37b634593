import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brandInput, createTestDatabase, makeUser } from '../testing';
import { createChannel } from './channels';
import { listPillars, createPillar } from './pillars';
import * as brands from './brands';

let t: Awaited<ReturnType<typeof createTestDatabase>>;
let ws: string;
let otherWs: string;

beforeAll(async () => {
	t = await createTestDatabase();
	ws = (await makeUser(t.db)).workspaceId;
	otherWs = (await makeUser(t.db)).workspaceId;
});
afterAll(() => t.cleanup());

describe('brands', () => {
	it('round-trips long text, emoji, CJK and right-to-left text exactly', async () => {
		const tricky = `大嚼家 🐶 — «مرحبا بالعالم» ${'x'.repeat(900)}\nsecond line  with  spaces`;
		const id = await brands.createBrand(
			t.db,
			ws,
			brandInput({ name: '大嚼家 BigChew 🐶', positioning: tricky, targetMarkets: ['GB', 'DE'] })
		);
		const brand = await brands.getBrand(t.db, ws, id);
		expect(brand?.name).toBe('大嚼家 BigChew 🐶');
		expect(brand?.positioning).toBe(tricky);
		expect(brand?.targetMarkets).toEqual(['GB', 'DE']);
	});

	it('is invisible from another workspace', async () => {
		const id = await brands.createBrand(t.db, ws, brandInput());
		expect(await brands.getBrand(t.db, otherWs, id)).toBeNull();
		expect(await brands.updateBrand(t.db, otherWs, id, 1, { name: 'x' })).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await brands.setBrandArchived(t.db, otherWs, id, true)).toBe(false);
		expect(await brands.deleteBrand(t.db, otherWs, id)).toBe(false);
		expect((await brands.getBrand(t.db, ws, id))?.archivedAt).toBeNull();
	});

	it('refuses a save based on an old version and keeps the newer values', async () => {
		const id = await brands.createBrand(t.db, ws, brandInput());
		expect(await brands.updateBrand(t.db, ws, id, 1, { niche: 'first' })).toEqual({
			ok: true,
			version: 2
		});
		expect(await brands.updateBrand(t.db, ws, id, 1, { niche: 'second' })).toEqual({
			ok: false,
			reason: 'conflict'
		});
		expect((await brands.getBrand(t.db, ws, id))?.niche).toBe('first');
	});

	it('archives and restores without losing anything', async () => {
		const id = await brands.createBrand(t.db, ws, brandInput({ name: 'Archivable' }));
		await createPillar(t.db, id, {
			name: 'P',
			description: '',
			colour: '#000000',
			targetShare: 50
		});
		expect(await brands.setBrandArchived(t.db, ws, id, true)).toBe(true);
		expect((await brands.listBrands(t.db, ws)).map((b) => b.id)).not.toContain(id);
		expect((await brands.listBrands(t.db, ws, { archived: true })).map((b) => b.id)).toContain(id);
		expect(await brands.setBrandArchived(t.db, ws, id, false)).toBe(true);
		expect((await brands.listBrands(t.db, ws)).map((b) => b.id)).toContain(id);
		expect(await listPillars(t.db, id)).toHaveLength(1);
	});

	it('deletes for good, with its parts', async () => {
		const id = await brands.createBrand(t.db, ws, brandInput({ name: 'Doomed' }));
		await createPillar(t.db, id, {
			name: 'P',
			description: '',
			colour: '#000000',
			targetShare: 50
		});
		expect(await brands.deleteBrand(t.db, ws, id)).toBe(true);
		expect(await brands.getBrand(t.db, ws, id)).toBeNull();
		expect(await listPillars(t.db, id)).toHaveLength(0);
	});

	it('counts personas and channels in the list', async () => {
		const id = await brands.createBrand(t.db, ws, brandInput({ name: 'Counted' }));
		await createChannel(t.db, id, {
			kind: 'email',
			label: '',
			handle: '',
			ownership: 'owned',
			weeklyCadence: 1,
			timeZone: 'UTC'
		});
		const row = (await brands.listBrands(t.db, ws)).find((b) => b.id === id);
		expect(row).toMatchObject({ personaCount: 0, channelCount: 1 });
	});
});
