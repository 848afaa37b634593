import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { withinBounds } from '$lib/domain/date-bounds';
import { today } from '$lib/domain/zoned-time';
import { campaignSchema } from '$lib/schemas/campaign';
import { requireBrand } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { createCampaign } from '$lib/server/services/calendar/campaigns';
import { markRefusals } from '../messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	// A creation form is for editors (the security suite expects 403 for viewers).
	const { brand } = await requireBrand(locals, params.workspaceId, params.brandId, 'editContent');
	const form = await superValidate(zod4(campaignSchema), { errors: false });
	// `?start=2026-11-20` from a calendar day; anything else (or a day out of bounds) is ignored.
	const start = url.searchParams.get('start') ?? '';
	if (withinBounds(start, today(brand.marketTimeZone))) form.data.startDate = start;
	return { form, currency: brand.currency };
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const { workspace, brand } = await requireBrand(
			locals,
			params.workspaceId,
			params.brandId,
			'editContent'
		);
		const form = await superValidate(request, zod4(campaignSchema));
		if (!form.valid) return fail(400, { form });
		const scope = { workspaceId: workspace.id, brandId: brand.id, currency: brand.currency };
		const created = await createCampaign(db, scope, form.data);
		if (!created.ok) {
			markRefusals(form, created.refusals, brand.currency);
			return fail(400, { form });
		}
		redirect(
			303,
			`/w/${workspace.id}/brands/${brand.id}/calendar/campaigns/${created.id}?created=1`
		);
	}
};
