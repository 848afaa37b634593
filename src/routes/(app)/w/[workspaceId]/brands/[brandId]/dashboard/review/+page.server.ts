import { reviewWeek } from '$lib/domain/weekly-review';
import { today } from '$lib/domain/zoned-time';
import { refusedDateNotice } from '$lib/i18n/date-messages';
import { requireBrand } from '$lib/server/guards';
import { db } from '$lib/server/db';
import * as review from '$lib/server/queries/weekly-review';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	// Weeks are Monday-start market-zone days; `?week=` any day of the week wanted.
	const day = today(brand.marketTimeZone);
	const week = reviewWeek(url.searchParams.get('week'), day);
	const [plan, creators, changes, goals] = await Promise.all([
		review.reviewPlan(db, brand.id, week, Date.now()),
		review.reviewCreators(db, brand.id, week),
		review.reviewMetricChanges(db, brand.id, week),
		review.reviewGoalsAtRisk(db, brand.id, day)
	]);
	const notice = refusedDateNotice(week.refused === null ? [] : [week.refused], day);
	return { week, notice, plan, creators, changes, goals, currency: brand.currency };
};
