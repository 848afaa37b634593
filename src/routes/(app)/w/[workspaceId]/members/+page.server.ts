import { error, fail } from '@sveltejs/kit';
import { message, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { m } from '$lib/paraglide/messages';
import * as schemas from '$lib/schemas/workspace';
import { requireWorkspace } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { listBrandNames, listWorkspaceBrandRoles } from '$lib/server/queries/access';
import * as invitations from '$lib/server/queries/invitations';
import * as workspaces from '$lib/server/queries/workspaces';
import { inviteMember } from '$lib/server/services/members/invite';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { workspace } = await requireWorkspace(locals, params.workspaceId, 'seeTeam');
	const isOwner = workspace.role === 'owner';
	const pending = isOwner ? await invitations.listPendingInvitations(db, workspace.id) : [];
	const invitationBrands = await invitations.brandNamesOfInvitations(
		db,
		pending.map((i) => i.id)
	);
	return {
		members: await workspaces.listMembers(db, workspace.id),
		// Who reaches which brands is the owners' business (a client need not see the agency's list).
		brandRoles: isOwner ? await listWorkspaceBrandRoles(db, workspace.id) : [],
		brands: isOwner ? await listBrandNames(db, workspace.id) : [],
		invitations: pending.map((i) => ({ ...i, brands: invitationBrands.get(i.id) ?? [] })),
		inviteForm: await superValidate(zod4(schemas.inviteSchema))
	};
};

const lastOwner = () => ({ type: 'error' as const, text: m.error_last_owner() });

export const actions: Actions = {
	invite: async ({ locals, params, request, url }) => {
		const { user, workspace } = await requireWorkspace(locals, params.workspaceId, 'manageMembers');
		const form = await superValidate(request, zod4(schemas.inviteSchema));
		if (!form.valid) return fail(400, { inviteForm: form });
		const result = await inviteMember(
			db,
			{ workspaceId: workspace.id, userId: user.id },
			form.data
		);
		if (!result.ok) {
			const text = result.reason === 'no-brands' ? m.error_no_brands() : m.error_unknown_brand();
			setError(form, 'brandIds._errors', text);
			return fail(400, { inviteForm: form });
		}
		// The link is shown once: only its hash is stored.
		return { inviteForm: form, inviteLink: `${url.origin}/invite/${result.token}` };
	},

	revoke: async ({ locals, params, request }) => {
		const { workspace } = await requireWorkspace(locals, params.workspaceId, 'manageMembers');
		const form = await superValidate(request, zod4(schemas.invitationIdSchema));
		if (!form.valid) return fail(400, { form });
		const revoked = await invitations.revokeInvitation(db, workspace.id, form.data.invitationId);
		if (!revoked) error(404, 'Not found');
		return message(form, { type: 'success', text: m.invitation_revoked() });
	},

	changeRole: async ({ locals, params, request }) => {
		const { workspace } = await requireWorkspace(locals, params.workspaceId, 'manageMembers');
		const form = await superValidate(request, zod4(schemas.memberRoleSchema));
		if (!form.valid) return fail(400, { form });
		const result = await workspaces.changeMemberRole(
			db,
			workspace.id,
			form.data.userId,
			form.data.role
		);
		if (!result.ok && result.reason === 'not-member') error(404, 'Not found');
		if (!result.ok) return message(form, lastOwner(), { status: 409 });
		return message(form, { type: 'success', text: m.role_changed() });
	},

	remove: async ({ locals, params, request }) => {
		const { workspace } = await requireWorkspace(locals, params.workspaceId, 'manageMembers');
		const form = await superValidate(request, zod4(schemas.memberSchema));
		if (!form.valid) return fail(400, { form });
		const result = await workspaces.removeMember(db, workspace.id, form.data.userId);
		if (!result.ok && result.reason === 'not-member') error(404, 'Not found');
		if (!result.ok) return message(form, lastOwner(), { status: 409 });
		return message(form, { type: 'success', text: m.member_removed() });
	}
};
