import { effectiveWeekStart } from '$lib/domain/time';
import { fail } from '@sveltejs/kit';
import { today, weekOf } from '$lib/domain/zoned-time';
import { getLocale } from '$lib/paraglide/runtime';
import { bulkSchema } from '$lib/schemas/collaboration';
import { db } from '$lib/server/db';
import { requireBrand } from '$lib/server/guards';
import { bulkChange } from '$lib/server/services/outreach/bulk';
import { loadChoices, loadPipeline } from '$lib/server/services/outreach/pipeline';
import type { BulkAnswer } from './bulk';
import { moveAction, undoAction } from './move.server';
import { BOARD_COLUMN_CARDS, PAGE_SIZE, readFilters, readTableState, readView } from './view';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { user, workspace, brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	// The market's today and week: follow-ups are due on the days the creators live in.
	const todayDate = today(brand.marketTimeZone);
	const week = weekOf(todayDate, effectiveWeekStart(user.weekStart, getLocale()));
	const view = readView(url.searchParams);
	const filters = readFilters(url.searchParams, view);
	const table = { ...readTableState(url.searchParams), size: PAGE_SIZE };
	const [pipeline, choices] = await Promise.all([
		loadPipeline(
			db,
			{ brandId: brand.id, currency: brand.currency },
			{ view, filters, table, boardCards: BOARD_COLUMN_CARDS, today: todayDate, weekEnd: week.end }
		),
		loadChoices(db, { workspaceId: workspace.id, brandId: brand.id })
	]);
	return { view, filters, today: todayDate, week, ...pipeline, ...choices };
};

const refuse = (reason: Extract<BulkAnswer, { ok: false }>['reason']) =>
	fail(400, { bulk: { ok: false, reason } satisfies BulkAnswer });

export const actions: Actions = {
	move: async (event) => moveAction(db, event),
	undo: async (event) => undoAction(db, event),

	/**
	 * The table's bulk change: the checked rows ("id:version") and the button pressed (op). Always
	 * answers on the page (also without JavaScript), since the refusals are the point.
	 */
	bulk: async ({ locals, params, request }) => {
		const access = await requireBrand(locals, params.workspaceId, params.brandId, 'editContent');
		const { user, workspace, brand } = access;
		const data = await request.formData();
		const text = (name: string) => {
			const value = data.get(name);
			return typeof value === 'string' ? value : undefined;
		};
		if (!data.getAll('ids').length) return refuse('none-selected');
		const parsed = bulkSchema.safeParse({
			ids: data.getAll('ids'),
			op: text('op'),
			stage: text('stage') || undefined,
			ownerId: text('ownerId') ?? '',
			followUpOn: text('followUpOn') ?? ''
		});
		if (!parsed.success) return refuse('invalid');
		const { ids: targets, ...change } = parsed.data;
		const scope = { workspaceId: workspace.id, brandId: brand.id, userId: user.id };
		const result = await bulkChange(
			db,
			{ ...scope, marketTimeZone: brand.marketTimeZone },
			{ targets, ...change }
		);
		if (!result.ok) return refuse(result.reason);
		return { bulk: result satisfies BulkAnswer };
	}
};
