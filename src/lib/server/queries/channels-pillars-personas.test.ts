import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, makeUserWithBrand, personaInput, pillarInput } from '../testing';
import * as channels from './channels';
import * as personas from './personas';
import * as pillars from './pillars';
import type { ChannelInput } from './channels';

let t: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(() => t.cleanup());

const makeBrand = async (name = 'Calm Paws') =>
	(await makeUserWithBrand(t.db, { name, niche: 'slow feeders for anxious dogs' })).brandId;

const channel = (kind: ChannelInput['kind'], label = ''): ChannelInput => ({
	kind,
	label,
	handle: '@calmpaws',
	ownership: kind === 'email' ? 'owned' : 'rented',
	weeklyCadence: 3,
	timeZone: 'America/New_York'
});

// Personas, pillars and channels keep one contract: rows owned by a brand, in the order they were
// added, edited with a version. One table-driven suite proves it for each module (method syntax
// lets each module take the input of its own table).
type Part = { id: string; brandId: string; position: number; version: number };
type Db = typeof t.db;
type Rows = {
	list(db: Db, brandId: string): Promise<Part[]>;
	get(db: Db, brandId: string, id: string): Promise<Part | null>;
	create(db: Db, brandId: string, input: object): Promise<string>;
	update(
		db: Db,
		brandId: string,
		id: string,
		version: number,
		input: object
	): ReturnType<typeof personas.updatePersona>;
	remove(db: Db, brandId: string, id: string): Promise<boolean>;
};
const cases: { table: string; rows: Rows; make: (name: string) => object; change: object }[] = [
	{
		table: 'personas',
		rows: {
			list: personas.listPersonas,
			get: personas.getPersona,
			create: personas.createPersona,
			update: personas.updatePersona,
			remove: personas.deletePersona
		},
		make: (name) => personaInput({ name }),
		change: { name: 'Renamed' }
	},
	{
		table: 'pillars',
		rows: {
			list: pillars.listPillars,
			get: pillars.getPillar,
			create: pillars.createPillar,
			update: pillars.updatePillar,
			remove: pillars.deletePillar
		},
		make: (name) => pillarInput({ name, targetShare: 25 }),
		change: { name: 'Renamed' }
	},
	{
		table: 'channels',
		rows: {
			list: channels.listChannels,
			get: channels.getChannel,
			create: channels.createChannel,
			update: channels.updateChannel,
			remove: channels.deleteChannel
		},
		make: (name) => channel('xiaohongshu', name),
		change: { label: 'Renamed' }
	}
];

describe.each(cases)('brand rows: $table', ({ rows, make, change }) => {
	it('creates parts in order and lists only the brand’s own', async () => {
		const brandId = await makeBrand();
		const otherBrand = await makeBrand('Other');
		const first = await rows.create(t.db, brandId, make('First'));
		const second = await rows.create(t.db, brandId, make('Second'));
		await rows.create(t.db, otherBrand, make('Elsewhere'));

		const listed = await rows.list(t.db, brandId);
		expect(listed.map((row) => row.id)).toEqual([first, second]);
		expect(listed.map((row) => row.position)).toEqual([0, 1]);
		expect(listed.every((row) => row.brandId === brandId && row.version === 1)).toBe(true);
		expect(await rows.list(t.db, otherBrand)).toHaveLength(1);
		expect(await rows.list(t.db, await makeBrand('Empty'))).toEqual([]);
	});

	it('gets a part by id only through its own brand', async () => {
		const brandId = await makeBrand();
		const otherBrand = await makeBrand('Other');
		const id = await rows.create(t.db, brandId, make('Mine'));

		expect(await rows.get(t.db, brandId, id)).toMatchObject({ id, brandId, version: 1 });
		expect(await rows.get(t.db, otherBrand, id)).toBeNull();
		expect(await rows.get(t.db, brandId, 'doesnotexist')).toBeNull();
	});

	it('updates with the current version and refuses a stale one as a conflict', async () => {
		const brandId = await makeBrand();
		const id = await rows.create(t.db, brandId, make('Original'));

		expect(await rows.update(t.db, brandId, id, 1, change)).toEqual({ ok: true, version: 2 });
		expect(await rows.get(t.db, brandId, id)).toMatchObject({ ...change, version: 2 });

		// A second tab still holding version 1 must not overwrite the newer save.
		const stale = await rows.update(t.db, brandId, id, 1, make('Stale'));
		expect(stale).toEqual({ ok: false, reason: 'conflict' });
		expect(await rows.get(t.db, brandId, id)).toMatchObject({ ...change, version: 2 });
	});

	it('neither updates nor deletes a part of another brand', async () => {
		const brandId = await makeBrand();
		const otherBrand = await makeBrand('Other');
		const id = await rows.create(t.db, brandId, make('Mine'));

		expect(await rows.update(t.db, otherBrand, id, 1, change)).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await rows.remove(t.db, otherBrand, id)).toBe(false);
		expect(await rows.get(t.db, brandId, id)).toMatchObject({ version: 1 });
	});

	it('deletes a part once; a missing one is not found', async () => {
		const brandId = await makeBrand();
		const keep = await rows.create(t.db, brandId, make('Keep'));
		const drop = await rows.create(t.db, brandId, make('Drop'));

		expect(await rows.remove(t.db, brandId, drop)).toBe(true);
		expect(await rows.remove(t.db, brandId, drop)).toBe(false);
		expect((await rows.list(t.db, brandId)).map((row) => row.id)).toEqual([keep]);
		expect(await rows.update(t.db, brandId, drop, 1, change)).toEqual({
			ok: false,
			reason: 'not-found'
		});
	});
});
