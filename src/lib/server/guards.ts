import { error, redirect } from '@sveltejs/kit';
import {
	allowsInBrand,
	allowsInWorkspace,
	roleInBrand,
	workspaceRole,
	type Capability
} from '../domain/access';
import { db } from './db';
import { getAccess } from './queries/access';
import { getBrand } from './queries/brands';
import { getCollaboration, getCreatorWithProfiles } from './queries/collaborations';
import { getWorkspaceForMember } from './queries/workspaces';

/** The signed-in user, or a redirect to sign-in that comes back here afterwards. */
export function requireUser(locals: App.Locals, url?: URL) {
	if (locals.user) return locals.user;
	const back = url ? `?redirectTo=${encodeURIComponent(url.pathname + url.search)}` : '';
	redirect(303, `/signin${back}`);
}

/**
 * The caller's membership with what it grants, read once per request (never cached across
 * requests: narrowing someone's access takes effect on their next request).
 */
async function membership(locals: App.Locals, userId: string, workspaceId: string) {
	return shared(locals, `workspace:${workspaceId}`, async () => {
		const found = await getWorkspaceForMember(db, workspaceId, userId);
		if (!found) return null;
		const access = await getAccess(db, found.id, userId, found);
		// `role` is the role for workspace-level things (domain/access.ts `workspaceRole`).
		return { workspace: { ...found, role: workspaceRole(access) }, access };
	});
}

/**
 * The one gate for anything inside a workspace. Not a member → 404 (we do not confirm that the
 * workspace exists); a member without the capability → 403. A member limited to chosen brands
 * never has the workspace-wide capabilities (members, settings, new brands).
 */
export async function requireWorkspace(
	locals: App.Locals,
	workspaceId: string,
	capability: Capability = 'read'
) {
	const user = requireUser(locals);
	const found = await membership(locals, user.id, workspaceId);
	if (!found) error(404, 'Not found');
	if (!allowsInWorkspace(found.access, capability)) error(403, 'Forbidden');
	return { user, workspace: found.workspace, access: found.access };
}

/**
 * The gate for anything inside a brand: the caller must be a member who reaches the brand (a
 * brand outside their chosen brands answers 404 exactly like a missing one or another
 * workspace's), then their role in that brand must allow the capability (403). `role` is their
 * role in this brand.
 */
export async function requireBrand(
	locals: App.Locals,
	workspaceId: string,
	brandId: string,
	capability: Capability = 'read'
) {
	const user = requireUser(locals);
	const found = await membership(locals, user.id, workspaceId);
	if (!found) error(404, 'Not found');
	const { workspace, access } = found;
	const verdict = allowsInBrand(access, brandId, capability);
	if (verdict === 'hidden') error(404, 'Not found');
	const brand = await shared(locals, `brand:${workspace.id}:${brandId}`, () =>
		getBrand(db, workspace.id, brandId)
	);
	if (!brand) error(404, 'Not found');
	if (verdict === 'forbidden') error(403, 'Forbidden');
	return { user, workspace, access, brand, role: roleInBrand(access, brandId)! };
}

type CollaborationParams = { workspaceId: string; brandId: string; collaborationId: string };

/**
 * The gate for a collaboration and its parts: the brand gate (404 outside the caller's brands, 403
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
