import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { today } from '$lib/domain/zoned-time';
import { sampleSchema } from '$lib/schemas/sample';
import { requireCollaboration } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { listSamples } from '$lib/server/queries/samples';
import { createSampleAction } from './sample-save.server';
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
	create: async (event) => createSampleAction(event)
};
