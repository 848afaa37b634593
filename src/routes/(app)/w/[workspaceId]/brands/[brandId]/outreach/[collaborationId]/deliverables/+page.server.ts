import { error, fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { shareCosts } from '$lib/domain/cost-shares';
import { collabMetrics } from '$lib/domain/creator-metrics';
import { deliverableSchema } from '$lib/schemas/deliverable';
import { requireCollaboration } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { collabTotals } from '$lib/server/queries/collab-totals';
import { creatorFirstPlatform, listDeliverables } from '$lib/server/queries/deliverables';
import { addDeliverable } from '$lib/server/services/outreach/deliverables';
import { collabPath, deliverableInput } from './deliverable-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { workspace, brand, collaboration, creator } = await requireCollaboration(locals, params);
	const [deliverables, [totals], platform] = await Promise.all([
		listDeliverables(db, brand.id, collaboration.id),
		collabTotals(db, brand.id, { collaborationIds: [collaboration.id] }),
		creatorFirstPlatform(db, workspace.id, creator.id)
	]);
	// Each deliverable carries a share of the cost by its count, so one can be judged alone.
	const shares = shareCosts(
		totals.costs,
		deliverables.map((d) => d.count)
	);
	const form = await superValidate({ platform: platform ?? 'tiktok' }, zod4(deliverableSchema), {
		id: 'deliverable',
		errors: false
	});
	return {
		collaboration: { id: collaboration.id, currency: collaboration.currency },
		creator: { id: creator.id, name: creator.name },
		deliverables,
		totals,
		metrics: collabMetrics(totals.costs, totals.results),
		perDeliverable: deliverables.map((d, i) => ({
			id: d.id,
			costs: shares[i],
			metrics: collabMetrics(shares[i], {
				views: d.views,
				engagements: d.engagements,
				orders: d.orders,
				revenueMinor: d.revenueMinor
			})
		})),
		form,
		deleted: url.searchParams.has('deleted')
	};
};

export const actions: Actions = {
	/** Adds a deliverable and opens it, where it can go on the calendar. */
	create: async ({ locals, params, request }) => {
		const { brand, collaboration } = await requireCollaboration(locals, params, 'editContent');
		const form = await superValidate(request, zod4(deliverableSchema), { id: 'deliverable' });
		if (!form.valid) return fail(400, { form });
		const scope = { brandId: brand.id, collaborationId: collaboration.id };
		const added = await addDeliverable(db, scope, deliverableInput(form.data));
		if (!added.ok) error(404, 'Not found');
		redirect(303, `${collabPath(params)}/deliverables/${added.id}?created=1`);
	}
};
