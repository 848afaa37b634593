import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import { useLocalisedZodMessages } from './zod-messages';

useLocalisedZodMessages();

// Fields with no message of their own, as hidden versions, ids and tokens are.
const schema = z.object({
	version: z.int().min(1).max(99),
	amount: z.number(),
	token: z.string().regex(/^[a-z]{4}$/),
	id: z.string().min(1).max(5),
	role: z.enum(['owner', 'viewer'])
});

function messages(input: Record<string, unknown>) {
	const result = schema.safeParse(input);
	expect(result.success).toBe(false);
	return Object.fromEntries(result.error!.issues.map((issue) => [issue.path[0], issue.message]));
}

const valid = { version: 1, amount: 1.5, token: 'abcd', id: 'x', role: 'owner' };

describe('zod messages for fields without their own', () => {
	it('are ours, by kind of problem', () => {
		expect(messages({ ...valid, version: Number.NaN, amount: 'x' })).toEqual({
			version: m.error_decimal(),
			amount: m.error_decimal()
		});
		expect(messages({ ...valid, version: 0 }).version).toBe(m.error_number_min({ min: '1' }));
		expect(messages({ ...valid, version: 100 }).version).toBe(m.error_number_max({ max: '99' }));
		expect(messages({ ...valid, token: '<script>' }).token).toBe(m.error_invalid());
		expect(messages({ ...valid, id: '' }).id).toBe(m.error_required());
		expect(messages({ ...valid, id: 'toolong' }).id).toBe(m.error_too_long({ max: 5 }));
		expect(messages({ ...valid, role: 'admin' }).role).toBe(m.error_choice());
		expect(messages({ ...valid, role: undefined }).role).toBe(m.error_required());
	});

	it('are read in the language of the request', () => {
		const original = getLocale;
		overwriteGetLocale(() => 'zh-CN');
		try {
			const zh = messages({ ...valid, version: 'x', token: 'no' });
			expect(zh.version).toBe('请输入数字。');
			expect(zh.token).toMatch(/\p{Script=Han}/u);
		} finally {
			overwriteGetLocale(original);
		}
		expect(messages({ ...valid, version: 'x' }).version).toBe('Enter a number.');
	});

	it('leave a schema’s own message alone', () => {
		const own = z.object({ name: z.string().min(1, { error: () => 'Name it.' }) });
		expect(own.safeParse({ name: '' }).error!.issues[0].message).toBe('Name it.');
	});
});
