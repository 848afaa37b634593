import { fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { m } from '$lib/paraglide/messages';
import { safeRedirect, signInSchema } from '$lib/schemas/account';
import { DEVICE_COOKIE, rememberThisDevice, startSession } from '$lib/server/auth-flow';
import { db } from '$lib/server/db';
import { attemptSignIn } from '$lib/server/sign-in';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const redirectTo = safeRedirect(url.searchParams.get('redirectTo'), url.origin, '');
	if (locals.user) redirect(303, redirectTo || '/');
	return { form: await superValidate({ redirectTo }, zod4(signInSchema), { errors: false }) };
};

export const actions: Actions = {
	default: async ({ request, cookies, getClientAddress, setHeaders, url }) => {
		const form = await superValidate(request, zod4(signInSchema));
		const { password } = form.data;
		form.data.password = ''; // never echo a password back to the page
		if (!form.valid) return fail(400, { form });

		const result = await attemptSignIn(db, {
			email: form.data.email,
			password,
			address: getClientAddress(),
			deviceToken: cookies.get(DEVICE_COOKIE)
		});
		if (!result.ok) {
			if (result.reason === 'invalid') {
				return message(form, { type: 'error', text: m.error_wrong_credentials() }, { status: 400 });
			}
			setHeaders({ 'retry-after': String(Math.ceil(result.retryAfterMs / 1000)) });
			const minutes = Math.ceil(result.retryAfterMs / 60_000);
			return message(
				form,
				{ type: 'error', text: m.error_rate_limited({ minutes }) },
				{ status: 429 }
			);
		}
		await startSession(db, cookies, result.userId);
		await rememberThisDevice(db, cookies, result.userId);
		redirect(303, safeRedirect(form.data.redirectTo, url.origin));
	}
};
