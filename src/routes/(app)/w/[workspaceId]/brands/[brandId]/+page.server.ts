import { error } from '@sveltejs/kit';
import { brandToolsStatus } from '$lib/domain/brand-tools';
import { requireBrand } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { getBrandOverview } from '$lib/server/queries/brands';
import type { PageServerLoad } from './$types';

/** The page a seller shows a new hire: who the brand is for, what it talks about, and where. */
export const load: PageServerLoad = async ({ locals, params }) => {
	const { workspace, brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	const overview = await getBrandOverview(db, workspace.id, brand.id);
	if (!overview) error(404, 'Not found');
	return {
		...overview,
		tools: brandToolsStatus(overview.brand.trademarkStatus, overview.brand.brandRegistryStatus)
	};
};
