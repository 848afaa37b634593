import { creatorScope } from '$lib/domain/access';
import { can } from '$lib/domain/roles';
import { requireWorkspace } from '$lib/server/guards';
import { db } from '$lib/server/db';
import * as creators from '$lib/server/queries/creators';
import { readDirectory } from './directory';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { workspace, access } = await requireWorkspace(locals, params.workspaceId);
	const view = readDirectory(url.searchParams);
	const scope = creatorScope(access);
	const filters = { ...view.filters, ...scope };
	const [first, facets] = await Promise.all([
		creators.listCreators(db, workspace.id, filters, view.page),
		creators.listDirectoryFacets(db, workspace.id, scope)
	]);
	const pages = Math.max(1, Math.ceil(first.total / creators.DIRECTORY_PAGE_SIZE));
	// A page past the end (an old link, fewer creators now) shows the last one instead.
	if (view.page.page > pages) view.page.page = pages;
	const list =
		first.rows.length || first.total === 0
			? first
			: await creators.listCreators(db, workspace.id, filters, view.page);
	return {
		list: {
			...list,
			page: view.page.page,
			pages,
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
