import { can } from '$lib/domain/roles';
import { requireWorkspace } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { listBrands } from '$lib/server/queries/brands';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { workspace } = await requireWorkspace(locals, params.workspaceId);
	const archived = url.searchParams.get('archived') === '1';
	return {
		archived,
		brands: await listBrands(db, workspace.id, { archived }),
		canEdit: can.editContent(workspace.role)
	};
};
