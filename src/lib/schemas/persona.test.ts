import { describe, expect, it } from 'vitest';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { m } from '$lib/paraglide/messages';
import { personaFormValues, personaInput, personaSchema } from './persona';

function post(fields: Record<string, string | string[]>) {
	const data = new FormData();
	for (const [key, value] of Object.entries(fields)) {
		for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
	}
	return superValidate(data, zod4(personaSchema));
}

const blank = {
	name: 'Emma',
	summary: '',
	ageMin: '',
	ageMax: '',
	lifeStage: '',
	pains: '',
	goals: '',
	objections: '',
	buyingTriggers: '',
	note: '',
	version: '3'
};

describe('personaSchema from a posted form', () => {
	it('reads empty ages as null, no ticked channels as none, and keeps the version', async () => {
		const form = await post(blank);
		expect(form.valid).toBe(true);
		expect(form.data).toMatchObject({ ageMin: null, ageMax: null, channelKinds: [], version: 3 });
	});

	it('keeps CJK, emoji, right-to-left text and inner whitespace; trims only the ends', async () => {
		const pains = '孕期腰酸，晚上  睡不好 😴\r\n\r\nلا أثق في الإعلانات\r\n  缩进的一条';
		const form = await post({
			...blank,
			name: '  忙碌的新手妈妈 Emma 🤰 ',
			pains: `\r\n${pains}  `
		});
		expect(form.valid).toBe(true);
		expect(form.data.name).toBe('忙碌的新手妈妈 Emma 🤰');
		expect(personaInput(form.data).pains).toBe(
			'孕期腰酸，晚上  睡不好 😴\n\nلا أثق في الإعلانات\n  缩进的一条'
		);
	});

	it('counts a CRLF line break as one character towards the limit', async () => {
		const atLimit = `${'a'.repeat(999)}\r\n${'b'.repeat(1000)}`;
		expect((await post({ ...blank, goals: atLimit })).valid).toBe(true);
		const over = await post({ ...blank, goals: `${atLimit}b` });
		expect(over.errors.goals).toEqual([m.error_too_long({ max: 2000 })]);
	});

	it('requires a name of at most 80 characters', async () => {
		expect((await post({ ...blank, name: '   ' })).errors.name).toEqual([m.error_required()]);
		expect((await post({ ...blank, name: 'x'.repeat(81) })).errors.name).toEqual([
			m.error_too_long({ max: 80 })
		]);
		expect((await post({ ...blank, summary: 'x'.repeat(201) })).errors.summary).toEqual([
			m.error_too_long({ max: 200 })
		]);
	});

	it('accepts whole ages from 13 to 100 only', async () => {
		const range = [m.error_range({ min: 13, max: 100 })];
		expect((await post({ ...blank, ageMin: '13', ageMax: '100' })).valid).toBe(true);
		expect((await post({ ...blank, ageMin: '12' })).errors.ageMin).toEqual(range);
		expect((await post({ ...blank, ageMax: '101' })).errors.ageMax).toEqual(range);
		expect((await post({ ...blank, ageMin: 'abc' })).errors.ageMin).toEqual([m.error_number()]);
	});

	it('puts a reversed range on the oldest age, next to errors in other fields', async () => {
		const form = await post({ ...blank, name: '', ageMin: '40', ageMax: '30' });
		expect(form.errors.ageMax).toEqual([m.persona_error_age_order()]);
		expect(form.errors.name).toEqual([m.error_required()]);
		expect((await post({ ...blank, ageMin: '30', ageMax: '30' })).valid).toBe(true);
	});

	it('accepts only catalogue channels and stores them once, in catalogue order', async () => {
		const form = await post({ ...blank, channelKinds: ['email', 'xiaohongshu', 'email'] });
		expect(form.valid).toBe(true);
		expect(personaInput(form.data).channelKinds).toEqual(['xiaohongshu', 'email']);
		const bad = await post({ ...blank, channelKinds: ['myspace'] });
		expect(bad.valid).toBe(false);
	});
});

describe('personaFormValues', () => {
	it('drops channel kinds that left the catalogue', () => {
		const values = personaFormValues({
			...personaInput({ ...personaSchema.parse({ name: 'Emma' }), version: 0 }),
			channelKinds: ['email', 'retired_kind'],
			version: 4
		});
		expect(values.channelKinds).toEqual(['email']);
		expect(values.version).toBe(4);
	});
});
