import { error, fail, redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/guards';
import { db } from '$lib/server/db';
import {
	acceptInvitation,
	brandNamesOfInvitations,
	findInvitationByToken
} from '$lib/server/queries/invitations';
import { setLastWorkspace } from '$lib/server/queries/users';
import type { Actions, PageServerLoad } from './$types';

// Public: whoever holds the link may see the workspace's name, the role offered and the brands it
// opens, nothing more.
export const load: PageServerLoad = async ({ params, locals }) => {
	const invitation = await findInvitationByToken(db, params.token);
	if (!invitation) error(404, 'Not found');
	const brands = await brandNamesOfInvitations(db, [invitation.id]);
	return {
		invitation: {
			workspaceName: invitation.workspaceName,
			role: invitation.role,
			brands: brands.get(invitation.id) ?? [],
			state: invitation.state,
			expiresAt: invitation.expiresAt
		},
		signedInAs: locals.user ? { name: locals.user.name, email: locals.user.email } : null
	};
};

export const actions: Actions = {
	accept: async ({ params, locals, url }) => {
		const user = requireUser(locals, url);
		const result = await acceptInvitation(db, params.token, user.id);
		if (!result.ok) {
			if (result.reason === 'not-found') error(404, 'Not found');
			return fail(410, { reason: result.reason });
		}
		await setLastWorkspace(db, user.id, result.workspaceId);
		redirect(303, `/w/${result.workspaceId}`);
	}
};
