import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPillar, getPillar, listPillars, updatePillar } from '../../queries/pillars';
import { createTestDatabase, makeBrand, makeUserWithBrand, pillarInput } from '../../testing';
import { addPillar, deletePillar, savePillar } from './pillars';

const test = await createTestDatabase();
const db = test.db;
afterAll(() => test.cleanup());

let scope: { brandId: string };
let otherBrandId: string;

beforeAll(async () => {
	const ours = await makeUserWithBrand(db);
	scope = { brandId: ours.brandId };
	otherBrandId = await makeBrand(db, ours.workspaceId, { name: 'Other brand' });
});

const fields = { name: 'Care tips', description: 'one\r\ntwo', colour: '#1d4ed8', targetShare: 40 };

describe('addPillar', () => {
	it('adds after the last pillar with LF line breaks', async () => {
		const first = await addPillar(db, scope, fields);
		const second = await addPillar(db, scope, { ...fields, name: 'Behind the scenes' });
		const stored = await listPillars(db, scope.brandId);
		expect(stored.map((p) => p.id)).toEqual([first.id, second.id]);
		expect(stored[0]).toMatchObject({ description: 'one\ntwo', targetShare: 40, version: 1 });
	});
});

describe('savePillar', () => {
	it('saves at the current version and answers the next one', async () => {
		const id = await createPillar(db, scope.brandId, pillarInput({ name: 'Old' }));
		const saved = await savePillar(db, scope, { id, version: 1, fields });
		expect(saved).toEqual({ ok: true, version: 2 });
		expect(await getPillar(db, scope.brandId, id)).toMatchObject({
			name: 'Care tips',
			description: 'one\ntwo'
		});
	});

	it('refuses a stale save as a conflict with the stored pillar, and keeps theirs', async () => {
		const id = await createPillar(db, scope.brandId, pillarInput({ name: 'Old' }));
		await updatePillar(db, scope.brandId, id, 1, { name: 'Theirs' });
		const saved = await savePillar(db, scope, { id, version: 1, fields });
		expect(saved).toEqual({
			ok: false,
			reason: 'conflict',
			theirs: {
				id,
				name: 'Theirs',
				description: '',
				colour: '#0f766e',
				targetShare: 25,
				version: 2
			}
		});
		expect((await getPillar(db, scope.brandId, id))?.name).toBe('Theirs');
	});

	it("answers not-found for another brand's pillar and leaves it as it was", async () => {
		const id = await createPillar(db, otherBrandId, pillarInput({ name: 'Not ours' }));
		expect(await savePillar(db, scope, { id, version: 1, fields })).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect((await getPillar(db, otherBrandId, id))?.name).toBe('Not ours');
	});
});

describe('deletePillar', () => {
	it('deletes a pillar of the brand', async () => {
		const id = await createPillar(db, scope.brandId, pillarInput({ name: 'Gone' }));
		expect(await deletePillar(db, scope, id)).toEqual({ ok: true });
		expect(await getPillar(db, scope.brandId, id)).toBeNull();
	});

	it("answers not-found for another brand's pillar and keeps it", async () => {
		const id = await createPillar(db, otherBrandId, pillarInput({ name: 'Not ours' }));
		expect(await deletePillar(db, scope, id)).toEqual({ ok: false, reason: 'not-found' });
		expect(await getPillar(db, otherBrandId, id)).not.toBeNull();
	});
});
