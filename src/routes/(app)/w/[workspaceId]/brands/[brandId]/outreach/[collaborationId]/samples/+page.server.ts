import { error, fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { today } from '$lib/domain/zoned-time';
import { sampleSchema } from '$lib/schemas/sample';
import { requireCollaboration } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { listSamples } from '$lib/server/queries/samples';
import { addSample } from '$lib/server/services/outreach/samples';
import { markRefusals, samplesPath } from './messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { brand, collaboration, creator } = await requireCollaboration(locals, params);
	const samples = await listSamples(db, brand.id, collaboration.id);
	const form = await superValidate(zod4(sampleSchema), { id: 'sample', errors: false });
	return {
		collaboration: { id: collaboration.id, currency: collaboration.currency },
		creator: { id: creator.id, name: creator.name },
		samples,
		// Shipment status is counted in the market's days.
		today: today(brand.marketTimeZone),
		form,
		notice: url.searchParams.has('added')
			? 'added'
			: url.searchParams.has('deleted')
				? 'deleted'
				: null
	};
};

export const actions: Actions = {
	create: async ({ locals, params, request }) => {
		const { brand, collaboration } = await requireCollaboration(locals, params, 'editContent');
		const form = await superValidate(request, zod4(sampleSchema), { id: 'sample' });
		if (!form.valid) return fail(400, { form });
		const { currency } = collaboration;
		const scope = { brandId: brand.id, collaborationId: collaboration.id, currency };
		const { version: _, ...draft } = form.data;
		const added = await addSample(db, scope, draft);
		if (!added.ok && added.reason === 'not-found') error(404, 'Not found');
		if (!added.ok) {
			markRefusals(form, added.refusals, currency);
			return fail(400, { form });
		}
		redirect(303, `${samplesPath(params)}?added=1`);
	}
};
