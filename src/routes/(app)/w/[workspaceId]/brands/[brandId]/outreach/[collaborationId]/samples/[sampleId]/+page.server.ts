import { error, fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { shipmentStatus } from '$lib/domain/tracking';
import { today } from '$lib/domain/zoned-time';
import { m } from '$lib/paraglide/messages';
import { sampleFormValues, sampleSchema } from '$lib/schemas/sample';
import { requireCollaboration } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { getSample } from '$lib/server/queries/samples';
import { removeSample, saveSample } from '$lib/server/services/outreach/samples';
import { markRefusals, samplesPath } from '../messages';
import type { Actions, PageServerLoad } from './$types';

/** A sample only through its brand and collaboration: any other id is simply not found. */
async function sampleOr404(brandId: string, collaborationId: string, id: string) {
	const sample = await getSample(db, brandId, collaborationId, id);
	if (!sample) error(404, 'Not found');
	return sample;
}

export const load: PageServerLoad = async ({ locals, params }) => {
	const { brand, collaboration, creator } = await requireCollaboration(locals, params);
	const sample = await sampleOr404(brand.id, collaboration.id, params.sampleId);
	const values = sampleFormValues(sample, collaboration.currency);
	return {
		collaboration: { id: collaboration.id, currency: collaboration.currency },
		creator: { id: creator.id, name: creator.name },
		sample,
		status: shipmentStatus(sample, today(brand.marketTimeZone)),
		form: await superValidate(values, zod4(sampleSchema), { id: 'sample', errors: false })
	};
};

export const actions: Actions = {
	save: async ({ locals, params, request }) => {
		const { brand, collaboration } = await requireCollaboration(locals, params, 'editContent');
		await sampleOr404(brand.id, collaboration.id, params.sampleId);
		const form = await superValidate(request, zod4(sampleSchema), { id: 'sample' });
		if (!form.valid) return fail(400, { form });
		const { currency } = collaboration;
		const scope = { brandId: brand.id, collaborationId: collaboration.id, currency };
		const { version, ...draft } = form.data;
		const saved = await saveSample(db, scope, { id: params.sampleId, version, draft });
		if (saved.ok) {
			form.data.version = saved.version;
			return message(form, { type: 'success', text: m.saved() });
		}
		if (saved.reason === 'not-found') error(404, 'Not found');
		if (saved.reason !== 'conflict') {
			markRefusals(form, saved.refusals, currency);
			return fail(400, { form });
		}
		// Saved elsewhere meanwhile: the user's values stay, theirs are shown beside them, and
		// saving again (now at their version) replaces theirs knowingly.
		form.data.version = saved.theirs.version;
		form.message = { type: 'error', text: m.collab_sample_conflict() };
		return fail(409, { form, theirs: sampleFormValues(saved.theirs, currency) });
	},

	delete: async ({ locals, params }) => {
		const { brand, collaboration } = await requireCollaboration(locals, params, 'editContent');
		const scope = { brandId: brand.id, collaborationId: collaboration.id };
		const removed = await removeSample(db, scope, { id: params.sampleId });
		if (!removed.ok) error(404, 'Not found');
		redirect(303, `${samplesPath(params)}?deleted=1`);
	}
};
