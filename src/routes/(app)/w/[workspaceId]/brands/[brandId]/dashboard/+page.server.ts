import { db } from '$lib/server/db';
import { requireBrand } from '$lib/server/guards';
import { loadDashboard } from '$lib/server/services/audience/dashboard';
import { listGoalsWithPace } from '$lib/server/queries/goals';
import { today } from '$lib/domain/zoned-time';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	const now = Date.now();
	const scope = { brandId: brand.id, marketTimeZone: brand.marketTimeZone };
	// Goals are paced from the brand's market day, like the charts' ranges.
	const [dashboard, goals] = await Promise.all([
		loadDashboard(db, scope, { params: url.searchParams, now }),
		listGoalsWithPace(db, brand.id, today(brand.marketTimeZone, now))
	]);
	return { ...dashboard, goals, currency: brand.currency };
};
