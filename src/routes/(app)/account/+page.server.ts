import { error, fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { listTimeZones } from '$lib/domain/time';
import { m } from '$lib/paraglide/messages';
import { WEEK_START_DAY, WEEK_STARTS, accountSchema } from '$lib/schemas/account';
import { requireUser } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { getUser, updateAccountSettings } from '$lib/server/queries/users';
import type { Actions, PageServerLoad } from './$types';

function formValues(user: {
	name: string;
	locale: string | null;
	timeZone: string;
	weekStart: number | null;
	version: number;
}) {
	const weekStart = WEEK_STARTS.find((key) => WEEK_START_DAY[key] === user.weekStart) ?? 'auto';
	const locale = user.locale === 'en' || user.locale === 'zh-CN' ? user.locale : 'auto';
	return {
		name: user.name,
		locale,
		timeZone: user.timeZone,
		weekStart,
		version: user.version
	} as const;
}

export const load: PageServerLoad = async ({ locals }) => {
	const user = requireUser(locals);
	return {
		form: await superValidate(formValues(user), zod4(accountSchema), { errors: false }),
		timeZones: listTimeZones()
	};
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const user = requireUser(locals);
		const form = await superValidate(request, zod4(accountSchema));
		if (!form.valid) return fail(400, { form });
		const result = await updateAccountSettings(db, user.id, form.data.version, {
			name: form.data.name,
			locale: form.data.locale === 'auto' ? null : form.data.locale,
			timeZone: form.data.timeZone,
			weekStart: WEEK_START_DAY[form.data.weekStart]
		});
		if (!result.ok) {
			// Saved elsewhere meanwhile (another tab or device). Nothing is lost: the typed values
			// stay in the form and the stored ones are shown beside it; saving again (now at the
			// stored version) replaces them.
			const fresh = await getUser(db, user.id);
			if (!fresh) error(404, 'Not found');
			const { version, ...theirs } = formValues(fresh);
			form.data.version = version;
			form.message = { type: 'error', text: m.error_conflict() };
			return fail(409, { form, theirs });
		}
		form.data.version = result.version;
		return message(form, { type: 'success', text: m.saved() });
	}
};
