import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, makeUserWithBrand, personaInput } from '../testing';
import { createPersona, deletePersona, getPersona, listPersonas, updatePersona } from './personas';

let t: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(() => t.cleanup());

const makeBrand = async () =>
	(await makeUserWithBrand(t.db, { name: 'Calm Paws', niche: 'slow feeders for anxious dogs' }))
		.brandId;

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
		const input = personaInput({
			name: '忙碌的新手妈妈 Emma 🤰',
			pains,
			ageMin: 25,
			ageMax: 34,
			channelKinds: ['xiaohongshu', 'email']
		});
		const id = await createPersona(t.db, brandId, input);
		expect(await getPersona(t.db, brandId, id)).toMatchObject(input);
	});

	it('keeps an empty age range as nulls and can clear one again', async () => {
		const brandId = await makeBrand();
		const id = await createPersona(t.db, brandId, personaInput({ name: 'Ages', ageMin: 30 }));
		expect(await updatePersona(t.db, brandId, id, 1, { ageMin: null })).toEqual({
			ok: true,
			version: 2
		});
		expect(await getPersona(t.db, brandId, id)).toMatchObject({
			ageMin: null,
			ageMax: null
		});
	});

	it('continue positions after the highest one, even after a delete', async () => {
		const brandId = await makeBrand();
		const a = await createPersona(t.db, brandId, personaInput({ name: 'A' }));
		const b = await createPersona(t.db, brandId, personaInput({ name: 'B' }));
		await deletePersona(t.db, brandId, a);
		const c = await createPersona(t.db, brandId, personaInput({ name: 'C' }));
		const rows = await listPersonas(t.db, brandId);
		expect(rows.map((row) => [row.id, row.position])).toEqual([
			[b, 1],
			[c, 2]
		]);
	});
});
