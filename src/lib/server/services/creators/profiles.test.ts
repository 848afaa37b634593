import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listProfiles } from '../../queries/creators';
import { createTestDatabase, creatorInput, makeUserWithBrand, profileInput } from '../../testing';
import { addCreator } from './creators';
import { addProfile, removeProfile, saveProfile, type ProfileScope } from './profiles';

const test = await createTestDatabase();
const db = test.db;
afterAll(() => test.cleanup());

const TODAY = '2026-03-05';
let scope: ProfileScope;
let holderId: string;

beforeAll(async () => {
	const { workspaceId, userId } = await makeUserWithBrand(db);
	const made = async (name: string, handle: string) => {
		const profiles = [{ row: 0, profile: profileInput('tiktok', handle) }];
		const created = await addCreator(
			db,
			{ workspaceId, userId, today: TODAY },
			{ creator: creatorInput({ name }), profiles }
		);
		if (!created.ok) throw new Error(created.reason);
		return created.id;
	};
	holderId = await made('Holder', 'held.handle');
	scope = { workspaceId, creatorId: await made('Ana', 'ana.moves'), today: TODAY };
});

const stored = async (id: string) =>
	(await listProfiles(db, scope.workspaceId, scope.creatorId)).find((p) => p.id === id) ?? null;

async function added(handle: string, followers: number | null = null) {
	const result = await addProfile(db, scope, {
		profile: profileInput('instagram', handle, { followers })
	});
	if (!result.ok) throw new Error(result.reason);
	return result.id;
}

describe('addProfile', () => {
	it('adds a profile; numbers without a date were read today', async () => {
		const id = await added('ana.insta', 900);
		expect(await stored(id)).toMatchObject({ handle: 'ana.insta', measuredOn: TODAY });
	});

	it('refuses a handle another creator holds, and a creator not in the workspace', async () => {
		const profile = profileInput('tiktok', '@Held.Handle');
		expect(await addProfile(db, scope, { profile })).toEqual({
			ok: false,
			reason: 'taken',
			taken: [
				{
					row: null,
					platform: 'tiktok',
					handle: '@Held.Handle',
					creatorId: holderId,
					creatorName: 'Holder'
				}
			]
		});
		const stranger = { ...scope, creatorId: 'missing' };
		expect(await addProfile(db, stranger, { profile: profileInput('youtube', 'x') })).toEqual({
			ok: false,
			reason: 'not-found'
		});
	});
});

describe('saveProfile', () => {
	it('saves against what the form was loaded with and answers with what is stored', async () => {
		const id = await added('ana.saves');
		const previous = profileInput('instagram', 'ana.saves');
		const profile = profileInput('instagram', 'ana.saved', { followers: 40 });
		expect(await saveProfile(db, scope, { id, previous, profile })).toEqual({
			ok: true,
			profile: { ...profile, measuredOn: TODAY }
		});
		expect(await stored(id)).toMatchObject({ handle: 'ana.saved', followers: 40 });
	});

	it('refuses a stale form with the profile as it is now, and a removed one', async () => {
		const id = await added('ana.stale');
		const previous = profileInput('instagram', 'ana.stale');
		const first = profileInput('instagram', 'ana.first');
		await saveProfile(db, scope, { id, previous, profile: first });
		const second = profileInput('instagram', 'ana.second');
		expect(await saveProfile(db, scope, { id, previous, profile: second })).toMatchObject({
			ok: false,
			reason: 'conflict',
			theirs: { id, handle: 'ana.first' }
		});
		await removeProfile(db, scope, { id });
		expect(await saveProfile(db, scope, { id, previous: first, profile: second })).toEqual({
			ok: false,
			reason: 'not-found'
		});
	});

	it('refuses a handle another creator holds', async () => {
		const id = await added('ana.taken');
		const previous = profileInput('instagram', 'ana.taken');
		const profile = profileInput('tiktok', 'held.handle');
		expect(await saveProfile(db, scope, { id, previous, profile })).toMatchObject({
			ok: false,
			reason: 'taken',
			taken: [{ row: null, creatorId: holderId, creatorName: 'Holder' }]
		});
		expect(await stored(id)).toMatchObject({ handle: 'ana.taken' });
	});
});

describe('removeProfile', () => {
	it('removes the creator’s profile once; another creator’s is not found', async () => {
		const id = await added('ana.goes');
		const holder = { ...scope, creatorId: holderId };
		expect(await removeProfile(db, holder, { id })).toEqual({ ok: false, reason: 'not-found' });
		expect(await removeProfile(db, scope, { id })).toEqual({ ok: true });
		expect(await removeProfile(db, scope, { id })).toEqual({ ok: false, reason: 'not-found' });
		expect(await stored(id)).toBeNull();
	});
});
