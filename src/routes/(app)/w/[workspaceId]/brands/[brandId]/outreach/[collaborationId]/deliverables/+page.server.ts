import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { shareCosts } from '$lib/domain/cost-shares';
import { collabMetrics } from '$lib/domain/creator-metrics';
import { deliverableSchema } from '$lib/schemas/deliverable';
import { requireCollaboration } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { collabTotals } from '$lib/server/queries/collab-totals';
import { creatorFirstPlatform, listDeliverables } from '$lib/server/queries/deliverables';
import { createDeliverableAction } from './deliverable-save.server';
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
	create: async (event) => createDeliverableAction(event)
};
