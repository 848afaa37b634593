import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { m } from '$lib/paraglide/messages';
import { stepName } from '$lib/i18n/pipeline';
import { assignSchema, followUpSchema, termsSchema } from '$lib/schemas/collaboration';
import { requireBrand } from '$lib/server/guards';
import { moveAction, undoAction } from '../move.server';
import { collaborationOr404 } from './collaboration.server';
import { loadChoices } from '../pipeline.server';
import { assignAction, followUpAction, termsAction } from './edit.server';
import { loadOverview } from './overview.server';
import { termsOf } from './terms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { workspace, brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	const { collaboration, creator } = await collaborationOr404(
		workspace.id,
		brand.id,
		params.collaborationId
	);
	const { version } = collaboration;
	const assigned = {
		campaignId: collaboration.campaignId ?? '',
		ownerId: collaboration.ownerId ?? '',
		version
	};
	const [termsForm, followUpForm, assignForm, choices, overview] = await Promise.all([
		superValidate(termsOf(collaboration), zod4(termsSchema), { id: 'terms', errors: false }),
		superValidate(
			{
				nextStep: stepName(collaboration.nextStep),
				followUpOn: collaboration.followUpOn ?? '',
				version
			},
			zod4(followUpSchema),
			{ id: 'follow-up', errors: false }
		),
		superValidate(assigned, zod4(assignSchema), { id: 'assign', errors: false }),
		loadChoices(workspace.id, brand.id),
		loadOverview(brand, collaboration, creator)
	]);
	if (url.searchParams.has('created'))
		termsForm.message = { type: 'success', text: m.outreach_created() };
	return { termsForm, followUpForm, assignForm, ...choices, ...overview };
};

export const actions: Actions = {
	move: async (event) => moveAction(event),
	undo: async (event) => undoAction(event),
	followUp: async (event) => followUpAction(event),
	terms: async (event) => termsAction(event),
	assign: async (event) => assignAction(event)
};
