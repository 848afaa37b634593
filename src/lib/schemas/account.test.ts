import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { PASSWORD_MIN, safeRedirect, signUpSchema } from './account';

describe('safeRedirect', () => {
	const ORIGIN = 'http://localhost:4173';
	// Spellings a browser reads as another host or scheme (it drops tab/CR/LF, trims controls and
	// spaces, reads a backslash as a slash), and any other control character or whitespace, which we refuse.
	const hostile = [
		'//evil.example',
		'///evil.example',
		'https://evil.example',
		'https:evil.example',
		'HTTPS://evil.example',
		'http://localhost:4173.evil.example/',
		'http://user@evil.example',
		'/\\evil.example',
		'\\\\evil.example',
		'\\/evil.example',
		'/\t/evil.example',
		'/\r/evil.example',
		'/\n/evil.example',
		'/\r\n/evil.example',
		'\t//evil.example',
		' //evil.example',
		'/ /evil.example',
		'\u0000//evil.example',
		'/\u000b/evil.example',
		'/\u007f/evil.example',
		'/\u0085/evil.example',
		'/\u00a0/evil.example',
		'/\u2028/evil.example',
		'/\u3000/evil.example',
		'/\ufeff/evil.example',
		'/.//evil.example',
		'/..//evil.example',
		'/a/..//evil.example',
		'javascript:alert(1)',
		'JaVaScRiPt:alert(1)',
		'java\tscript:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		decodeURIComponent('/%09/evil.example'),
		decodeURIComponent('/%0d%0a/evil.example'),
		decodeURIComponent('%2F%2Fevil.example'),
		decodeURIComponent('/%5Cevil.example'),
		'/\r\nSet-Cookie: x=1'
	];

	it.each(hostile)('refuses %j', (target) => {
		expect(safeRedirect(target, ORIGIN)).toBe('/');
		expect(safeRedirect(target, ORIGIN, '/home')).toBe('/home');
	});

	it('never returns anything a browser would read as another host', () => {
		for (const target of hostile) {
			const result = safeRedirect(target, ORIGIN, '/home');
			expect(new URL(result, ORIGIN).origin).toBe(ORIGIN);
			expect(result).toMatch(/^\/(?![/\\])/);
			// eslint-disable-next-line no-control-regex -- control characters are what must not pass
			expect(result).not.toMatch(/[\u0000-\u001f\u007f\s\\]/);
		}
	});

	it('keeps encoded characters encoded, as a path on our origin', () => {
		expect(safeRedirect('/%09/evil.example', ORIGIN)).toBe('/%09/evil.example');
		expect(safeRedirect('%2F%2Fevil.example', ORIGIN)).toBe('/%2F%2Fevil.example');
		expect(safeRedirect('/%5Cevil.example', ORIGIN)).toBe('/%5Cevil.example');
		expect(safeRedirect('/%0D%0ASet-Cookie:x', ORIGIN)).toBe('/%0D%0ASet-Cookie:x');
	});

	it('accepts a same-site path with a query and a fragment', () => {
		expect(safeRedirect('/w/abc?x=1', ORIGIN)).toBe('/w/abc?x=1');
		expect(safeRedirect('/w/abc?x=1#top', ORIGIN)).toBe('/w/abc?x=1#top');
		expect(safeRedirect('/', ORIGIN)).toBe('/');
		expect(safeRedirect('/w/%E5%93%81%E7%89%8C', ORIGIN)).toBe('/w/%E5%93%81%E7%89%8C');
	});

	it('turns an absolute URL on our own origin into its path', () => {
		expect(safeRedirect(`${ORIGIN}/account?tab=1`, ORIGIN)).toBe('/account?tab=1');
		expect(safeRedirect('http://localhost:4174/account', ORIGIN)).toBe('/');
	});

	it('falls back for an empty or missing target', () => {
		expect(safeRedirect('', ORIGIN, '/fallback')).toBe('/fallback');
		expect(safeRedirect(null, ORIGIN, '/fallback')).toBe('/fallback');
		expect(safeRedirect(undefined, ORIGIN)).toBe('/');
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
