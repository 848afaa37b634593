import { error, fail } from '@sveltejs/kit';
import { message, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { m } from '$lib/paraglide/messages';
import { addMetricSchema, metricIdSchema, renameMetricSchema } from '$lib/schemas/metric';
import { db } from '$lib/server/db';
import { requireBrand } from '$lib/server/guards';
import * as metrics from '$lib/server/queries/metrics';
import { listChannels } from '$lib/server/queries/channels';
import * as metricService from '$lib/server/services/audience/metrics';
import { addRefusal, renameConflict } from './messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	// Independent reads outside any transaction: together, so on a libSQL server their round
	// trips overlap (on the embedded file they run one after another anyway).
	const [brandMetrics, unmeasured, channels, valueCounts, addForm] = await Promise.all([
		metrics.listMetrics(db, brand.id),
		metrics.listUnmeasuredChannels(db, brand.id),
		listChannels(db, brand.id),
		metrics.countMetricValues(db, brand.id),
		superValidate(zod4(addMetricSchema))
	]);
	return { metrics: brandMetrics, unmeasured, channels, valueCounts, addForm };
};

const edit = (locals: App.Locals, params: { workspaceId: string; brandId: string }) =>
	requireBrand(locals, params.workspaceId, params.brandId, 'editContent');

export const actions: Actions = {
	suggest: async ({ locals, params }) => {
		const { brand } = await edit(locals, params);
		const { added: count } = await metricService.addSuggestedMetrics(db, { brandId: brand.id });
		return { suggested: count ? m.entry_suggest_done({ count }) : m.entry_suggest_none() };
	},
	add: async ({ locals, params, request }) => {
		const { workspace, brand } = await edit(locals, params);
		const form = await superValidate(request, zod4(addMetricSchema));
		if (!form.valid) return fail(400, { addForm: form });
		const scope = { workspaceId: workspace.id, brandId: brand.id };
		const added = await metricService.addMetric(db, scope, form.data);
		// setError and message mark the form in place; the page reads it as `addForm`.
		if (!added.ok) {
			setError(form, added.field, addRefusal(added));
			return fail(400, { addForm: form });
		}
		message(form, { type: 'success', text: m.entry_added() });
		return { addForm: form };
	},
	/** Version-checked: a stale rename is refused and the typed name is kept for another try. */
	rename: async ({ locals, params, request }) => {
		const { brand } = await edit(locals, params);
		const form = await superValidate(request, zod4(renameMetricSchema));
		if (!form.valid) return fail(400, { renameForm: form });
		const renamed = await metricService.renameMetric(db, { brandId: brand.id }, form.data);
		if (!renamed.ok && renamed.reason === 'not-found') error(404, 'Not found');
		if (!renamed.ok) {
			form.data.version = renamed.current.version;
			const text = renameConflict(renamed.current);
			return fail(409, { renameForm: { ...form, message: { type: 'error', text } } });
		}
		form.data.version = renamed.version;
		return { renameForm: { ...form, message: { type: 'success', text: m.entry_renamed() } } };
	},
	delete: async ({ locals, params, request }) => {
		const { brand } = await edit(locals, params);
		const form = await superValidate(request, zod4(metricIdSchema));
		if (!form.valid) return fail(400, { deleteForm: form });
		const deleted = await metricService.deleteMetric(db, { brandId: brand.id }, form.data.metricId);
		if (!deleted.ok) error(404, 'Not found');
		return { deleted: m.entry_deleted() };
	}
};
