import { error } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { getCollaboration, getCreatorWithProfiles } from '$lib/server/queries/collaborations';

/** The collaboration of the brand and its creator of the workspace, or 404. */
export async function collaborationOr404(workspaceId: string, brandId: string, id: string) {
	const collaboration = await getCollaboration(db, brandId, id);
	if (!collaboration) error(404, 'Not found');
	const creator = await getCreatorWithProfiles(db, workspaceId, collaboration.creatorId);
	if (!creator) error(404, 'Not found');
	return { collaboration, creator };
}
