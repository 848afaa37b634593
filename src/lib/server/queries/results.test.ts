import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_RESULTS, resultsOf } from '../../domain/results';
import { createTestDatabase, itemInput, makeBrand, makeUser } from '../testing';
import { createItem, getItem, type ItemInput } from './items';
import { saveResults } from './results';

let t: Awaited<ReturnType<typeof createTestDatabase>>;
let userId: string;
let brandId: string;
let otherBrandId: string;

beforeAll(async () => {
	t = await createTestDatabase();
	const { workspaceId, userId: user } = await makeUser(t.db);
	userId = user;
	brandId = await makeBrand(t.db, workspaceId);
	otherBrandId = await makeBrand(t.db, workspaceId, { name: 'Other' });
});
afterAll(() => t.cleanup());

const item = (status: ItemInput['status']) => itemInput({ format: 'other', status });

describe('saveResults', () => {
	it('stores results of a published item without making its plan edit stale', async () => {
		const id = await createItem(t.db, brandId, item('published'), userId);
		const next = { ...NO_RESULTS, views: 1200, likes: 40 };
		expect(await saveResults(t.db, brandId, id, NO_RESULTS, next)).toEqual({ ok: true });
		const row = (await getItem(t.db, brandId, id))!;
		expect(resultsOf(row)).toEqual(next);
		expect(row.version).toBe(1);
	});

	it('refuses a save whose form was loaded before someone else’s', async () => {
		const id = await createItem(t.db, brandId, item('published'), userId);
		const theirs = { ...NO_RESULTS, views: 10 };
		expect(await saveResults(t.db, brandId, id, NO_RESULTS, theirs)).toEqual({ ok: true });
		const ours = { ...NO_RESULTS, views: 99 };
		expect(await saveResults(t.db, brandId, id, NO_RESULTS, ours)).toEqual({
			ok: false,
			reason: 'conflict'
		});
		expect((await getItem(t.db, brandId, id))?.views).toBe(10);
	});

	it('refuses items that are not published, and items of another brand', async () => {
		const draft = await createItem(t.db, brandId, item('draft'), userId);
		const next = { ...NO_RESULTS, views: 5 };
		expect(await saveResults(t.db, brandId, draft, NO_RESULTS, next)).toEqual({
			ok: false,
			reason: 'not-published'
		});
		const published = await createItem(t.db, brandId, item('published'), userId);
		expect(await saveResults(t.db, otherBrandId, published, NO_RESULTS, next)).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect((await getItem(t.db, brandId, published))?.views).toBeNull();
	});
});
