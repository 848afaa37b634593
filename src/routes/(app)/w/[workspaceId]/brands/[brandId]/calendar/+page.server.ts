import { fail, redirect } from '@sveltejs/kit';
import { effectiveWeekStart } from '$lib/domain/time';
import { today, weekOf } from '$lib/domain/zoned-time';
import { getLocale } from '$lib/paraglide/runtime';
import { refusedDateNotice } from '$lib/i18n/date-messages';
import { db } from '$lib/server/db';
import { requireBrand } from '$lib/server/guards';
import { readGrid, readListPage } from '$lib/server/services/calendar/grid';
import { moveItem } from '$lib/server/services/calendar/move';
import { FAILURE_STATUS, moveSchema, type MoveAnswer, type MoveFailure } from './move';
import { arrangeGrid, arrangeList, gridRange, listInput } from './grid';
import { monthOf, readFilters, readOverlays, readWeekDate, requestedView } from './view';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { locals, params, url, parent } = event;
	const { user, brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	// "Today" is the market's today: that is the day the posts go out.
	const todayDate = today(brand.marketTimeZone);
	const view = requestedView(event);
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
	const scope = { brandId: brand.id };
	if (view === 'list') {
		const { state, page } = listInput(url.searchParams);
		const list = arrangeList(state, await readListPage(db, scope, { filters, page }));
		return { ...shared, anchor: week.start, month: null, grid: null, list };
	}
	// Month view reads the whole grid: the weeks holding the 1st and the last day and between.
	const month = view === 'month' ? monthOf(date, weekStart) : null;
	const { range, ...caps } = gridRange(week, month);
	const input = { range, ...caps, filters, vocabulary: await parent(), now: Date.now() };
	const read = await readGrid(db, scope, input);
	const { targetMarkets } = brand;
	const options = { month: !!month, range, targetMarkets, overlays: shared.overlays };
	const grid = arrangeGrid(read, { ...options, locale: getLocale() });
	return { ...shared, month, anchor: month ? month.first : week.start, grid, list: null };
};

const refuse = (reason: MoveFailure) =>
	fail(FAILURE_STATUS[reason], { move: { ok: false, reason } satisfies MoveAnswer });

export const actions: Actions = {
	move: async ({ locals, params, request, url }) => {
		const { brand } = await requireBrand(locals, params.workspaceId, params.brandId, 'editContent');
		const parsed = moveSchema.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return refuse('invalid');
		const { itemId, version, date, channelId, time, undo, enhanced } = parsed.data;
		const to = { date, channelId, time };
		const scope = { brandId: brand.id, marketTimeZone: brand.marketTimeZone };
		const result = await moveItem(db, scope, { id: itemId, version, to });
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
