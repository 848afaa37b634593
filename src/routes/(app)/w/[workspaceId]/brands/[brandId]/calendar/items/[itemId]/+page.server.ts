import { error, fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { m } from '$lib/paraglide/messages';
import { commentSchema, itemFormValues } from '$lib/schemas/item';
import { itemEditSchema } from '$lib/schemas/recurrence';
import { requireBrand } from '$lib/server/guards';
import { db } from '$lib/server/db';
import * as comments from '$lib/server/queries/comments';
import { campaignOptions } from '$lib/server/queries/campaigns';
import { deliverableForItem } from '$lib/server/queries/deliverables';
import * as items from '$lib/server/queries/items';
import { refuseStaleItem } from '../item-conflict.server';
import { itemInput } from '../item-save.server';
import { deleteItemOrSeries, saveWholeSeries, seriesOf } from '../series-save.server';
import { noticeAfterCreate } from '$lib/i18n/schedule-notice';
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
	const campaigns = await campaignOptions(db, brand.id);
	return {
		item,
		form,
		campaigns,
		campaign: campaigns.find((c) => c.id === item.campaignId) ?? null,
		resultsForm: await loadResultsForm(item),
		series: await seriesOf(brand.id, item),
		comments: await comments.listComments(db, brand.id, item.id),
		creatorDeliverable: await deliverableForItem(db, brand.id, item.id),
		commentForm: await superValidate(zod4(commentSchema), { id: 'comment' })
	};
};

export const actions: Actions = {
	save: async ({ locals, params, request }) => {
		const { brand } = await requireBrand(locals, params.workspaceId, params.brandId, 'editContent');
		await itemOr404(brand.id, params.itemId);
		const form = await superValidate(request, zod4(itemEditSchema));
		if (!form.valid) return fail(400, { form });
		const saved = await itemInput(form, brand, locals.locale);
		if (!saved) return fail(400, { form });
		const series = await saveWholeSeries(form, brand.id, params.itemId, saved);
		if (series) return series;
		const { version } = form.data;
		const result = await items.updateItem(db, brand.id, params.itemId, version, saved.input);
		if (!result.ok) {
			// Saved (or deleted) elsewhere meanwhile: keep what was typed, show theirs beside it.
			return refuseStaleItem(form, brand.id, params.itemId, m.conflict_saved_elsewhere());
		}
		form.data = { ...form.data, scheduledTime: saved.input.scheduledTime ?? '' };
		form.data.version = result.version;
		return message(form, { type: 'success', text: saved.notice ?? m.saved() });
	},

	results: saveResultsAction,

	comment: async ({ locals, params, request }) => {
		const { user, brand } = await requireBrand(
			locals,
			params.workspaceId,
			params.brandId,
			'editContent'
		);
		const form = await superValidate(request, zod4(commentSchema), { id: 'comment' });
		if (!form.valid) return fail(400, { commentForm: form });
		if (!(await comments.addComment(db, brand.id, params.itemId, user.id, form.data.body))) {
			error(404, 'Not found');
		}
		return message(form, { type: 'success', text: m.item_comment_added() });
	},

	delete: async ({ locals, params, request }) => {
		const { brand } = await requireBrand(locals, params.workspaceId, params.brandId, 'editContent');
		if (!(await deleteItemOrSeries(request, brand.id, params.itemId))) error(404, 'Not found');
		redirect(303, `/w/${params.workspaceId}/brands/${brand.id}/calendar`);
	}
};
