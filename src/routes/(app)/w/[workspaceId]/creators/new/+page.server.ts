import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { today } from '$lib/domain/zoned-time';
import {
	creatorValues,
	newCreatorFormValues,
	newCreatorSchema,
	profilesOf
} from '$lib/schemas/creator';
import { requireWorkspace } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { addCreator } from '$lib/server/services/creators/creators';
import { markTaken } from '../messages';
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
		const scope = { workspaceId: workspace.id, userId: user.id, today: today(user.timeZone) };
		const creator = creatorValues(form.data);
		const added = await addCreator(db, scope, { creator, profiles: profilesOf(form.data) });
		if (!added.ok) return fail(409, { form, taken: markTaken(form, added.taken) });
		redirect(303, `/w/${workspace.id}/creators/${added.id}?created=1`);
	}
};
