import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { withinBounds } from '$lib/domain/date-bounds';
import { today } from '$lib/domain/zoned-time';
import { campaignSchema } from '$lib/schemas/campaign';
import { requireBrand } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { createCampaign } from '$lib/server/queries/campaigns';
import { campaignInput } from '../campaign-save.server';
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
		const input = await campaignInput(form, brand);
		if (!input) return fail(400, { form });
		const id = await createCampaign(db, brand.id, input);
		redirect(303, `/w/${workspace.id}/brands/${brand.id}/calendar/campaigns/${id}?created=1`);
	}
};
