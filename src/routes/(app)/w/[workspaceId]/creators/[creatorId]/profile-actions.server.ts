import { error, fail } from '@sveltejs/kit';
import { message, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { today } from '$lib/domain/zoned-time';
import { m } from '$lib/paraglide/messages';
import * as schemas from '$lib/schemas/creator';
import { requireWorkspace } from '$lib/server/guards';
import { db } from '$lib/server/db';
import * as creators from '$lib/server/queries/creators';
import { markTaken } from '../creator-save.server';
import { creatorOr404 } from './creator-actions.server';
import type { RequestEvent } from './$types';

async function guard({ locals, params }: RequestEvent) {
	const { user, workspace } = await requireWorkspace(locals, params.workspaceId, 'editContent');
	const creator = await creatorOr404(workspace.id, params.creatorId);
	return { user, workspace, creator };
}

export async function addProfile(event: RequestEvent) {
	const { user, workspace, creator } = await guard(event);
	const form = await superValidate(event.request, zod4(schemas.profileSchema));
	if (!form.valid) return fail(400, { form });
	const read = schemas.readProfile(form.data).profile!;
	const profile = { ...read, measuredOn: schemas.measuredDay(read, null, today(user.timeZone)) };
	const result = await creators.addProfile(db, workspace.id, creator.id, profile);
	if (!result.ok && result.reason === 'not-found') error(404, 'Not found');
	if (!result.ok) {
		const taken = markTaken(form, [{ row: null, profile }], result.duplicates);
		return fail(409, { form, taken: taken.map((t) => ({ ...t, formId: form.id })) });
	}
	return message(form, { type: 'success', text: m.creator_profile_added() });
}

export async function updateProfile(event: RequestEvent) {
	const { user, workspace, creator } = await guard(event);
	const form = await superValidate(event.request, zod4(schemas.editProfileSchema));
	if (!form.valid) return fail(400, { form });
	const previous = schemas.parsePrevious(form.data.previous);
	if (!previous) {
		setError(form, 'handle', m.creator_profile_reload());
		return fail(400, { form });
	}
	const read = schemas.readProfile(form.data).profile!;
	const day = today(user.timeZone);
	const profile = { ...read, measuredOn: schemas.measuredDay(read, previous, day) };
	const id = form.data.profileId;
	const result = await creators.updateProfile(db, workspace.id, creator.id, id, previous, profile);
	if (result.ok) {
		form.data = { ...form.data, ...schemas.profileFormValues(profile) };
		form.data.previous = schemas.previousOf(profile);
		return message(form, { type: 'success', text: m.saved() });
	}
	if (result.reason === 'duplicate') {
		const taken = markTaken(form, [{ row: null, profile }], result.duplicates);
		return fail(409, { form, taken: taken.map((t) => ({ ...t, formId: form.id })) });
	}
	const fresh = (await creators.listProfiles(db, workspace.id, creator.id)).find(
		(p) => p.id === id
	);
	if (!fresh)
		return message(form, { type: 'error', text: m.creator_profile_gone() }, { status: 409 });
	// Changed meanwhile: the user's values stay; saving again replaces what is stored now.
	form.data.previous = schemas.previousOf(fresh);
	const now = [fresh.handle, fresh.followers ?? '—'].join(' · ');
	return message(
		form,
		{ type: 'error', text: m.creator_profile_conflict({ now }) },
		{ status: 409 }
	);
}

export async function removeProfile(event: RequestEvent) {
	const { workspace, creator } = await guard(event);
	const form = await superValidate(event.request, zod4(schemas.profileIdSchema));
	if (!form.valid) return fail(400, { form });
	const removed = await creators.removeProfile(db, workspace.id, creator.id, form.data.profileId);
	if (!removed) error(404, 'Not found');
	return { profileRemoved: m.creator_profile_removed() };
}
