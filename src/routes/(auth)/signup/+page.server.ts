import { fail, redirect } from '@sveltejs/kit';
import { message, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { env } from '$env/dynamic/private';
import { isValidTimeZone } from '$lib/domain/time';
import { m } from '$lib/paraglide/messages';
import { safeRedirect, signUpSchema } from '$lib/schemas/account';
import { rememberThisDevice, startSession } from '$lib/server/auth-flow';
import { isCommonPassword } from '$lib/server/common-passwords';
import { db } from '$lib/server/db';
import { hashPassword } from '$lib/server/password';
import { createAccount } from '$lib/server/queries/users';
import { signUpLimit } from '$lib/server/rate-limit';
import { takeSignUp } from '$lib/server/sign-in';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const redirectTo = safeRedirect(url.searchParams.get('redirectTo'), url.origin, '');
	if (locals.user) redirect(303, redirectTo || '/');
	return { form: await superValidate({ redirectTo }, zod4(signUpSchema), { errors: false }) };
};

export const actions: Actions = {
	default: async ({ request, cookies, locals, url, getClientAddress, setHeaders }) => {
		const form = await superValidate(request, zod4(signUpSchema));
		const { password } = form.data;
		form.data.password = '';
		if (!form.valid) return fail(400, { form });
		if (await isCommonPassword(password)) {
			return setError(form, 'password', m.error_password_common());
		}
		const waitMs = await takeSignUp(db, getClientAddress(), signUpLimit(env.SIGNUP_LIMIT));
		if (waitMs > 0) {
			setHeaders({ 'retry-after': String(Math.ceil(waitMs / 1000)) });
			const text = m.error_signup_rate_limited({ minutes: Math.ceil(waitMs / 60_000) });
			return message(form, { type: 'error', text }, { status: 429 });
		}

		const result = await createAccount(db, {
			name: form.data.name,
			email: form.data.email,
			passwordHash: await hashPassword(password),
			workspaceName: m.default_workspace_name({ name: form.data.name }),
			timeZone: isValidTimeZone(form.data.timeZone) ? form.data.timeZone : 'UTC',
			locale: locals.locale
		});
		if (!result.ok) return setError(form, 'email', m.error_email_taken());

		await startSession(db, cookies, result.userId);
		await rememberThisDevice(db, cookies, result.userId);
		redirect(303, safeRedirect(form.data.redirectTo, url.origin, `/w/${result.workspaceId}`));
	}
};
