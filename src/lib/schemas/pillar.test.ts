import { describe, expect, it } from 'vitest';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { m } from '$lib/paraglide/messages';
import { editPillarSchema, pillarInput, pillarSchema, suggestedColour } from './pillar';

/** Validates the way an action does: from posted form fields, through superforms' parser. */
function post(fields: Record<string, string>) {
	const body = new FormData();
	for (const [key, value] of Object.entries(fields)) body.set(key, value);
	return superValidate(body, zod4(pillarSchema));
}

const valid = { name: 'How-to', description: '', colour: '#166534', targetShare: '40' };

describe('pillarSchema', () => {
	it('keeps emoji, Chinese and right-to-left text exactly', async () => {
		const name = '🐶 咬胶 دليل';
		const description = 'Line one 🦴\nسطر ثان\n第三行';
		const form = await post({ ...valid, name, description });
		expect(form.valid).toBe(true);
		expect(form.data.name).toBe(name);
		expect(pillarInput(form.data).description).toBe(description);
	});

	it('stores a textarea’s CRLF line breaks as LF', async () => {
		const form = await post({ ...valid, description: 'a\r\nb' });
		expect(pillarInput(form.data).description).toBe('a\nb');
	});

	it('counts an emoji or a Chinese character as one character', async () => {
		expect((await post({ ...valid, name: '🐶'.repeat(60) })).valid).toBe(true);
		expect((await post({ ...valid, name: '咬'.repeat(60) })).valid).toBe(true);
		const long = await post({ ...valid, name: '咬'.repeat(61) });
		expect(long.errors.name).toEqual([m.error_too_long({ max: 60 })]);
	});

	it('requires a name', async () => {
		const form = await post({ ...valid, name: '   ' });
		expect(form.errors.name).toEqual([m.error_required()]);
	});

	it('takes whole shares from 0 to 100 only', async () => {
		expect((await post({ ...valid, targetShare: '0' })).valid).toBe(true);
		expect((await post({ ...valid, targetShare: '100' })).valid).toBe(true);
		const range = [m.error_range({ min: 0, max: 100 })];
		expect((await post({ ...valid, targetShare: '120' })).errors.targetShare).toEqual(range);
		expect((await post({ ...valid, targetShare: '-1' })).errors.targetShare).toEqual(range);
		// Not truncated to 12 on the way in.
		expect((await post({ ...valid, targetShare: '12.5' })).errors.targetShare).toEqual([
			m.error_number()
		]);
		expect((await post({ ...valid, targetShare: 'lots' })).errors.targetShare).toEqual([
			m.error_number()
		]);
	});

	it('takes a #rrggbb colour only, stored lower case', async () => {
		expect((await post({ ...valid, colour: '#ABCDEF' })).data.colour).toBe('#abcdef');
		for (const colour of ['red', '#abc', '#12345g', '']) {
			expect((await post({ ...valid, colour })).errors.colour, colour).toEqual([m.error_colour()]);
		}
	});

	it('needs the id and version when editing', () => {
		const edit = { ...valid, targetShare: 40 };
		expect(editPillarSchema.safeParse(edit).success).toBe(false);
		expect(editPillarSchema.safeParse({ ...edit, id: 'p1', version: 3 }).success).toBe(true);
	});
});

describe('suggestedColour', () => {
	it('offers a different colour for each of the first pillars, then cycles', () => {
		const first = [0, 1, 2, 3, 4].map(suggestedColour);
		expect(new Set(first).size).toBe(5);
		for (const colour of first) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
		expect(suggestedColour(0)).toBe(suggestedColour(7));
	});
});
