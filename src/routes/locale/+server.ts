import { redirect } from '@sveltejs/kit';
import { cookieMaxAge, cookieName } from '$lib/paraglide/runtime';
import { toLocaleOrNull } from '$lib/i18n';
import { safeRedirect } from '$lib/schemas/account';
import { db } from '$lib/server/db';
import { setLocale } from '$lib/server/queries/users';
import type { RequestHandler } from './$types';

/** The language switcher: remembered on the account when signed in, in a cookie otherwise. */
export const POST: RequestHandler = async ({ request, cookies, locals, url }) => {
	// A body that is not a form (or none at all) switches nothing and goes home, never a 500.
	const form = await request.formData().catch(() => new FormData());
	const locale = toLocaleOrNull(form.get('locale'));
	const back = safeRedirect(String(form.get('redirectTo') ?? '/'), url.origin);
	if (locale) {
		cookies.set(cookieName, locale, {
			path: '/',
			maxAge: cookieMaxAge,
			httpOnly: false,
			sameSite: 'lax'
		});
		if (locals.user) await setLocale(db, locals.user.id, locale);
	}
	redirect(303, back);
};
