import { requireUser } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { listWorkspacesForUser } from '$lib/server/queries/workspaces';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	return {
		user: {
			name: user.name,
			email: user.email,
			timeZone: user.timeZone,
			weekStart: user.weekStart
		},
		workspaces: await listWorkspacesForUser(db, user.id)
	};
};
