import { fail, redirect } from '@sveltejs/kit';
import { setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { withinBounds } from '$lib/domain/date-bounds';
import { today } from '$lib/domain/zoned-time';
import { goalSchema } from '$lib/schemas/goal';
import { requireBrand } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { listMetrics } from '$lib/server/queries/metrics';
import { createGoal } from '$lib/server/services/audience/goals';
import { metricOptions, refusalText } from '../messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	// A creation form is for editors (the security suite expects 403 for viewers).
	const { brand } = await requireBrand(locals, params.workspaceId, params.brandId, 'editContent');
	const form = await superValidate(zod4(goalSchema), { errors: false });
	form.data.startDay = today(brand.marketTimeZone);
	// `?metric=…` preselects a metric (from a chart); an unknown id simply leaves it empty.
	const metrics = metricOptions(await listMetrics(db, brand.id));
	const wanted = url.searchParams.get('metric');
	if (wanted && metrics.some((metric) => metric.id === wanted)) form.data.metricId = wanted;
	const due = url.searchParams.get('due') ?? '';
	if (withinBounds(due, form.data.startDay)) form.data.dueDay = due;
	return { form, metrics, currency: brand.currency };
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const { user, workspace, brand } = await requireBrand(
			locals,
			params.workspaceId,
			params.brandId,
			'editContent'
		);
		const form = await superValidate(request, zod4(goalSchema));
		if (!form.valid) return fail(400, { form });
		const { version: _version, ...fields } = form.data;
		const created = await createGoal(db, { ...brand, brandId: brand.id, userId: user.id }, fields);
		if (!created.ok) {
			setError(form, created.field, refusalText(created, brand.currency));
			return fail(400, { form });
		}
		redirect(303, `/w/${workspace.id}/brands/${brand.id}/dashboard/goals/${created.id}?created=1`);
	}
};
