import { error, fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { campaignPhase } from '$lib/domain/campaigns';
import { today } from '$lib/domain/zoned-time';
import { m } from '$lib/paraglide/messages';
import { campaignFormValues, campaignSchema } from '$lib/schemas/campaign';
import { requireBrand } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { listCampaignCreators } from '$lib/server/queries/campaign-creators';
import * as campaigns from '$lib/server/queries/campaigns';
import { deleteCampaign, saveCampaign } from '$lib/server/services/calendar/campaigns';
import { markRefusals } from '../messages';
import type { Actions, PageServerLoad } from './$types';

/** A campaign only through its brand: an id of another brand is simply not found. */
async function campaignOr404(brandId: string, id: string) {
	const campaign = await campaigns.getCampaign(db, brandId, id);
	if (!campaign) error(404, 'Not found');
	return campaign;
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	const campaign = await campaignOr404(brand.id, params.campaignId);
	const items = await campaigns.listCampaignItems(db, brand.id, campaign.id);
	const values = campaignFormValues(campaign, brand.currency);
	const form = await superValidate(values, zod4(campaignSchema), { errors: false });
	if (url.searchParams.has('created'))
		form.message = { type: 'success', text: m.campaign_created() };
	return {
		campaign,
		phase: campaignPhase(campaign.startDate, campaign.endDate, today(brand.marketTimeZone)),
		currency: brand.currency,
		items: items.slice(0, campaigns.CAMPAIGN_ITEMS_LIMIT),
		itemsCut: items.length > campaigns.CAMPAIGN_ITEMS_LIMIT,
		creators: await listCampaignCreators(db, brand.id, campaign.id),
		form
	};
};

export const actions: Actions = {
	save: async ({ locals, params, request }) => {
		const { workspace, brand } = await requireBrand(
			locals,
			params.workspaceId,
			params.brandId,
			'editContent'
		);
		await campaignOr404(brand.id, params.campaignId);
		const form = await superValidate(request, zod4(campaignSchema));
		if (!form.valid) return fail(400, { form });
		const scope = { workspaceId: workspace.id, brandId: brand.id, currency: brand.currency };
		const { version, ...draft } = form.data;
		const saved = await saveCampaign(db, scope, { id: params.campaignId, version, draft });
		if (saved.ok) {
			form.data = { ...form.data, utmCampaign: saved.utmCampaign, version: saved.version };
			return message(form, { type: 'success', text: m.saved() });
		}
		if (saved.reason === 'not-found') error(404, 'Not found');
		if (saved.reason !== 'conflict') {
			markRefusals(form, saved.refusals, brand.currency);
			return fail(400, { form });
		}
		// Saved elsewhere meanwhile. Nothing is lost: the user's values stay in the form and
		// theirs are shown beside it; saving again (now at their version) replaces theirs.
		const { name, goal, personaId, startDate, endDate, budgetMinor, utmCampaign } = saved.theirs;
		form.data.version = saved.theirs.version;
		form.message = { type: 'error', text: m.campaign_conflict() };
		const theirs = { name, goal, personaId, startDate, endDate, budgetMinor, utmCampaign };
		return fail(409, { form, theirs });
	},

	delete: async ({ locals, params }) => {
		const { workspace, brand } = await requireBrand(
			locals,
			params.workspaceId,
			params.brandId,
			'editContent'
		);
		const deleted = await deleteCampaign(db, { brandId: brand.id }, params.campaignId);
		if (!deleted.ok) error(404, 'Not found');
		redirect(303, `/w/${workspace.id}/brands/${brand.id}/calendar/campaigns?deleted=1`);
	}
};
