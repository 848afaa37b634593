import { today } from '$lib/domain/zoned-time';
import { m } from '$lib/paraglide/messages';
import { requireBrand } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { listGoalsWithPace } from '$lib/server/queries/goals';
import { listMetrics } from '$lib/server/queries/metrics';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	// "Today" is the brand's market day, never the server's.
	const goals = await listGoalsWithPace(db, brand.id, today(brand.marketTimeZone));
	const hasMetrics = (await listMetrics(db, brand.id)).length > 0;
	const notice = url.searchParams.has('deleted') ? m.goal_deleted() : null;
	return { goals, hasMetrics, currency: brand.currency, notice };
};
