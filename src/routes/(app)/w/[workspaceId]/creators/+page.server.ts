import { can } from '$lib/domain/roles';
import { requireWorkspace } from '$lib/server/guards';
import { db } from '$lib/server/db';
import * as creators from '$lib/server/queries/creators';
import { readDirectory } from './directory';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { workspace } = await requireWorkspace(locals, params.workspaceId);
	const view = readDirectory(url.searchParams);
	const [list, facets] = await Promise.all([
		creators.listCreators(db, workspace.id, view.filters, view.page),
		creators.listDirectoryFacets(db, workspace.id)
	]);
	return {
		list: {
			...list,
			page: view.page.page,
			pages: Math.max(1, Math.ceil(list.total / creators.DIRECTORY_PAGE_SIZE)),
			size: creators.DIRECTORY_PAGE_SIZE,
			sort: view.page.sort,
			dir: view.page.dir
		},
		typed: view.typed,
		invalid: view.invalid,
		activeCount: view.activeCount,
		facets,
		canEdit: can.editContent(workspace.role)
	};
};
