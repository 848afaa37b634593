import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getBrand, updateBrand } from '../../queries/brands';
import { createPillar, listPillars } from '../../queries/pillars';
import { brandInput, createTestDatabase, makeBrand, makeUser, pillarInput } from '../../testing';
import {
	brandInput as toInput,
	createBrand,
	deleteBrand,
	saveBrand,
	setArchived,
	type BrandDraft
} from './brands';

const test = await createTestDatabase();
const db = test.db;
afterAll(() => test.cleanup());

let workspaceId: string;
let otherWorkspaceId: string;

beforeAll(async () => {
	workspaceId = (await makeUser(db)).workspaceId;
	otherWorkspaceId = (await makeUser(db)).workspaceId;
});

const draft = (overrides: Partial<BrandDraft> = {}): BrandDraft => ({
	...brandInput(),
	trademarkFiledOn: '',
	trademarkRegisteredOn: '',
	...overrides
});

describe('brandInput', () => {
	it('stores an empty trademark day as null and a typed one as typed', () => {
		expect(toInput(draft({ trademarkFiledOn: '2026-03-01' }))).toMatchObject({
			trademarkFiledOn: '2026-03-01',
			trademarkRegisteredOn: null
		});
	});
});

describe('createBrand', () => {
	it('creates the brand in the workspace with its profile as typed', async () => {
		const created = await createBrand(db, { workspaceId }, draft({ name: '大嚼家 🐶' }));
		expect(created.ok).toBe(true);
		const stored = await getBrand(db, workspaceId, created.id);
		expect(stored).toMatchObject({ name: '大嚼家 🐶', trademarkFiledOn: null, version: 1 });
		expect(await getBrand(db, otherWorkspaceId, created.id)).toBeNull();
	});
});

describe('saveBrand', () => {
	it('saves at the current version and answers the next one', async () => {
		const brandId = await makeBrand(db, workspaceId);
		const scope = { workspaceId, brandId };
		const saved = await saveBrand(db, scope, {
			version: 1,
			draft: draft({ niche: 'dog chews', trademarkRegisteredOn: '2026-05-02' })
		});
		expect(saved).toEqual({ ok: true, version: 2 });
		expect(await getBrand(db, workspaceId, brandId)).toMatchObject({
			niche: 'dog chews',
			trademarkRegisteredOn: '2026-05-02'
		});
	});

	it('refuses a stale save as a conflict with the stored profile, and keeps theirs', async () => {
		const brandId = await makeBrand(db, workspaceId);
		await updateBrand(db, workspaceId, brandId, 1, { niche: 'theirs' });
		const saved = await saveBrand(db, { workspaceId, brandId }, { version: 1, draft: draft() });
		expect(saved).toMatchObject({
			ok: false,
			reason: 'conflict',
			theirs: { niche: 'theirs', trademarkFiledOn: '', version: 2 }
		});
		expect((await getBrand(db, workspaceId, brandId))?.niche).toBe('theirs');
	});

	it("answers not-found for another workspace's brand and leaves it as it was", async () => {
		const brandId = await makeBrand(db, otherWorkspaceId, { niche: 'not yours' });
		const saved = await saveBrand(db, { workspaceId, brandId }, { version: 1, draft: draft() });
		expect(saved).toEqual({ ok: false, reason: 'not-found' });
		expect((await getBrand(db, otherWorkspaceId, brandId))?.niche).toBe('not yours');
	});
});

describe('setArchived', () => {
	it('archives at the given time and restores, keeping everything under the brand', async () => {
		const brandId = await makeBrand(db, workspaceId);
		await createPillar(db, brandId, pillarInput({ name: 'Care' }));
		const at = Date.UTC(2026, 11, 1, 12);
		expect(await setArchived(db, { workspaceId, brandId }, true, at)).toEqual({ ok: true });
		expect((await getBrand(db, workspaceId, brandId))?.archivedAt).toEqual(new Date(at));
		expect(await setArchived(db, { workspaceId, brandId }, false)).toEqual({ ok: true });
		expect((await getBrand(db, workspaceId, brandId))?.archivedAt).toBeNull();
		expect(await listPillars(db, brandId)).toHaveLength(1);
	});

	it("answers not-found for another workspace's brand", async () => {
		const brandId = await makeBrand(db, otherWorkspaceId);
		expect(await setArchived(db, { workspaceId, brandId }, true)).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect((await getBrand(db, otherWorkspaceId, brandId))?.archivedAt).toBeNull();
	});
});

describe('deleteBrand', () => {
	it('refuses a name that is not exactly the brand name, and keeps the brand', async () => {
		const brandId = await makeBrand(db, workspaceId, { name: 'Doomed' });
		const refused = await deleteBrand(db, { workspaceId, brandId }, { confirmName: 'doomed' });
		expect(refused).toEqual({ ok: false, reason: 'name-mismatch', field: 'confirmName' });
		expect(await getBrand(db, workspaceId, brandId)).not.toBeNull();
	});

	it('deletes with the exact name (spaces around it ignored), with its parts', async () => {
		const brandId = await makeBrand(db, workspaceId, { name: 'Doomed' });
		await createPillar(db, brandId, pillarInput({ name: 'Care' }));
		const deleted = await deleteBrand(db, { workspaceId, brandId }, { confirmName: ' Doomed ' });
		expect(deleted).toEqual({ ok: true });
		expect(await getBrand(db, workspaceId, brandId)).toBeNull();
		expect(await listPillars(db, brandId)).toHaveLength(0);
	});

	it("answers not-found for another workspace's brand, even with its name typed", async () => {
		const brandId = await makeBrand(db, otherWorkspaceId, { name: 'Theirs' });
		const refused = await deleteBrand(db, { workspaceId, brandId }, { confirmName: 'Theirs' });
		expect(refused).toEqual({ ok: false, reason: 'not-found' });
		expect(await getBrand(db, otherWorkspaceId, brandId)).not.toBeNull();
	});
});
