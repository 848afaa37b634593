import { fail } from '@sveltejs/kit';
import { message, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { m } from '$lib/paraglide/messages';
import { passwordSchema } from '$lib/schemas/account';
import { startSession } from '$lib/server/auth-flow';
import { requireUser } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { isCommonPassword } from '$lib/server/common-passwords';
import { hashPassword } from '$lib/server/password';
import { setPasswordHash } from '$lib/server/queries/users';
import { invalidateUserSessions } from '$lib/server/session';
import { checkCurrentPassword } from '$lib/server/sign-in';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	requireUser(locals);
	return { form: await superValidate(zod4(passwordSchema)) };
};

export const actions: Actions = {
	default: async ({ locals, request, cookies, setHeaders }) => {
		const user = requireUser(locals);
		const form = await superValidate(request, zod4(passwordSchema));
		const { currentPassword, newPassword } = form.data;
		form.data = { currentPassword: '', newPassword: '', confirmPassword: '' };
		if (!form.valid) return fail(400, { form });

		const check = await checkCurrentPassword(db, user.id, currentPassword);
		if (!check.ok && check.reason === 'rate-limited') {
			setHeaders({ 'retry-after': String(Math.ceil(check.retryAfterMs / 1000)) });
			const minutes = Math.ceil(check.retryAfterMs / 60_000);
			return setError(form, 'currentPassword', m.error_password_rate_limited({ minutes }), {
				status: 429
			});
		}
		if (!check.ok) return setError(form, 'currentPassword', m.error_current_password());
		if (await isCommonPassword(newPassword)) {
			return setError(form, 'newPassword', m.error_password_common());
		}
		await setPasswordHash(db, user.id, await hashPassword(newPassword));
		// Every other device is signed out; this browser gets a fresh session.
		await invalidateUserSessions(db, user.id);
		await startSession(db, cookies, user.id);
		return message(form, { type: 'success', text: m.password_changed() });
	}
};
