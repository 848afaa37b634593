import { error, fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { m } from '$lib/paraglide/messages';
import { commentSchema, itemFormValues } from '$lib/schemas/item';
import { deleteScopeSchema, itemEditSchema } from '$lib/schemas/recurrence';
import { requireBrand } from '$lib/server/guards';
import { db } from '$lib/server/db';
import * as comments from '$lib/server/queries/comments';
import { campaignOptions } from '$lib/server/queries/campaigns';
import { deliverableForItem } from '$lib/server/queries/deliverables';
import * as items from '$lib/server/queries/items';
import { seriesSummary } from '$lib/server/queries/series';
import { deleteItem, saveItem } from '$lib/server/services/calendar/items';
import { commentOnItem, resolveItemThread } from '$lib/server/services/comments/item-comments';
import { adjustedNotice, conflictText, markRefusals, savedText } from '../messages';
import { noticeAfterCreate } from '$lib/i18n/schedule-notice';
import { theirsOf } from '../theirs';
import { loadResultsForm, saveResultsAction } from './results.server';
import type { Actions, PageServerLoad } from './$types';

/** An item only through its brand: an id of another brand is simply not found. */
async function itemOr404(brandId: string, itemId: string) {
	const item = await items.getItem(db, brandId, itemId);
	if (!item) error(404, 'Not found');
	return item;
}

async function commentsWithMentions(brandId: string, itemId: string) {
	const list = await comments.listComments(db, brandId, itemId);
	const mentions = await comments.listMentions(
		db,
		list.map((c) => c.id)
	);
	return list.map((c) => ({ ...c, mentions: mentions.get(c.id) ?? [] }));
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
	const [campaigns, resultsForm, series, itemComments, thread, creatorDeliverable, commentForm] =
		await Promise.all([
			campaignOptions(db, brand.id),
			loadResultsForm(item),
			seriesSummary(db, brand.id, item),
			commentsWithMentions(brand.id, item.id),
			comments.getThread(db, item.id),
			deliverableForItem(db, brand.id, item.id),
			superValidate(zod4(commentSchema), { id: 'comment' })
		]);
	return {
		item,
		form,
		campaigns,
		campaign: campaigns.find((c) => c.id === item.campaignId) ?? null,
		resultsForm,
		series,
		comments: itemComments,
		thread,
		creatorDeliverable,
		commentForm
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

	// Every member who sees the item may comment on it: viewers and approvers too.
	comment: async ({ locals, params, request }) => {
		const { user, brand, workspace } = await requireBrand(
			locals,
			params.workspaceId,
			params.brandId,
			'comment'
		);
		const form = await superValidate(request, zod4(commentSchema), { id: 'comment' });
		if (!form.valid) return fail(400, { commentForm: form });
		const scope = { workspaceId: workspace.id, brandId: brand.id, userId: user.id };
		const result = await commentOnItem(db, scope, { itemId: params.itemId, body: form.data.body });
		if (!result.ok) error(404, 'Not found');
		return message(form, { type: 'success', text: m.item_comment_added() });
	},

	// Whoever may comment may resolve the thread, and reopen it.
	resolve: async ({ locals, params }) => threadAction(locals, params, true),
	reopen: async ({ locals, params }) => threadAction(locals, params, false),

	delete: async ({ locals, params, request }) => {
		const { brand } = await requireBrand(locals, params.workspaceId, params.brandId, 'editContent');
		const { data } = await superValidate(request, zod4(deleteScopeSchema));
		const wholeSeries = data.seriesScope === 'series';
		const deleted = await deleteItem(db, { brandId: brand.id }, { id: params.itemId, wholeSeries });
		if (!deleted.ok) error(404, 'Not found');
		redirect(303, `/w/${params.workspaceId}/brands/${brand.id}/calendar`);
	}
};

async function threadAction(
	locals: App.Locals,
	params: { workspaceId: string; brandId: string; itemId: string },
	resolved: boolean
) {
	const { user, brand, workspace } = await requireBrand(
		locals,
		params.workspaceId,
		params.brandId,
		'comment'
	);
	const scope = { workspaceId: workspace.id, brandId: brand.id, userId: user.id };
	const result = await resolveItemThread(db, scope, { itemId: params.itemId, resolved });
	if (!result.ok) error(404, 'Not found');
	return { threadNotice: resolved ? m.thread_resolved_done() : m.thread_reopened() };
}
