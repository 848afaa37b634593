import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, makeUserWithBrand, personaInput, pillarInput } from '../testing';
import {
	createPart,
	deletePart,
	getPart,
	listParts,
	updatePart,
	type ChannelInput,
	type PersonaInput
} from './brand-parts';

let t: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(() => t.cleanup());

const makeBrand = async (name = 'Calm Paws') =>
	(await makeUserWithBrand(t.db, { name, niche: 'slow feeders for anxious dogs' })).brandId;

const persona = (name: string, extra: Partial<PersonaInput> = {}) =>
	personaInput({ name, ...extra });

const pillar = (name: string, targetShare = 25) => pillarInput({ name, targetShare });

const channel = (kind: ChannelInput['kind'], label = ''): ChannelInput => ({
	kind,
	label,
	handle: '@calmpaws',
	ownership: kind === 'email' ? 'owned' : 'rented',
	weeklyCadence: 3,
	timeZone: 'America/New_York'
});

// One table-driven suite proves the generic functions on each of the three tables.
const cases = [
	{
		table: 'personas' as const,
		make: (name: string) => persona(name),
		change: { name: 'Renamed' }
	},
	{ table: 'pillars' as const, make: (name: string) => pillar(name), change: { name: 'Renamed' } },
	{
		table: 'channels' as const,
		make: (name: string) => channel('xiaohongshu', name),
		change: { label: 'Renamed' }
	}
];

describe.each(cases)('brand parts: $table', ({ table, make, change }) => {
	it('creates parts in order and lists only the brand’s own', async () => {
		const brandId = await makeBrand();
		const otherBrand = await makeBrand('Other');
		const first = await createPart(t.db, table, brandId, make('First'));
		const second = await createPart(t.db, table, brandId, make('Second'));
		await createPart(t.db, table, otherBrand, make('Elsewhere'));

		const rows = await listParts(t.db, table, brandId);
		expect(rows.map((row) => row.id)).toEqual([first, second]);
		expect(rows.map((row) => row.position)).toEqual([0, 1]);
		expect(rows.every((row) => row.brandId === brandId && row.version === 1)).toBe(true);
		expect(await listParts(t.db, table, otherBrand)).toHaveLength(1);
		expect(await listParts(t.db, table, await makeBrand('Empty'))).toEqual([]);
	});

	it('gets a part by id only through its own brand', async () => {
		const brandId = await makeBrand();
		const otherBrand = await makeBrand('Other');
		const id = await createPart(t.db, table, brandId, make('Mine'));

		expect(await getPart(t.db, table, brandId, id)).toMatchObject({ id, brandId, version: 1 });
		expect(await getPart(t.db, table, otherBrand, id)).toBeNull();
		expect(await getPart(t.db, table, brandId, 'doesnotexist')).toBeNull();
	});

	it('updates with the current version and refuses a stale one as a conflict', async () => {
		const brandId = await makeBrand();
		const id = await createPart(t.db, table, brandId, make('Original'));

		expect(await updatePart(t.db, table, brandId, id, 1, change)).toEqual({ ok: true, version: 2 });
		expect(await getPart(t.db, table, brandId, id)).toMatchObject({ ...change, version: 2 });

		// A second tab still holding version 1 must not overwrite the newer save.
		const stale = await updatePart(t.db, table, brandId, id, 1, make('Stale'));
		expect(stale).toEqual({ ok: false, reason: 'conflict' });
		expect(await getPart(t.db, table, brandId, id)).toMatchObject({ ...change, version: 2 });
	});

	it('neither updates nor deletes a part of another brand', async () => {
		const brandId = await makeBrand();
		const otherBrand = await makeBrand('Other');
		const id = await createPart(t.db, table, brandId, make('Mine'));

		expect(await updatePart(t.db, table, otherBrand, id, 1, change)).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await deletePart(t.db, table, otherBrand, id)).toBe(false);
		expect(await getPart(t.db, table, brandId, id)).toMatchObject({ version: 1 });
	});

	it('deletes a part once; a missing one is not found', async () => {
		const brandId = await makeBrand();
		const keep = await createPart(t.db, table, brandId, make('Keep'));
		const drop = await createPart(t.db, table, brandId, make('Drop'));

		expect(await deletePart(t.db, table, brandId, drop)).toBe(true);
		expect(await deletePart(t.db, table, brandId, drop)).toBe(false);
		expect((await listParts(t.db, table, brandId)).map((row) => row.id)).toEqual([keep]);
		expect(await updatePart(t.db, table, brandId, drop, 1, change)).toEqual({
			ok: false,
			reason: 'not-found'
		});
	});
});

describe('personas', () => {
	it('store long, emoji, CJK and right-to-left text and channel lists exactly', async () => {
		const brandId = await makeBrand();
		const pains = [
			'孕期腰酸，晚上  睡不好 😴',
			'لا أثق في الإعلانات',
			'',
			'  indented point with trailing spaces  ',
			'👩🏽‍🍼'.repeat(200)
		].join('\n');
		const input = persona('忙碌的新手妈妈 Emma 🤰', {
			pains,
			ageMin: 25,
			ageMax: 34,
			channelKinds: ['xiaohongshu', 'email']
		});
		const id = await createPart(t.db, 'personas', brandId, input);
		expect(await getPart(t.db, 'personas', brandId, id)).toMatchObject(input);
	});

	it('keeps an empty age range as nulls and can clear one again', async () => {
		const brandId = await makeBrand();
		const id = await createPart(t.db, 'personas', brandId, persona('Ages', { ageMin: 30 }));
		expect(await updatePart(t.db, 'personas', brandId, id, 1, { ageMin: null })).toEqual({
			ok: true,
			version: 2
		});
		expect(await getPart(t.db, 'personas', brandId, id)).toMatchObject({
			ageMin: null,
			ageMax: null
		});
	});

	it('continue positions after the highest one, even after a delete', async () => {
		const brandId = await makeBrand();
		const a = await createPart(t.db, 'personas', brandId, persona('A'));
		const b = await createPart(t.db, 'personas', brandId, persona('B'));
		await deletePart(t.db, 'personas', brandId, a);
		const c = await createPart(t.db, 'personas', brandId, persona('C'));
		const rows = await listParts(t.db, 'personas', brandId);
		expect(rows.map((row) => [row.id, row.position])).toEqual([
			[b, 1],
			[c, 2]
		]);
	});
});
