import { db } from '$lib/server/db';
import { requireBrand } from '$lib/server/guards';
import { loadDashboard } from '$lib/server/dashboard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	const dashboard = await loadDashboard(db, brand, url.searchParams, Date.now());
	return { ...dashboard, currency: brand.currency };
};
