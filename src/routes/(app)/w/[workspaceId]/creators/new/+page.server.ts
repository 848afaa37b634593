import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { today } from '$lib/domain/zoned-time';
import {
	creatorValues,
	measuredDay,
	newCreatorFormValues,
	newCreatorSchema,
	profilesOf
} from '$lib/schemas/creator';
import { requireWorkspace } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { createCreator } from '$lib/server/queries/creators';
import { markTaken } from '../creator-save.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	// A creation form is for editors (the security suite expects 403 for viewers).
	await requireWorkspace(locals, params.workspaceId, 'editContent');
	const form = await superValidate(newCreatorFormValues(), zod4(newCreatorSchema), {
		errors: false
	});
	return { form };
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const { user, workspace } = await requireWorkspace(locals, params.workspaceId, 'editContent');
		const form = await superValidate(request, zod4(newCreatorSchema));
		if (!form.valid) return fail(400, { form });
		// Numbers without a date were read today, on the user's own calendar.
		const day = today(user.timeZone);
		const rows = profilesOf(form.data).map(({ row, profile }) => ({
			row,
			profile: { ...profile, measuredOn: measuredDay(profile, null, day) }
		}));
		const profiles = rows.map((r) => r.profile);
		const result = await createCreator(
			db,
			workspace.id,
			creatorValues(form.data),
			profiles,
			user.id
		);
		if (!result.ok) return fail(409, { form, taken: markTaken(form, rows, result.duplicates) });
		redirect(303, `/w/${workspace.id}/creators/${result.id}?created=1`);
	}
};
