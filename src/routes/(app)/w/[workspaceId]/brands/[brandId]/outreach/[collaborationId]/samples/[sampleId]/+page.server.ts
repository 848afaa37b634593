import { error, fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { shipmentStatus } from '$lib/domain/tracking';
import { today } from '$lib/domain/zoned-time';
import { m } from '$lib/paraglide/messages';
import { sampleFormValues, sampleSchema } from '$lib/schemas/sample';
import { requireCollaboration } from '$lib/server/guards';
import { db } from '$lib/server/db';
import * as samples from '$lib/server/queries/samples';
import { sampleInput, samplesPath } from '../sample-save.server';
import type { Actions, PageServerLoad } from './$types';

/** A sample only through its brand and collaboration: any other id is simply not found. */
async function sampleOr404(brandId: string, collaborationId: string, id: string) {
	const sample = await samples.getSample(db, brandId, collaborationId, id);
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
		const input = sampleInput(form, collaboration.currency);
		if (!input) return fail(400, { form });
		const { version } = form.data;
		const id = params.sampleId;
		const result = await samples.updateSample(db, brand.id, collaboration.id, id, version, input);
		if (!result.ok) {
			// Saved elsewhere meanwhile: the user's values stay, theirs are shown beside them, and
			// saving again (now at their version) replaces theirs knowingly.
			const fresh = await sampleOr404(brand.id, collaboration.id, id);
			form.data.version = fresh.version;
			form.message = { type: 'error', text: m.collab_sample_conflict() };
			return fail(409, { form, theirs: sampleFormValues(fresh, collaboration.currency) });
		}
		form.data.version = result.version;
		return message(form, { type: 'success', text: m.saved() });
	},

	delete: async ({ locals, params }) => {
		const { brand, collaboration } = await requireCollaboration(locals, params, 'editContent');
		if (!(await samples.deleteSample(db, brand.id, collaboration.id, params.sampleId))) {
			error(404, 'Not found');
		}
		redirect(303, `${samplesPath(params)}?deleted=1`);
	}
};
