import { fail, redirect } from '@sveltejs/kit';
import { UNSCHEDULED } from '$lib/domain/schedule';
import { effectiveWeekStart } from '$lib/domain/time';
import { today, weekOf } from '$lib/domain/zoned-time';
import { getLocale } from '$lib/paraglide/runtime';
import { requireBrand } from '$lib/server/guards';
import { db } from '$lib/server/db';
import * as items from '$lib/server/queries/items';
import { FAILURE_STATUS, moveSchema, type MoveAnswer, type MoveFailure } from './move';
import { weekHealth } from './health.server';
import { monthOf, readFilters, readView, readWeekDate } from './view';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url, parent }) => {
	const { user, brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	// "Today" is the market's today: that is the day the posts go out.
	const todayDate = today(brand.marketTimeZone);
	const view = readView(url.searchParams);
	const date = readWeekDate(url.searchParams, todayDate);
	const weekStart = effectiveWeekStart(user.weekStart, getLocale());
	const week = weekOf(date, weekStart);
	// Month view reads the whole grid: the weeks holding the 1st and the last day and between.
	const month = view === 'month' ? monthOf(date, weekStart) : null;
	const range = month ?? week;
	const filters = readFilters(url.searchParams);
	const [scheduled, ideas] = await Promise.all([
		items.listItemsInRange(db, brand.id, range.start, range.end, filters),
		items.listUnscheduled(db, brand.id, filters)
	]);
	// Plan health stays a judgement of one week: the week of the anchor date.
	const inWeek = scheduled.filter(
		({ scheduledDate: day }) => day && day >= week.start && day < week.end
	);
	const health = await weekHealth(brand.id, week, inWeek, filters, await parent());
	const anchor = month ? month.first : week.start;
	return {
		view,
		anchor,
		week,
		month,
		today: todayDate,
		filters,
		items: scheduled,
		ideas,
		...health
	};
};

const refuse = (reason: MoveFailure) =>
	fail(FAILURE_STATUS[reason], { move: { ok: false, reason } satisfies MoveAnswer });

export const actions: Actions = {
	move: async ({ locals, params, request, url }) => {
		const { brand } = await requireBrand(locals, params.workspaceId, params.brandId, 'editContent');
		const parsed = moveSchema.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return refuse('invalid');
		const { itemId, version, date, channelId, time, undo, enhanced } = parsed.data;
		const before = await items.getItem(db, brand.id, itemId);
		if (!before) return refuse('not-found');
		// No date: an undo sending an idea back to the tray.
		const result: items.MoveResult = date
			? await items.moveItem(
					db,
					brand.id,
					itemId,
					version,
					{ date, channelId, time },
					brand.marketTimeZone
				)
			: await items
					.updateItem(db, brand.id, itemId, version, { ...UNSCHEDULED, channelId })
					.then((saved) =>
						saved.ok ? { ...saved, schedule: UNSCHEDULED, adjustment: null } : saved
					);
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
				title: before.title,
				version: result.version,
				from: {
					date: before.scheduledDate,
					time: before.scheduledTime,
					channelId: before.channelId
				},
				to: { date: schedule.scheduledDate, time: schedule.scheduledTime, channelId },
				adjustment: result.adjustment,
				undone: Boolean(undo)
			} satisfies MoveAnswer
		};
	}
};
