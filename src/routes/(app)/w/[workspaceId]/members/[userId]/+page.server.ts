import { error, fail } from '@sveltejs/kit';
import { message, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { m } from '$lib/paraglide/messages';
import { brandGrants, memberAccessSchema } from '$lib/schemas/access';
import { requireWorkspace } from '$lib/server/guards';
import { db } from '$lib/server/db';
import * as access from '$lib/server/queries/access';
import { listMembers } from '$lib/server/queries/workspaces';
import { changeMemberAccess } from '$lib/server/services/members/access';
import type { Actions, PageServerLoad } from './$types';

/** The member as stored now, with their brands as the form's `brandId:role` values. */
async function memberOf(workspaceId: string, userId: string) {
	const member = (await listMembers(db, workspaceId)).find((m) => m.userId === userId);
	if (!member) error(404, 'Not found');
	const grants = await access.listBrandRoles(db, workspaceId, userId);
	const values = {
		version: member.version,
		brandScope: member.brandScope,
		role: member.role,
		brands: grants.map((g) => `${g.brandId}:${g.role}`)
	};
	return { member, values };
}

export const load: PageServerLoad = async ({ locals, params }) => {
	const { workspace } = await requireWorkspace(locals, params.workspaceId, 'manageMembers');
	const { member, values } = await memberOf(workspace.id, params.userId);
	return {
		member: { userId: member.userId, name: member.name, email: member.email },
		brands: await access.listBrandNames(db, workspace.id),
		form: await superValidate(values, zod4(memberAccessSchema), { errors: false })
	};
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const { workspace } = await requireWorkspace(locals, params.workspaceId, 'manageMembers');
		const form = await superValidate(request, zod4(memberAccessSchema));
		if (!form.valid) return fail(400, { form });
		const result = await changeMemberAccess(
			db,
			{ workspaceId: workspace.id },
			{ userId: params.userId, ...form.data, brands: brandGrants(form.data.brands) }
		);
		if (result.ok) {
			form.data.version = result.version;
			return message(form, { type: 'success', text: m.saved() });
		}
		if (result.reason === 'not-member') error(404, 'Not found');
		if (result.reason === 'no-brands') return setError(form, 'brands._errors', m.error_no_brands());
		if (result.reason === 'unknown-brand')
			return setError(form, 'brands._errors', m.error_unknown_brand());
		if (result.reason === 'last-owner') {
			return message(form, { type: 'error', text: m.error_last_owner() }, { status: 409 });
		}
		// Someone changed this member meanwhile: the choices stay in the form; saving again (now at
		// their version) replaces theirs.
		const { values: theirs } = await memberOf(workspace.id, params.userId);
		form.data.version = theirs.version;
		form.message = { type: 'error', text: m.error_conflict() };
		return fail(409, { form, theirs });
	}
};
