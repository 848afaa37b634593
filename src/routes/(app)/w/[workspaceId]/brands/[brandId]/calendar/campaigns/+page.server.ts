import { campaignPhase } from '$lib/domain/campaigns';
import { today } from '$lib/domain/zoned-time';
import { requireBrand } from '$lib/server/guards';
import { db } from '$lib/server/db';
import * as campaigns from '$lib/server/queries/campaigns';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	const [list, counts] = await Promise.all([
		campaigns.listCampaigns(db, brand.id),
		campaigns.countCampaignItems(db, brand.id)
	]);
	// "Running" is judged on the market's calendar, wherever the server or the viewer is.
	const marketToday = today(brand.marketTimeZone);
	return {
		currency: brand.currency,
		marketToday,
		campaigns: list.map((c) => ({
			id: c.id,
			name: c.name,
			personaId: c.personaId,
			startDate: c.startDate,
			endDate: c.endDate,
			budgetMinor: c.budgetMinor,
			utmCampaign: c.utmCampaign,
			phase: campaignPhase(c.startDate, c.endDate, marketToday),
			counts: counts.get(c.id) ?? {}
		}))
	};
};
