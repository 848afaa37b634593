import { error } from '@sveltejs/kit';
import { db } from './db';
import { requireBrand } from './guards';
import { getCollaboration } from './queries/collaborations';
import { getCreator } from './queries/creators';

type Params = { workspaceId: string; brandId: string; collaborationId: string };

/**
 * The gate for a collaboration's parts: the brand gate (404 outside the workspace, 403 without
 * the capability), then the collaboration must be the brand's — another brand's id answers 404
 * exactly like a missing one.
 */
export async function requireCollaboration(
	locals: App.Locals,
	params: Params,
	capability: Parameters<typeof requireBrand>[3] = 'read'
) {
	const access = await requireBrand(locals, params.workspaceId, params.brandId, capability);
	const collaboration = await getCollaboration(db, access.brand.id, params.collaborationId);
	if (!collaboration) error(404, 'Not found');
	const creator = await getCreator(db, access.workspace.id, collaboration.creatorId);
	if (!creator) error(404, 'Not found');
	return { ...access, collaboration, creator };
}
