import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_RESULTS, type Results } from '../../../domain/results';
import { createItem, getItem } from '../../queries/items';
import { createTestDatabase, itemInput, makeUserWithBrand } from '../../testing';
import { saveItemResults } from './results';

const test = await createTestDatabase();
const db = test.db;
afterAll(() => test.cleanup());

let scope: { brandId: string };
let userId: string;

beforeAll(async () => {
	const ours = await makeUserWithBrand(db);
	scope = { brandId: ours.brandId };
	userId = ours.userId;
});

const some: Results = { ...NO_RESULTS, views: 1200, likes: 80 };
const add = (status: 'published' | 'draft' = 'published') =>
	createItem(db, scope.brandId, itemInput({ status }), userId);

describe('saveItemResults', () => {
	it("stores a published item's results when the stored ones are as expected", async () => {
		const id = await add();
		expect(await saveItemResults(db, scope, { id, expected: NO_RESULTS, results: some })).toEqual({
			ok: true
		});
		expect(await getItem(db, scope.brandId, id)).toMatchObject({ views: 1200, likes: 80 });
	});

	it('answers conflict with the stored results when they changed meanwhile', async () => {
		const id = await add();
		await saveItemResults(db, scope, { id, expected: NO_RESULTS, results: some });
		const stale = { ...NO_RESULTS, views: 5 };
		expect(await saveItemResults(db, scope, { id, expected: NO_RESULTS, results: stale })).toEqual({
			ok: false,
			reason: 'conflict',
			theirs: some
		});
	});

	it('answers conflict for a tampered expectation (null) and stores nothing', async () => {
		const id = await add();
		expect(await saveItemResults(db, scope, { id, expected: null, results: some })).toEqual({
			ok: false,
			reason: 'conflict',
			theirs: NO_RESULTS
		});
		expect(await getItem(db, scope.brandId, id)).toMatchObject({ views: null });
	});

	it('answers not-published for an item that is not published', async () => {
		const id = await add('draft');
		expect(await saveItemResults(db, scope, { id, expected: NO_RESULTS, results: some })).toEqual({
			ok: false,
			reason: 'not-published',
			theirs: NO_RESULTS
		});
	});

	it('answers not-found for a missing item and for another brand’s', async () => {
		const id = await add();
		for (const [brandId, itemId] of [
			[scope.brandId, 'missing'],
			['other-brand', id]
		]) {
			const result = await saveItemResults(
				db,
				{ brandId },
				{ id: itemId, expected: null, results: some }
			);
			expect(result).toEqual({ ok: false, reason: 'not-found' });
		}
	});
});
