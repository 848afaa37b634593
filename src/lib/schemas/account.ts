import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { isValidTimeZone } from '$lib/domain/time';

// Messages are functions so they are read in the language of the request (or page) that validates.
const required = () => m.error_required();

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

const name = z
	.string({ error: required })
	.trim()
	.min(1, { error: required })
	.max(100, { error: () => m.error_too_long({ max: 100 }) });

const email = z
	.string({ error: required })
	.trim()
	.min(1, { error: required })
	.max(254, { error: () => m.error_too_long({ max: 254 }) })
	.pipe(z.email({ error: () => m.error_email() }));

const newPassword = z
	.string({ error: required })
	.min(PASSWORD_MIN, { error: () => m.error_password_short({ min: PASSWORD_MIN }) })
	.max(PASSWORD_MAX, { error: () => m.error_too_long({ max: PASSWORD_MAX }) });

const timeZone = z
	.string()
	.trim()
	.refine(isValidTimeZone, { error: () => m.error_time_zone() });

/** Only same-site paths may be redirected to after sign-in (no open redirects). */
export function safeRedirect(target: string | null | undefined, fallback = '/') {
	if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\'))
		return fallback;
	return target;
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
