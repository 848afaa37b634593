import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { PASSWORD_MIN, safeRedirect, signUpSchema } from './account';

describe('safeRedirect', () => {
	it.each(['//evil.com', 'https://evil.com', '/\\evil', 'evil.com', 'javascript:alert(1)'])(
		'rejects %s',
		(target) => {
			expect(safeRedirect(target)).toBe('/');
			expect(safeRedirect(target, '/home')).toBe('/home');
		}
	);

	it('accepts a same-site path with a query', () => {
		expect(safeRedirect('/w/abc?x=1')).toBe('/w/abc?x=1');
		expect(safeRedirect('/')).toBe('/');
	});

	it('falls back for an empty or missing target', () => {
		expect(safeRedirect('', '/fallback')).toBe('/fallback');
		expect(safeRedirect(null, '/fallback')).toBe('/fallback');
		expect(safeRedirect(undefined)).toBe('/');
	});
});

describe('signUpSchema', () => {
	const valid = {
		name: 'Ada',
		email: 'ada@example.test',
		password: 'a long enough password'
	};

	function messagesFor(input: Record<string, unknown>, field: string) {
		const result = signUpSchema.safeParse(input);
		expect(result.success).toBe(false);
		return (result.error?.issues ?? [])
			.filter((issue) => issue.path[0] === field)
			.map((issue) => issue.message);
	}

	it('accepts valid input and fills in defaults', () => {
		expect(signUpSchema.parse({ ...valid, email: '  ada@example.test ' })).toEqual({
			...valid,
			timeZone: 'UTC',
			redirectTo: ''
		});
	});

	it('rejects a short password with a message', () => {
		const messages = messagesFor({ ...valid, password: 'a'.repeat(PASSWORD_MIN - 1) }, 'password');
		expect(messages).toEqual([m.error_password_short({ min: PASSWORD_MIN })]);
		expect(messages[0]).toBe('Use at least 10 characters.');
	});

	it('accepts a password of exactly the minimum length', () => {
		expect(signUpSchema.safeParse({ ...valid, password: 'a'.repeat(PASSWORD_MIN) }).success).toBe(
			true
		);
	});

	it('rejects a bad email with a message', () => {
		const messages = messagesFor({ ...valid, email: 'not-an-email' }, 'email');
		expect(messages).toEqual([m.error_email()]);
		expect(messages[0]).toBe('Enter a valid email address.');
	});

	it('asks for a missing email rather than calling it invalid', () => {
		expect(messagesFor({ ...valid, email: '   ' }, 'email')).toEqual([m.error_required()]);
	});
});
