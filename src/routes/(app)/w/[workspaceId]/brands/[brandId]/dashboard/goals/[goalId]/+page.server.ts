import { error, fail, redirect } from '@sveltejs/kit';
import { message, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { today } from '$lib/domain/zoned-time';
import { m } from '$lib/paraglide/messages';
import { goalSchema, targetInput } from '$lib/schemas/goal';
import { requireBrand } from '$lib/server/guards';
import { db } from '$lib/server/db';
import type { Brand } from '$lib/server/db/schema';
import * as goals from '$lib/server/queries/goals';
import { listMetrics } from '$lib/server/queries/metrics';
import { deleteGoal, saveGoal } from '$lib/server/services/audience/goals';
import { metricOptions, refusalText } from '../messages';
import type { Actions, PageServerLoad } from './$types';

/** A goal only through its brand: an id of another brand is simply not found. */
async function goalOr404(brand: Brand, goalId: string) {
	const goal = await goals.getGoalWithPace(db, brand.id, goalId, today(brand.marketTimeZone));
	if (!goal) error(404, 'Not found');
	return goal;
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	const goal = await goalOr404(brand, params.goalId);
	const values = {
		metricId: goal.metricId,
		target: targetInput(goal.target, goal.metric.kind, brand.currency),
		startDay: goal.startDay,
		dueDay: goal.dueDay,
		note: goal.note,
		version: goal.version
	};
	const form = await superValidate(values, zod4(goalSchema), { errors: false });
	if (url.searchParams.has('created')) form.message = { type: 'success', text: m.goal_created() };
	return {
		goal,
		form,
		metrics: metricOptions(await listMetrics(db, brand.id)),
		currency: brand.currency
	};
};

export const actions: Actions = {
	save: async ({ locals, params, request }) => {
		const { brand } = await requireBrand(locals, params.workspaceId, params.brandId, 'editContent');
		const form = await superValidate(request, zod4(goalSchema));
		if (!form.valid) {
			await goalOr404(brand, params.goalId);
			return fail(400, { form });
		}
		const scope = { ...brand, brandId: brand.id };
		const result = await saveGoal(db, scope, { ...form.data, id: params.goalId });
		if (!result.ok && result.reason === 'not-found') error(404, 'Not found');
		if (!result.ok && result.reason === 'conflict') {
			// Saved elsewhere meanwhile. The user's values stay in the form, theirs are shown above
			// it; saving again (now at their version) replaces theirs.
			const fresh = result.theirs;
			form.data.version = fresh.version;
			form.message = { type: 'error', text: m.goal_conflict() };
			const theirs = {
				target: targetInput(fresh.target, fresh.metric.kind, brand.currency),
				startDay: fresh.startDay,
				dueDay: fresh.dueDay
			};
			return fail(409, { form, theirs });
		}
		if (!result.ok) {
			setError(form, result.field, refusalText(result, brand.currency));
			return fail(400, { form });
		}
		form.data.version = result.version;
		return message(form, { type: 'success', text: m.saved() });
	},

	delete: async ({ locals, params }) => {
		const { workspace, brand } = await requireBrand(
			locals,
			params.workspaceId,
			params.brandId,
			'editContent'
		);
		const deleted = await deleteGoal(db, { brandId: brand.id }, { id: params.goalId });
		if (!deleted.ok) error(404, 'Not found');
		redirect(303, `/w/${workspace.id}/brands/${brand.id}/dashboard/goals?deleted=1`);
	}
};
