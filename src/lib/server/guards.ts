import { error, redirect } from '@sveltejs/kit';
import { can, type Role } from '../domain/roles';
import { db } from './db';
import { getBrand } from './queries/brands';
import { getCollaboration, getCreatorWithProfiles } from './queries/collaborations';
import { getWorkspaceForMember } from './queries/workspaces';

type Capability = keyof typeof can;

/** The signed-in user, or a redirect to sign-in that comes back here afterwards. */
export function requireUser(locals: App.Locals, url?: URL) {
	if (locals.user) return locals.user;
	const back = url ? `?redirectTo=${encodeURIComponent(url.pathname + url.search)}` : '';
	redirect(303, `/signin${back}`);
}

/**
 * The one gate for anything inside a workspace. Not a member → 404 (we do not confirm that the
 * workspace exists); a member without the capability → 403.
 */
export async function requireWorkspace(
	locals: App.Locals,
	workspaceId: string,
	capability: Capability = 'read'
) {
	const user = requireUser(locals);
	const workspace = await shared(locals, `workspace:${workspaceId}`, () =>
		getWorkspaceForMember(db, workspaceId, user.id)
	);
	if (!workspace) error(404, 'Not found');
	if (!can[capability](workspace.role as Role)) error(403, 'Forbidden');
	return { user, workspace };
}

/**
 * The gate for anything inside a brand: the workspace gate, then the brand must belong to that
 * workspace. A brand of another workspace answers 404 exactly like a missing one.
 */
export async function requireBrand(
	locals: App.Locals,
	workspaceId: string,
	brandId: string,
	capability: Capability = 'read'
) {
	const { user, workspace } = await requireWorkspace(locals, workspaceId, capability);
	const brand = await shared(locals, `brand:${workspace.id}:${brandId}`, () =>
		getBrand(db, workspace.id, brandId)
	);
	if (!brand) error(404, 'Not found');
	return { user, workspace, brand };
}

type CollaborationParams = { workspaceId: string; brandId: string; collaborationId: string };

/**
 * The gate for a collaboration and its parts: the brand gate (404 outside the workspace, 403
 * without the capability), then the collaboration must be the brand's and its creator the
 * workspace's — another brand's id answers 404 exactly like a missing one.
 */
export async function requireCollaboration(
	locals: App.Locals,
	params: CollaborationParams,
	capability: Capability = 'read'
) {
	const access = await requireBrand(locals, params.workspaceId, params.brandId, capability);
	const { brand, workspace } = access;
	const found = await shared(locals, `collaboration:${brand.id}:${params.collaborationId}`, () =>
		findCollaboration(workspace.id, brand.id, params.collaborationId)
	);
	if (!found) error(404, 'Not found');
	return { ...access, ...found };
}

async function findCollaboration(workspaceId: string, brandId: string, id: string) {
	const collaboration = await getCollaboration(db, brandId, id);
	if (!collaboration) return null;
	const creator = await getCreatorWithProfiles(db, workspaceId, collaboration.creatorId);
	return creator ? { collaboration, creator } : null;
}

/** One lookup per key for the request when it is a read (see `reads` in hooks.server.ts). */
function shared<T>(locals: App.Locals, key: string, lookup: () => Promise<T>): Promise<T> {
	const reads = locals.reads;
	if (!reads) return lookup();
	let pending = reads.get(key) as Promise<T> | undefined;
	if (!pending) {
		pending = lookup();
		reads.set(key, pending);
	}
	return pending;
}
