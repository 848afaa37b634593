import { describe, expect, it } from 'vitest';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { m } from '$lib/paraglide/messages';
import { channelSchema, webUrl } from './channel';

/** Validates the way the actions do: strict, from posted form fields. */
function post(fields: Record<string, string>) {
	const body = new FormData();
	for (const [key, value] of Object.entries(fields)) body.set(key, value);
	return superValidate(body, zod4(channelSchema), { strict: true });
}

const valid = {
	kind: 'email',
	label: '',
	handle: '',
	weeklyCadence: '2',
	timeZone: 'America/New_York'
};

describe('channelSchema', () => {
	it('accepts a channel without an ownership (the kind decides) and without a version', async () => {
		const form = await post(valid);
		expect(form.valid).toBe(true);
		expect(form.data.ownership).toBeUndefined();
		expect(form.data.version).toBe(0);
	});

	it('refuses a missing kind instead of picking the first one in the catalogue', async () => {
		const form = await post(
			Object.fromEntries(Object.entries(valid).filter(([k]) => k !== 'kind'))
		);
		expect(form.valid).toBe(false);
		expect(form.errors.kind).toEqual([m.channels_error_kind()]);
		expect((await post({ ...valid, kind: 'myspace' })).errors.kind).toEqual([
			m.channels_error_kind()
		]);
	});

	it('refuses an unknown ownership', async () => {
		const form = await post({ ...valid, ownership: 'borrowed' });
		expect(form.errors.ownership).toEqual([m.channels_error_ownership()]);
	});

	it('keeps emoji, Chinese and right-to-left labels and handles exactly', async () => {
		const label = 'Discord: 大狗俱乐部 🦴 نادي';
		const handle = '@咬胶_official';
		const form = await post({ ...valid, label, handle });
		expect(form.data.label).toBe(label);
		expect(form.data.handle).toBe(handle);
	});

	it('limits the label to 60 and the handle to 200 characters', async () => {
		expect((await post({ ...valid, label: '🦴'.repeat(60) })).valid).toBe(true);
		expect((await post({ ...valid, label: 'x'.repeat(61) })).errors.label).toEqual([
			m.error_too_long({ max: 60 })
		]);
		expect((await post({ ...valid, handle: 'x'.repeat(201) })).errors.handle).toEqual([
			m.error_too_long({ max: 200 })
		]);
	});

	it('takes a handle or a full web address, nothing in between', async () => {
		for (const handle of ['@bigchewers', 'https://shop.example.com/en', 'big chewers 大狗']) {
			expect((await post({ ...valid, handle })).valid, handle).toBe(true);
		}
		for (const handle of ['www.example.com', 'https://', 'ftp://example.com', 'http:/x']) {
			expect((await post({ ...valid, handle })).errors.handle, handle).toEqual([m.error_url()]);
		}
	});

	it('takes a weekly cadence from 0 to 50 whole posts', async () => {
		expect((await post({ ...valid, weeklyCadence: '0' })).valid).toBe(true);
		expect((await post({ ...valid, weeklyCadence: '50' })).valid).toBe(true);
		const range = [m.error_range({ min: 0, max: 50 })];
		expect((await post({ ...valid, weeklyCadence: '51' })).errors.weeklyCadence).toEqual(range);
		expect((await post({ ...valid, weeklyCadence: '2.5' })).errors.weeklyCadence).toEqual([
			m.error_number()
		]);
	});

	it('takes IANA time zones only', async () => {
		expect((await post({ ...valid, timeZone: 'Asia/Shanghai' })).valid).toBe(true);
		for (const timeZone of ['Mars/Olympus_Mons', '']) {
			expect((await post({ ...valid, timeZone })).errors.timeZone, timeZone).toEqual([
				m.error_time_zone()
			]);
		}
	});
});

describe('webUrl', () => {
	it('links http(s) addresses only', () => {
		expect(webUrl('https://shop.example.com')).toBe('https://shop.example.com/');
		expect(webUrl('@bigchewers')).toBeNull();
		expect(webUrl('javascript:alert(1)')).toBeNull();
		expect(webUrl('https://')).toBeNull();
	});
});
