import { fail } from '@sveltejs/kit';
import { message, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { m } from '$lib/paraglide/messages';
import { passwordSchema } from '$lib/schemas/account';
import { startSession } from '$lib/server/auth-flow';
import { requireUser } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { hashPassword, verifyPassword } from '$lib/server/password';
import { getUser, setPasswordHash } from '$lib/server/queries/users';
import { invalidateUserSessions } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	requireUser(locals);
	return { form: await superValidate(zod4(passwordSchema)) };
};

export const actions: Actions = {
	default: async ({ locals, request, cookies }) => {
		const user = requireUser(locals);
		const form = await superValidate(request, zod4(passwordSchema));
		const { currentPassword, newPassword } = form.data;
		form.data = { currentPassword: '', newPassword: '', confirmPassword: '' };
		if (!form.valid) return fail(400, { form });

		const stored = await getUser(db, user.id);
		if (!stored || !(await verifyPassword(stored.passwordHash, currentPassword))) {
			return setError(form, 'currentPassword', m.error_current_password());
		}
		await setPasswordHash(db, user.id, await hashPassword(newPassword));
		// Every other device is signed out; this browser gets a fresh session.
		await invalidateUserSessions(db, user.id);
		await startSession(db, cookies, user.id);
		return message(form, { type: 'success', text: m.password_changed() });
	}
};
