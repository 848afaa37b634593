import { fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { m } from '$lib/paraglide/messages';
import { safeRedirect, signInSchema } from '$lib/schemas/account';
import { startSession } from '$lib/server/auth-flow';
import { db } from '$lib/server/db';
import { attemptSignIn } from '$lib/server/sign-in';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const redirectTo = safeRedirect(url.searchParams.get('redirectTo'), url.origin, '');
	if (locals.user) redirect(303, redirectTo || '/');
	return { form: await superValidate({ redirectTo }, zod4(signInSchema), { errors: false }) };
};

export const actions: Actions = {
	default: async ({ request, cookies, getClientAddress, url }) => {
		const form = await superValidate(request, zod4(signInSchema));
		const { password } = form.data;
		form.data.password = ''; // never echo a password back to the page
		if (!form.valid) return fail(400, { form });

		const result = await attemptSignIn(db, {
			email: form.data.email,
			password,
			address: getClientAddress()
		});
		if (!result.ok) {
			const text =
				result.reason === 'rate-limited'
					? m.error_rate_limited({ minutes: Math.ceil(result.retryAfterMs / 60_000) })
					: m.error_wrong_credentials();
			return message(
				form,
				{ type: 'error', text },
				{ status: result.reason === 'rate-limited' ? 429 : 400 }
			);
		}
		await startSession(db, cookies, result.userId);
		redirect(303, safeRedirect(form.data.redirectTo, url.origin));
	}
};
