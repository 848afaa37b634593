import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collaborations } from '../db/schema';
import {
	collaborationRow,
	createTestDatabase,
	creatorInput,
	makeBrand,
	makeUser
} from '../testing';
import { listCreatorsForExport } from './creator-import';
import {
	createCreator,
	isCreatorVisible,
	listCreatorCollaborations,
	listCreators,
	listDirectoryFacets
} from './creators';

// What a member limited to chosen brands as viewer or approver sees of the directory: only the
// creators their brands work with, and only those brands' collaborations.
let t: Awaited<ReturnType<typeof createTestDatabase>>;
let ws: string;
let bump: string;
let chew: string;
const ids = { both: '', bumpOnly: '', chewOnly: '', nobody: '' };

beforeAll(async () => {
	t = await createTestDatabase();
	const owner = await makeUser(t.db);
	ws = owner.workspaceId;
	bump = await makeBrand(t.db, ws, { name: 'Bump' });
	chew = await makeBrand(t.db, ws, { name: 'Chew' });
	for (const [key, country] of Object.entries({
		both: 'US',
		bumpOnly: 'CA',
		chewOnly: 'GB',
		nobody: 'DE'
	})) {
		const made = await createCreator(
			t.db,
			ws,
			creatorInput({ name: key, country, tags: [`tag-${key}`] }),
			[],
			null
		);
		if (!made.ok) throw new Error('creator not created');
		ids[key as keyof typeof ids] = made.id;
	}
	await t.db
		.insert(collaborations)
		.values([
			collaborationRow({ id: 'c1', brandId: bump, creatorId: ids.both }),
			collaborationRow({ id: 'c2', brandId: chew, creatorId: ids.both }),
			collaborationRow({ id: 'c3', brandId: bump, creatorId: ids.bumpOnly }),
			collaborationRow({ id: 'c4', brandId: chew, creatorId: ids.chewOnly })
		]);
});
afterAll(() => t.cleanup());

const page = { page: 1, sort: 'name' as const, dir: 'asc' as const };
const names = (rows: { name: string }[]) => rows.map((r) => r.name).sort();

describe('the directory for a member limited to chosen brands', () => {
	it('lists and counts only the creators their brands work with', async () => {
		const list = await listCreators(t.db, ws, { withBrands: [bump] }, page);
		expect(names(list.rows)).toEqual(['both', 'bumpOnly']);
		expect(list.total).toBe(2);
		const everyone = await listCreators(t.db, ws, {}, page);
		expect(everyone.total).toBe(4);
		expect((await listCreators(t.db, ws, { withBrands: [] }, page)).total).toBe(0);
	});

	it('offers only their creators’ tags and countries', async () => {
		const facets = await listDirectoryFacets(t.db, ws, { withBrands: [bump] });
		expect(facets.total).toBe(2);
		expect(facets.tags.sort()).toEqual(['tag-both', 'tag-bumpOnly']);
		expect(facets.countries.sort()).toEqual(['CA', 'US']);
	});

	it('exports only their creators', async () => {
		const rows = await listCreatorsForExport(t.db, ws, { withBrands: [chew] });
		expect(names(rows)).toEqual(['both', 'chewOnly']);
	});

	it('hides a creator their brands do not work with', async () => {
		const scope = { withBrands: [bump] };
		expect(await isCreatorVisible(t.db, ws, ids.bumpOnly, scope)).toBe(true);
		expect(await isCreatorVisible(t.db, ws, ids.chewOnly, scope)).toBe(false);
		expect(await isCreatorVisible(t.db, ws, ids.nobody, scope)).toBe(false);
		expect(await isCreatorVisible(t.db, ws, ids.nobody, {})).toBe(true);
	});

	it("never shows another brand's collaborations", async () => {
		const mine = await listCreatorCollaborations(t.db, ws, ids.both, [bump]);
		expect(mine.map((c) => c.id)).toEqual(['c1']);
		const all = await listCreatorCollaborations(t.db, ws, ids.both);
		expect(all.map((c) => c.id).sort()).toEqual(['c1', 'c2']);
	});
});
