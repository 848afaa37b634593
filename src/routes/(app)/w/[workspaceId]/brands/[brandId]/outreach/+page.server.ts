import { effectiveWeekStart } from '$lib/domain/time';
import { today, weekOf } from '$lib/domain/zoned-time';
import { getLocale } from '$lib/paraglide/runtime';
import { requireBrand } from '$lib/server/guards';
import { bulkAction } from './bulk.server';
import { moveAction, undoAction } from './move.server';
import { loadChoices, loadPipeline } from './pipeline.server';
import { readFilters, readView } from './view';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { user, workspace, brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	// The market's today and week: follow-ups are due on the days the creators live in.
	const todayDate = today(brand.marketTimeZone);
	const week = weekOf(todayDate, effectiveWeekStart(user.weekStart, getLocale()));
	const view = readView(url.searchParams);
	const filters = readFilters(url.searchParams, view);
	const [pipeline, choices] = await Promise.all([
		loadPipeline(brand, view, filters, url.searchParams, { today: todayDate, weekEnd: week.end }),
		loadChoices(workspace.id, brand.id)
	]);
	return { view, filters, today: todayDate, week, ...pipeline, ...choices };
};

export const actions: Actions = {
	move: async (event) => moveAction(event),
	undo: async (event) => undoAction(event),
	bulk: async (event) => bulkAction(event)
};
