import { fail, redirect } from '@sveltejs/kit';
import { setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { moneyOf, startSchema } from '$lib/schemas/collaboration';
import { normaliseLineBreaks } from '$lib/schemas/fields';
import { db } from '$lib/server/db';
import { requireBrand } from '$lib/server/guards';
import { findCreators, getCreatorWithProfiles } from '$lib/server/queries/collaborations';
import { loadChoices } from '$lib/server/services/outreach/pipeline';
import { startCollaboration } from '$lib/server/services/outreach/collaborations';
import { m } from '$lib/paraglide/messages';
import { markUnknown } from '../messages';
import type { Actions, PageServerLoad } from './$types';

const QUERY_MAX = 80;

/** Starting a collaboration is for editors: the page itself answers 403 to a viewer. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { user, workspace, brand } = await requireBrand(
		locals,
		params.workspaceId,
		params.brandId,
		'editContent'
	);
	const query = (url.searchParams.get('q') ?? '').slice(0, QUERY_MAX);
	const chosenId = url.searchParams.get('creator') ?? '';
	const [results, chosen, choices] = await Promise.all([
		findCreators(db, workspace.id, query),
		chosenId ? getCreatorWithProfiles(db, workspace.id, chosenId) : null,
		loadChoices(db, { workspaceId: workspace.id, brandId: brand.id })
	]);
	const form = await superValidate(
		// The person starting it owns it unless they choose someone else.
		{ creatorId: chosen?.id ?? '', currency: brand.currency, ownerId: user.id },
		zod4(startSchema),
		{ errors: false }
	);
	return {
		query,
		results,
		chosen: chosen && {
			id: chosen.id,
			name: chosen.name,
			doNotContact: chosen.doNotContact,
			doNotContactReason: chosen.doNotContactReason,
			profiles: chosen.profiles.map((p) => ({ platform: p.platform, handle: p.handle }))
		},
		form,
		...choices
	};
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const { user, workspace, brand } = await requireBrand(
			locals,
			params.workspaceId,
			params.brandId,
			'editContent'
		);
		const form = await superValidate(request, zod4(startSchema));
		if (!form.valid) return fail(400, { form });
		const { data } = form;
		const scope = { workspaceId: workspace.id, brandId: brand.id, userId: user.id };
		const started = await startCollaboration(
			db,
			{ ...scope, marketTimeZone: brand.marketTimeZone },
			{
				creatorId: data.creatorId,
				currency: data.currency,
				campaignId: data.campaignId || null,
				ownerId: data.ownerId || null,
				feeMinor: moneyOf(data.fee, data.currency),
				productGiven: data.productGiven,
				brief: normaliseLineBreaks(data.brief)
			}
		);
		if (!started.ok && started.reason === 'unknown-reference') markUnknown(form, started.fields);
		else if (!started.ok) setError(form, 'creatorId', m.outreach_error_creator());
		if (!started.ok) return fail(400, { form });
		redirect(303, `/w/${workspace.id}/brands/${brand.id}/outreach/${started.id}?created=1`);
	}
};
