import { error, fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { m } from '$lib/paraglide/messages';
import * as schemas from '$lib/schemas/workspace';
import { requireWorkspace } from '$lib/server/guards';
import { db } from '$lib/server/db';
import * as invitations from '$lib/server/queries/invitations';
import * as workspaces from '$lib/server/queries/workspaces';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { workspace } = await requireWorkspace(locals, params.workspaceId);
	const isOwner = workspace.role === 'owner';
	return {
		members: await workspaces.listMembers(db, workspace.id),
		invitations: isOwner ? await invitations.listPendingInvitations(db, workspace.id) : [],
		inviteForm: await superValidate(zod4(schemas.inviteSchema))
	};
};

const lastOwner = () => ({ type: 'error' as const, text: m.error_last_owner() });

export const actions: Actions = {
	invite: async ({ locals, params, request, url }) => {
		const { user, workspace } = await requireWorkspace(locals, params.workspaceId, 'manageMembers');
		const form = await superValidate(request, zod4(schemas.inviteSchema));
		if (!form.valid) return fail(400, { inviteForm: form });
		const { token } = await invitations.createInvitation(db, {
			workspaceId: workspace.id,
			role: form.data.role,
			email: form.data.email,
			createdBy: user.id
		});
		// The link is shown once: only its hash is stored.
		return { inviteForm: form, inviteLink: `${url.origin}/invite/${token}` };
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
