import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { createWorkspaceSchema } from '$lib/schemas/workspace';
import { requireUser } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { setLastWorkspace } from '$lib/server/queries/users';
import { createWorkspace } from '$lib/server/queries/workspaces';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	requireUser(locals);
	return { form: await superValidate(zod4(createWorkspaceSchema)) };
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const user = requireUser(locals);
		const form = await superValidate(request, zod4(createWorkspaceSchema));
		if (!form.valid) return fail(400, { form });
		const id = await createWorkspace(db, user.id, form.data.name);
		await setLastWorkspace(db, user.id, id);
		redirect(303, `/w/${id}`);
	}
};
