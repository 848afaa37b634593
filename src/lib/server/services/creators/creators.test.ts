import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collaborations } from '../../db/schema';
import { getCreator, listProfiles } from '../../queries/creators';
import {
	collaborationRow,
	createTestDatabase,
	creatorInput,
	makeUserWithBrand,
	profileInput
} from '../../testing';
import { addCreator, removeCreator, saveCreator, takenHandles } from './creators';

const test = await createTestDatabase();
const db = test.db;
afterAll(() => test.cleanup());

const TODAY = '2026-03-05';
let scope: { workspaceId: string; userId: string; today: string };
let brandId: string;
let otherWorkspace: { workspaceId: string };

beforeAll(async () => {
	const made = await makeUserWithBrand(db);
	scope = { workspaceId: made.workspaceId, userId: made.userId, today: TODAY };
	brandId = made.brandId;
	otherWorkspace = { workspaceId: (await makeUserWithBrand(db)).workspaceId };
});

async function added(name: string, handle: string) {
	const profiles = [{ row: 0, profile: profileInput('tiktok', handle) }];
	const result = await addCreator(db, scope, { creator: creatorInput({ name }), profiles });
	if (!result.ok) throw new Error(result.reason);
	return result.id;
}

describe('takenHandles', () => {
	it('names the holder of each taken row, comparing handles as keys', () => {
		const rows = [
			{ row: 0, profile: { platform: 'tiktok' as const, handle: '@Chewy.Tales' } },
			{ row: 1, profile: { platform: 'instagram' as const, handle: 'free' } }
		];
		const duplicates = [
			{
				platform: 'tiktok' as const,
				handle: 'chewy.tales',
				creatorId: 'c1',
				creatorName: 'Ana',
				profileId: 'p1'
			},
			// Named twice in one submission: no holder to link to.
			{
				platform: 'instagram' as const,
				handle: 'free',
				creatorId: null,
				creatorName: null,
				profileId: null
			}
		];
		expect(takenHandles(rows, duplicates)).toEqual([
			{ row: 0, platform: 'tiktok', handle: '@Chewy.Tales', creatorId: 'c1', creatorName: 'Ana' }
		]);
	});
});

describe('addCreator', () => {
	it('adds the creator with the rows’ profiles; numbers without a date were read today', async () => {
		const profiles = [
			{ row: 0, profile: profileInput('tiktok', 'ana.moves', { followers: 1200 }) },
			{ row: 2, profile: profileInput('instagram', 'ana', { measuredOn: null }) }
		];
		const result = await addCreator(db, scope, {
			creator: creatorInput({ name: 'Ana' }),
			profiles
		});
		if (!result.ok) throw new Error(result.reason);
		expect(await getCreator(db, scope.workspaceId, result.id)).toMatchObject({
			name: 'Ana',
			totalFollowers: 1200,
			createdBy: scope.userId
		});
		const stored = await listProfiles(db, scope.workspaceId, result.id);
		expect(stored.map((p) => [p.handle, p.measuredOn])).toEqual([
			['ana.moves', TODAY],
			['ana', null]
		]);
	});

	it('refuses a handle already in the directory, saying which row and who holds it', async () => {
		const holder = await added('Bea', 'bea.bakes');
		const profiles = [
			{ row: 0, profile: profileInput('youtube', 'bea') },
			{ row: 1, profile: profileInput('tiktok', '@Bea.Bakes') }
		];
		const result = await addCreator(db, scope, {
			creator: creatorInput({ name: 'Copy' }),
			profiles
		});
		expect(result).toEqual({
			ok: false,
			reason: 'taken',
			taken: [
				{ row: 1, platform: 'tiktok', handle: '@Bea.Bakes', creatorId: holder, creatorName: 'Bea' }
			]
		});
		// Another workspace's directory is its own.
		const elsewhere = { ...scope, ...otherWorkspace };
		expect(
			await addCreator(db, elsewhere, { creator: creatorInput({ name: 'Copy' }), profiles })
		).toMatchObject({ ok: true });
	});
});

describe('saveCreator', () => {
	it('saves at the version, and refuses a stale one with theirs', async () => {
		const id = await added('Cai', 'cai.cooks');
		const creator = creatorInput({ name: 'Cai Lin' });
		expect(await saveCreator(db, scope, { id, version: 1, creator })).toEqual({
			ok: true,
			version: 2
		});
		const stale = await saveCreator(db, scope, { id, version: 1, creator: creatorInput() });
		expect(stale).toMatchObject({
			ok: false,
			reason: 'conflict',
			theirs: { id, name: 'Cai Lin', version: 2 }
		});
	});

	it('answers not-found for a missing creator and another workspace’s', async () => {
		const id = await added('Dee', 'dee.draws');
		const missing = { id: 'missing', version: 1, creator: creatorInput() };
		expect(await saveCreator(db, scope, missing)).toEqual({ ok: false, reason: 'not-found' });
		expect(
			await saveCreator(db, otherWorkspace, { id, version: 1, creator: creatorInput() })
		).toEqual({ ok: false, reason: 'not-found' });
		expect(await getCreator(db, scope.workspaceId, id)).toMatchObject({ name: 'Dee' });
	});
});

describe('removeCreator', () => {
	it('removes a creator without collaborations, once', async () => {
		const id = await added('Eve', 'eve.edits');
		const input = { id, alsoCollaborations: false };
		expect(await removeCreator(db, otherWorkspace, input)).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await removeCreator(db, scope, input)).toEqual({ ok: true });
		expect(await removeCreator(db, scope, input)).toEqual({ ok: false, reason: 'not-found' });
	});

	it('refuses while collaborations would go too, unless that is agreed to', async () => {
		const id = await added('Fay', 'fay.films');
		await db
			.insert(collaborations)
			.values(collaborationRow({ id: 'fay-collab', brandId, creatorId: id }));
		expect(await removeCreator(db, scope, { id, alsoCollaborations: false })).toEqual({
			ok: false,
			reason: 'has-collaborations'
		});
		expect(await getCreator(db, scope.workspaceId, id)).not.toBeNull();
		expect(await removeCreator(db, scope, { id, alsoCollaborations: true })).toEqual({ ok: true });
		expect(
			await db.query.collaborations.findFirst({ where: (c, { eq }) => eq(c.id, 'fay-collab') })
		).toBeUndefined();
	});
});
