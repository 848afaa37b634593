import { error, fail } from '@sveltejs/kit';
import { message, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { m } from '$lib/paraglide/messages';
import { stepKeyOf, stepName } from '$lib/i18n/pipeline';
import { assignSchema, followUpSchema, moneyOf, termsSchema } from '$lib/schemas/collaboration';
import { normaliseLineBreaks } from '$lib/schemas/fields';
import { db } from '$lib/server/db';
import { requireCollaboration } from '$lib/server/guards';
import * as collabs from '$lib/server/services/outreach/collaborations';
import { moveAction, undoAction } from '../move.server';
import { loadOverview } from '$lib/server/services/outreach/overview';
import { loadChoices } from '$lib/server/services/outreach/pipeline';
import { markUnknown } from '../messages';
import { commentAction, loadThread, threadAction } from '../../threads.server';
import { termsOf } from './terms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { workspace, brand, collaboration, creator } = await requireCollaboration(locals, params);
	const { version } = collaboration;
	const assigned = {
		campaignId: collaboration.campaignId ?? '',
		ownerId: collaboration.ownerId ?? '',
		version
	};
	const [termsForm, followUpForm, assignForm, choices, overview, discussion] = await Promise.all([
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
		loadChoices(db, { workspaceId: workspace.id, brandId: brand.id }),
		loadOverview(
			db,
			{ brandId: brand.id, marketTimeZone: brand.marketTimeZone },
			{ collaboration, creator }
		),
		loadThread(db, brand.id, collabOf(params))
	]);
	if (url.searchParams.has('created'))
		termsForm.message = { type: 'success', text: m.outreach_created() };
	return { termsForm, followUpForm, assignForm, ...choices, ...overview, discussion };
};

/** The guard of every save: editors only, the collaboration through its brand. */
async function scopeOf({ locals, params }: Parameters<Actions[string]>[0]) {
	const { workspace, brand } = await requireCollaboration(locals, params, 'editContent');
	return { workspaceId: workspace.id, brandId: brand.id };
}

const collabOf = (params: { collaborationId: string }) => ({
	kind: 'collaboration' as const,
	id: params.collaborationId
});

export const actions: Actions = {
	move: async (event) => moveAction(db, event),
	undo: async (event) => undoAction(db, event),

	// Every member who sees the collaboration may comment, resolve and reopen: approvers too.
	comment: async (event) => commentAction(db, event, collabOf(event.params)),
	resolve: async (event) => threadAction(db, event, collabOf(event.params), true),
	reopen: async (event) => threadAction(db, event, collabOf(event.params), false),

	/** Next step and date. A step typed as a proposed step's name is stored as that step. */
	followUp: async (event) => {
		const scope = await scopeOf(event);
		const form = await superValidate(event.request, zod4(followUpSchema), { id: 'follow-up' });
		if (!form.valid) return fail(400, { form });
		const { nextStep, followUpOn, version } = form.data;
		const id = event.params.collaborationId;
		const input = { id, version, nextStep: stepKeyOf(nextStep), followUpOn };
		const saved = await collabs.saveFollowUp(db, scope, input);
		if (!saved.ok && saved.reason === 'not-found') error(404, 'Not found');
		if (!saved.ok) {
			// Changed meanwhile (a move, another follow-up): the typed values stay, saving again wins.
			form.data.version = saved.theirs.version;
			form.message = { type: 'error', text: m.outreach_follow_up_conflict() };
			return fail(409, { form });
		}
		form.data.version = saved.version;
		return message(form, { type: 'success', text: m.saved() });
	},

	/** Terms, fee and payment, version-checked; a stale save keeps the user's values. */
	terms: async (event) => {
		const scope = await scopeOf(event);
		const form = await superValidate(event.request, zod4(termsSchema), { id: 'terms' });
		if (!form.valid) return fail(400, { form });
		const data = form.data;
		const saved = await collabs.saveTerms(db, scope, {
			id: event.params.collaborationId,
			version: data.version,
			terms: {
				brief: normaliseLineBreaks(data.brief),
				feeMinor: moneyOf(data.fee, data.currency),
				currency: data.currency,
				productGiven: data.productGiven,
				usageRights: normaliseLineBreaks(data.usageRights),
				disclosureRequired: data.disclosureRequired,
				promoCode: data.promoCode,
				linkUrl: data.linkUrl,
				paymentStatus: data.paymentStatus,
				paymentMinor: moneyOf(data.payment, data.currency),
				paidOn: data.paidOn || null
			}
		});
		if (saved.ok) {
			form.data.version = saved.version;
			return message(form, { type: 'success', text: m.saved() });
		}
		if (saved.reason === 'currency-locked') {
			return setError(form, 'currency', m.outreach_error_currency_locked());
		}
		if (saved.reason === 'not-found') error(404, 'Not found');
		form.data.version = saved.theirs.version;
		form.message = { type: 'error', text: m.outreach_terms_conflict() };
		return fail(409, { form, theirs: termsOf(saved.theirs) });
	},

	/** Campaign and owner, version-checked like the terms; both must be the brand's / workspace's. */
	assign: async (event) => {
		const scope = await scopeOf(event);
		const form = await superValidate(event.request, zod4(assignSchema), { id: 'assign' });
		if (!form.valid) return fail(400, { form });
		const { campaignId, ownerId, version } = form.data;
		const id = event.params.collaborationId;
		const saved = await collabs.saveAssignment(db, scope, {
			...{ id, version },
			...{ campaignId: campaignId || null, ownerId: ownerId || null }
		});
		if (!saved.ok && saved.reason === 'unknown-reference') {
			markUnknown(form, saved.fields);
			return fail(400, { form });
		}
		if (!saved.ok && saved.reason === 'not-found') error(404, 'Not found');
		if (!saved.ok) {
			form.data.version = saved.theirs.version;
			form.message = { type: 'error', text: m.outreach_assign_conflict() };
			return fail(409, { form });
		}
		form.data.version = saved.version;
		return message(form, { type: 'success', text: m.saved() });
	}
};
