import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPersona, listPersonas, updatePersona } from '../../queries/personas';
import { createTestDatabase, makeBrand, makeUserWithBrand, personaInput } from '../../testing';
import * as personas from '../../queries/personas';
import { createPersona, deletePersona, savePersona, type PersonaDraft } from './personas';

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

const draft = (overrides: Partial<PersonaDraft> = {}): PersonaDraft => ({
	...personaInput({ name: 'New mum' }),
	channelKinds: ['email', 'tiktok', 'email'],
	pains: 'sleep\r\nback ache',
	...overrides
});

const stored = (brandId: string, name: string) =>
	personas.createPersona(db, brandId, personaInput({ name }));

describe('createPersona', () => {
	it('adds after the last persona: LF line breaks, channels once each in catalogue order', async () => {
		const first = await createPersona(db, scope, draft());
		const second = await createPersona(db, scope, draft({ name: 'Second' }));
		const rows = await listPersonas(db, scope.brandId);
		expect(rows.map((p) => p.id)).toEqual([first.id, second.id]);
		expect(rows[0]).toMatchObject({ pains: 'sleep\nback ache', channelKinds: ['tiktok', 'email'] });
	});
});

describe('savePersona', () => {
	it('saves at the current version and answers what was stored', async () => {
		const id = await stored(scope.brandId, 'Old');
		const saved = await savePersona(db, scope, { id, version: 1, draft: draft() });
		expect(saved).toMatchObject({
			ok: true,
			version: 2,
			stored: { name: 'New mum', pains: 'sleep\nback ache', channelKinds: ['tiktok', 'email'] }
		});
		expect((await getPersona(db, scope.brandId, id))?.pains).toBe('sleep\nback ache');
	});

	it('refuses a stale save as a conflict with the stored persona, and keeps theirs', async () => {
		const id = await stored(scope.brandId, 'Old');
		await updatePersona(db, scope.brandId, id, 1, { name: 'Theirs' });
		const saved = await savePersona(db, scope, { id, version: 1, draft: draft() });
		expect(saved).toMatchObject({
			ok: false,
			reason: 'conflict',
			theirs: { name: 'Theirs', pains: '', version: 2 }
		});
		expect((await getPersona(db, scope.brandId, id))?.name).toBe('Theirs');
	});

	it("answers not-found for another brand's persona and leaves it as it was", async () => {
		const id = await stored(otherBrandId, 'Not ours');
		expect(await savePersona(db, scope, { id, version: 1, draft: draft() })).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect((await getPersona(db, otherBrandId, id))?.name).toBe('Not ours');
	});
});

describe('deletePersona', () => {
	it('deletes a persona of the brand', async () => {
		const id = await stored(scope.brandId, 'Gone');
		expect(await deletePersona(db, scope, id)).toEqual({ ok: true });
		expect(await getPersona(db, scope.brandId, id)).toBeNull();
	});

	it("answers not-found for another brand's persona and keeps it", async () => {
		const id = await stored(otherBrandId, 'Not ours');
		expect(await deletePersona(db, scope, id)).toEqual({ ok: false, reason: 'not-found' });
		expect(await getPersona(db, otherBrandId, id)).not.toBeNull();
	});
});
