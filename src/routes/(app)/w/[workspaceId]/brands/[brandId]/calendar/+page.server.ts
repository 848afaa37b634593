import { fail, redirect } from '@sveltejs/kit';
import { effectiveWeekStart } from '$lib/domain/time';
import { today, weekOf } from '$lib/domain/zoned-time';
import { getLocale } from '$lib/paraglide/runtime';
import { refusedDateNotice } from '$lib/i18n/date-messages';
import { requireBrand } from '$lib/server/guards';
import { applyMove } from './move.server';
import { FAILURE_STATUS, moveSchema, type MoveAnswer, type MoveFailure } from './move';
import { loadGrid, loadList } from './grid.server';
import { readFilters, readOverlays, readView, readWeekDate } from './view';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url, parent }) => {
	const { user, brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	// "Today" is the market's today: that is the day the posts go out.
	const todayDate = today(brand.marketTimeZone);
	const view = readView(url.searchParams);
	const filters = readFilters(url.searchParams);
	const { date, refused } = readWeekDate(url.searchParams, todayDate);
	const weekStart = effectiveWeekStart(user.weekStart, getLocale());
	const week = weekOf(date, weekStart);
	const shared = {
		view,
		week,
		today: todayDate,
		notice: refusedDateNotice(refused === null ? [] : [refused], todayDate),
		filters,
		overlays: readOverlays(url.searchParams)
	};
	if (view === 'list') {
		const list = await loadList(brand.id, filters, url.searchParams);
		return { ...shared, anchor: week.start, month: null, grid: null, list };
	}
	const options = { month: view === 'month', date, week, weekStart, overlays: shared.overlays };
	return { ...shared, ...(await loadGrid(brand, options, filters, await parent())), list: null };
};

const refuse = (reason: MoveFailure) =>
	fail(FAILURE_STATUS[reason], { move: { ok: false, reason } satisfies MoveAnswer });

export const actions: Actions = {
	move: async ({ locals, params, request, url }) => {
		const { brand } = await requireBrand(locals, params.workspaceId, params.brandId, 'editContent');
		const parsed = moveSchema.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return refuse('invalid');
		const { itemId, channelId, undo, enhanced } = parsed.data;
		const result = await applyMove(brand, parsed.data);
		if (!result.ok) return refuse(result.reason);
		if (!enhanced) {
			// Without JavaScript: back to the same week and filters.
			const back = new URLSearchParams(
				[...url.searchParams].filter(([k]) => !k.startsWith('/') && k !== 'move')
			);
			redirect(303, `${url.pathname}${back.size ? `?${back}` : ''}`);
		}
		const { schedule } = result;
		return {
			move: {
				ok: true,
				itemId,
				title: result.title,
				version: result.version,
				from: result.from,
				to: { date: schedule.scheduledDate, time: schedule.scheduledTime, channelId },
				adjustment: result.adjustment,
				undone: Boolean(undo)
			} satisfies MoveAnswer
		};
	}
};
