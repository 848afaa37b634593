import { allowsInWorkspace, visibleBrandIds } from '$lib/domain/access';
import { requireWorkspace } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { listBrands } from '$lib/server/queries/brands';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { workspace, access } = await requireWorkspace(locals, params.workspaceId);
	const archived = url.searchParams.get('archived') === '1';
	return {
		archived,
		brands: await listBrands(db, workspace.id, { archived, brandIds: visibleBrandIds(access) }),
		// A member limited to chosen brands cannot add one (see domain/access.ts).
		canEdit: allowsInWorkspace(access, 'createBrand')
	};
};
