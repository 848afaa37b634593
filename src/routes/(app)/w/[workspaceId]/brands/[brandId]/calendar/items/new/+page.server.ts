import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { withinBounds } from '$lib/domain/date-bounds';
import { today } from '$lib/domain/zoned-time';
import { newItemSchema, ruleOf } from '$lib/schemas/recurrence';
import { requireBrand } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { campaignOptions } from '$lib/server/queries/campaigns';
import { createItem } from '$lib/server/services/calendar/items';
import { markRefusals } from '../messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url, parent }) => {
	// A creation form is for editors (the security suite expects 403 for viewers).
	const { brand } = await requireBrand(locals, params.workspaceId, params.brandId, 'editContent');
	// `?date=2026-03-09&channel=ID` from a calendar cell, `?campaign=ID` from a campaign page;
	// anything unknown (or a day outside the accepted ones) is ignored.
	const date = url.searchParams.get('date') ?? '';
	const channel = url.searchParams.get('channel');
	const campaign = url.searchParams.get('campaign');
	const [{ channels }, campaigns] = await Promise.all([parent(), campaignOptions(db, brand.id)]);
	const form = await superValidate(zod4(newItemSchema));
	form.data.scheduledDate = withinBounds(date, today(brand.marketTimeZone)) ? date : '';
	form.data.channelId = channels.find((c) => c.id === channel)?.id ?? '';
	form.data.campaignId = campaigns.find((c) => c.id === campaign)?.id ?? '';
	return { form, campaigns };
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const { user, workspace, brand } = await requireBrand(
			locals,
			params.workspaceId,
			params.brandId,
			'editContent'
		);
		const form = await superValidate(request, zod4(newItemSchema));
		if (!form.valid) return fail(400, { form });
		const scope = {
			workspaceId: workspace.id,
			brandId: brand.id,
			marketTimeZone: brand.marketTimeZone
		};
		const rule = ruleOf(form.data);
		const created = await createItem(db, scope, { draft: form.data, rule, userId: user.id });
		if (!created.ok) {
			markRefusals(form, created.refusals);
			return fail(400, { form });
		}
		const { id } = created;
		const adjusted = created.adjustment ? `&adjusted=${form.data.scheduledTime}` : '';
		redirect(
			303,
			`/w/${workspace.id}/brands/${brand.id}/calendar/items/${id}?created=1${adjusted}`
		);
	}
};
