import { fail, type RequestEvent } from '@sveltejs/kit';
import { message, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { m } from '$lib/paraglide/messages';
import { stepKeyOf } from '$lib/i18n/pipeline';
import { assignSchema, followUpSchema, moneyOf, termsSchema } from '$lib/schemas/collaboration';
import { normaliseLineBreaks } from '$lib/schemas/fields';
import { db } from '$lib/server/db';
import { requireBrand } from '$lib/server/guards';
import { saveVersioned, setFollowUp, updateTerms } from '$lib/server/queries/collaborations';
import { checkAssignment } from '../assignment.server';
import { collaborationOr404 } from './collaboration.server';
import { termsOf } from './terms';

type Event = RequestEvent<{ workspaceId: string; brandId: string; collaborationId: string }>;

async function guard({ locals, params }: Event) {
	const { workspace, brand } = await requireBrand(
		locals,
		params.workspaceId,
		params.brandId,
		'editContent'
	);
	await collaborationOr404(workspace.id, brand.id, params.collaborationId);
	return brand;
}

/** Next step and date. A step typed as a proposed step's name is stored as that step. */
export async function followUpAction(event: Event) {
	const brand = await guard(event);
	const form = await superValidate(event.request, zod4(followUpSchema), { id: 'follow-up' });
	if (!form.valid) return fail(400, { form });
	const { nextStep, followUpOn, version } = form.data;
	const id = event.params.collaborationId;
	const saved = await setFollowUp(db, brand.id, id, version, {
		nextStep: stepKeyOf(nextStep),
		followUpOn
	});
	if (!saved.ok) {
		// Changed meanwhile (a move, another follow-up): the typed values stay, saving again wins.
		const { collaboration } = await collaborationOr404(brand.workspaceId, brand.id, id);
		form.data.version = collaboration.version;
		form.message = { type: 'error', text: m.outreach_follow_up_conflict() };
		return fail(409, { form });
	}
	form.data.version = saved.version;
	return message(form, { type: 'success', text: m.saved() });
}

/** Terms, fee and payment, version-checked; a stale save keeps the user's values. */
export async function termsAction(event: Event) {
	const brand = await guard(event);
	const form = await superValidate(event.request, zod4(termsSchema), { id: 'terms' });
	if (!form.valid) return fail(400, { form });
	const data = form.data;
	const id = event.params.collaborationId;
	const result = await updateTerms(db, brand.id, id, data.version, {
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
	});
	if (result.ok) {
		form.data.version = result.version;
		return message(form, { type: 'success', text: m.saved() });
	}
	if (result.reason === 'currency-locked') {
		return setError(form, 'currency', m.outreach_error_currency_locked());
	}
	const { collaboration } = await collaborationOr404(brand.workspaceId, brand.id, id);
	form.data.version = collaboration.version;
	form.message = { type: 'error', text: m.outreach_terms_conflict() };
	return fail(409, { form, theirs: termsOf(collaboration) });
}

/** Campaign and owner, version-checked like the terms; both must be the brand's / workspace's. */
export async function assignAction(event: Event) {
	const brand = await guard(event);
	const form = await superValidate(event.request, zod4(assignSchema), { id: 'assign' });
	if (!form.valid) return fail(400, { form });
	if (!(await checkAssignment(form, brand.id, brand.workspaceId))) return fail(400, { form });
	const { campaignId, ownerId, version } = form.data;
	const id = event.params.collaborationId;
	const saved = await saveVersioned(db, brand.id, id, version, {
		campaignId: campaignId || null,
		ownerId: ownerId || null
	});
	if (!saved.ok) {
		const { collaboration } = await collaborationOr404(brand.workspaceId, brand.id, id);
		form.data.version = collaboration.version;
		form.message = { type: 'error', text: m.outreach_assign_conflict() };
		return fail(409, { form });
	}
	form.data.version = saved.version;
	return message(form, { type: 'success', text: m.saved() });
}
