import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { isValidTimeZone } from '$lib/domain/time';
import { maxChars, required, tooLong } from './fields';

// Messages are functions so they are read in the language of the request (or page) that validates.

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

const name = z
	.string({ error: required })
	.trim()
	.min(1, { error: required })
	.refine(...maxChars(100));

const email = z
	.string({ error: required })
	.trim()
	.min(1, { error: required })
	.max(254, tooLong(254))
	.pipe(z.email({ error: () => m.error_email() }));

const newPassword = z
	.string({ error: required })
	.min(PASSWORD_MIN, { error: () => m.error_password_short({ min: PASSWORD_MIN }) })
	.max(PASSWORD_MAX, tooLong(PASSWORD_MAX));

const timeZone = z
	.string()
	.trim()
	.refine(isValidTimeZone, { error: () => m.error_time_zone() });

// Browsers drop tab, CR and LF anywhere in a URL and trim C0 controls and spaces at its ends
// (WHATWG URL), and read a backslash as a slash: `/\t/evil.example` arrives as `//evil.example`. A target with
// any of these, or any other whitespace, is refused before it is parsed; `redirect()` would also
// throw (a 500) on CR or LF in a Location header.
// eslint-disable-next-line no-control-regex -- control characters are what this refuses
const UNSAFE_IN_REDIRECT = /[\u0000-\u001f\u007f-\u009f\\\s]/u;

/**
 * Where to send someone after sign-in, sign-up or a language switch: `target` resolved against
 * our own `origin`, kept only when it stays on that origin, as path + query + fragment. Anything
 * else (another origin, `javascript:`, control characters, backslashes) gives `fallback`.
 */
export function safeRedirect(
	target: string | null | undefined,
	origin: string | URL,
	fallback = '/'
): string {
	if (!target || UNSAFE_IN_REDIRECT.test(target)) return fallback;
	const base = new URL(origin);
	let url: URL;
	try {
		url = new URL(target, base);
	} catch {
		return fallback;
	}
	if (url.origin !== base.origin) return fallback;
	const path = url.pathname + url.search + url.hash;
	// `/.//evil.example` resolves to the path `//evil.example`, which a browser reads as a host.
	if (!path.startsWith('/') || path.startsWith('//')) return fallback;
	return path;
}

export const signUpSchema = z.object({
	name,
	email,
	password: newPassword,
	// Filled in by the browser; an unknown or missing zone falls back to UTC rather than failing.
	timeZone: z.string().max(64).default('UTC'),
	redirectTo: z.string().max(500).default('')
});

export const signInSchema = z.object({
	email,
	password: z.string({ error: required }).min(1, { error: required }).max(PASSWORD_MAX),
	redirectTo: z.string().max(500).default('')
});

export const WEEK_STARTS = ['auto', 'monday', 'sunday', 'saturday'] as const;
export const WEEK_START_DAY: Record<(typeof WEEK_STARTS)[number], number | null> = {
	auto: null,
	sunday: 0,
	monday: 1,
	saturday: 6
};

export const accountSchema = z.object({
	name,
	locale: z.enum(['auto', 'en', 'zh-CN'], { error: required }).default('auto'),
	timeZone,
	weekStart: z.enum(WEEK_STARTS, { error: required }).default('auto'),
	version: z.number().int().min(1)
});

export const passwordSchema = z
	.object({
		currentPassword: z.string({ error: required }).min(1, { error: required }).max(PASSWORD_MAX),
		newPassword,
		confirmPassword: z.string({ error: required }).min(1, { error: required })
	})
	.refine((v) => v.newPassword === v.confirmPassword, {
		error: () => m.error_password_mismatch(),
		path: ['confirmPassword']
	});
