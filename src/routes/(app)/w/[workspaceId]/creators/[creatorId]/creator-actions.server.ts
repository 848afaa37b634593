import { error, fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { m } from '$lib/paraglide/messages';
import { creatorFormValues, creatorSchema, creatorValues } from '$lib/schemas/creator';
import { requireWorkspace } from '$lib/server/guards';
import { db } from '$lib/server/db';
import type { Creator } from '$lib/server/db/schema';
import * as creators from '$lib/server/queries/creators';
import type { RequestEvent } from './$types';

/** A creator only through its workspace: an id of another workspace is simply not found. */
export async function creatorOr404(workspaceId: string, id: string) {
	const creator = await creators.getCreator(db, workspaceId, id);
	if (!creator) error(404, 'Not found');
	return creator;
}

/** What the read-only view (and the conflict panel) shows of a creator. */
export function detailsOf(c: Creator) {
	const { name, niche, tags, country, language, email, wechat, whatsapp, agent } = c;
	const { rateCard, shippingAddress, notes, doNotContact, doNotContactReason } = c;
	return {
		...{ name, niche, tags, country, language, email, wechat, whatsapp, agent },
		...{ rateCard, shippingAddress, notes, doNotContact, doNotContactReason }
	};
}

export async function saveCreator({ locals, params, request }: RequestEvent) {
	const { workspace } = await requireWorkspace(locals, params.workspaceId, 'editContent');
	const id = (await creatorOr404(workspace.id, params.creatorId)).id;
	const form = await superValidate(request, zod4(creatorSchema));
	if (!form.valid) return fail(400, { form });
	const values = creatorValues(form.data);
	const result = await creators.updateCreator(db, workspace.id, id, form.data.version, values);
	if (!result.ok) {
		// Saved elsewhere meanwhile. Nothing is lost: the user's values stay in the form and
		// theirs are shown beside it; saving again (now at their version) replaces theirs.
		const fresh = await creatorOr404(workspace.id, id);
		form.data.version = fresh.version;
		form.message = { type: 'error', text: m.creator_conflict() };
		return fail(409, { form, theirs: detailsOf(fresh) });
	}
	// Shown as stored: tags tidied, the rate card with fresh empty rows.
	form.data = creatorFormValues({ ...values, version: result.version });
	return message(form, { type: 'success', text: m.saved() });
}

export async function deleteCreator({ locals, params, request }: RequestEvent) {
	const { workspace } = await requireWorkspace(locals, params.workspaceId, 'deleteCreator');
	const creator = await creatorOr404(workspace.id, params.creatorId);
	// Their collaborations go too (the foreign keys cascade): that has to be said and agreed to.
	const collaborations = await creators.listCreatorCollaborations(db, workspace.id, creator.id);
	const agreed = (await request.formData()).get('alsoCollaborations') === 'on';
	if (collaborations.length && !agreed) {
		return fail(400, { deleteError: m.creator_delete_agree_needed() });
	}
	if (!(await creators.deleteCreator(db, workspace.id, creator.id))) error(404, 'Not found');
	redirect(303, `/w/${workspace.id}/creators?deleted=1`);
}
