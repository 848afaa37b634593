import { error, fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { m } from '$lib/paraglide/messages';
import { itemFormValues } from '$lib/schemas/item';
import { deleteScopeSchema, itemEditSchema } from '$lib/schemas/recurrence';
import { requireBrand } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { campaignOptions } from '$lib/server/queries/campaigns';
import { deliverableForItem } from '$lib/server/queries/deliverables';
import * as items from '$lib/server/queries/items';
import { seriesSummary } from '$lib/server/queries/series';
import { deleteItem, saveItem } from '$lib/server/services/calendar/items';
import { adjustedNotice, conflictText, markRefusals, savedText } from '../messages';
import { noticeAfterCreate } from '$lib/i18n/schedule-notice';
import { theirsOf } from '../theirs';
import { commentAction, loadThread, threadAction } from '../../../threads.server';
import { loadResultsForm, saveResultsAction } from './results.server';
import type { Actions, PageServerLoad } from './$types';

/** An item only through its brand: an id of another brand is simply not found. */
async function itemOr404(brandId: string, itemId: string) {
	const item = await items.getItem(db, brandId, itemId);
	if (!item) error(404, 'Not found');
	return item;
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	const item = await itemOr404(brand.id, params.itemId);
	const form = await superValidate(itemFormValues(item), zod4(itemEditSchema), { errors: false });
	if (url.searchParams.has('created')) {
		const notice = noticeAfterCreate(item, url.searchParams.get('adjusted'), locals.locale);
		form.message = { type: 'success', text: notice ?? m.item_created() };
	}
	// Independent reads of the item's neighbours, outside any transaction: together, so on a
	// libSQL server their round trips overlap (on the embedded file they run one after another).
	const [campaigns, resultsForm, series, discussion, creatorDeliverable] = await Promise.all([
		campaignOptions(db, brand.id),
		loadResultsForm(item),
		seriesSummary(db, brand.id, item),
		loadThread(db, brand.id, { kind: 'item', id: item.id }),
		deliverableForItem(db, brand.id, item.id)
	]);
	return {
		item,
		form,
		campaigns,
		campaign: campaigns.find((c) => c.id === item.campaignId) ?? null,
		resultsForm,
		series,
		discussion,
		creatorDeliverable
	};
};

export const actions: Actions = {
	save: async ({ locals, params, request }) => {
		const { brand } = await requireBrand(locals, params.workspaceId, params.brandId, 'editContent');
		await itemOr404(brand.id, params.itemId);
		const form = await superValidate(request, zod4(itemEditSchema));
		if (!form.valid) return fail(400, { form });
		const { version, seriesScope, seriesStamp } = form.data;
		const scope = {
			workspaceId: brand.workspaceId,
			brandId: brand.id,
			marketTimeZone: brand.marketTimeZone
		};
		const saved = await saveItem(db, scope, {
			...{ id: params.itemId, version, draft: form.data },
			...{ wholeSeries: seriesScope === 'series', seriesStamp }
		});
		if (!saved.ok && saved.reason === 'not-found') error(404, 'Not found');
		if (!saved.ok && saved.reason === 'conflict') {
			// Saved (or deleted) elsewhere meanwhile: nothing is lost. The typed values (and the scope)
			// stay in the form, the item as stored is shown beside it; the form takes the stored version
			// and the page the series' stamp, so saving again, knowingly, replaces theirs.
			form.data.version = saved.theirs.version;
			form.message = { type: 'error', text: conflictText(saved.wholeSeries) };
			return fail(409, { form, theirs: theirsOf(saved.theirs), seriesStamp: saved.seriesStamp });
		}
		if (!saved.ok) {
			markRefusals(form, saved.refusals);
			return fail(400, { form });
		}
		const notice = adjustedNotice(saved, form.data, locals.locale);
		const asked = { scheduledTime: form.data.scheduledTime, timeZone: saved.input.timeZone };
		form.data = {
			...form.data,
			scheduledTime: saved.input.scheduledTime ?? '',
			version: saved.version
		};
		if (saved.series) form.data.seriesScope = 'one';
		return message(form, { type: 'success', text: savedText(saved.series, notice, asked) });
	},

	results: async (event) => saveResultsAction(db, event),

	// Every member who sees the item may comment on it, resolve and reopen its thread.
	comment: async (event) => commentAction(db, event, itemOf(event.params)),
	resolve: async (event) => threadAction(db, event, itemOf(event.params), true),
	reopen: async (event) => threadAction(db, event, itemOf(event.params), false),

	delete: async ({ locals, params, request }) => {
		const { brand } = await requireBrand(locals, params.workspaceId, params.brandId, 'editContent');
		const { data } = await superValidate(request, zod4(deleteScopeSchema));
		const wholeSeries = data.seriesScope === 'series';
		const deleted = await deleteItem(db, { brandId: brand.id }, { id: params.itemId, wholeSeries });
		if (!deleted.ok) error(404, 'Not found');
		redirect(303, `/w/${params.workspaceId}/brands/${brand.id}/calendar`);
	}
};

const itemOf = (params: { itemId: string }) => ({ kind: 'item' as const, id: params.itemId });
