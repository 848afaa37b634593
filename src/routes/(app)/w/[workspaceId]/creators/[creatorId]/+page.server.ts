import { error, fail, redirect } from '@sveltejs/kit';
import { message, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import {
	allowsInBrand,
	allowsInWorkspace,
	creatorScope,
	visibleBrandIds
} from '$lib/domain/access';
import { isOverdue } from '$lib/domain/pipeline';
import { can } from '$lib/domain/roles';
import { today } from '$lib/domain/zoned-time';
import { m } from '$lib/paraglide/messages';
import * as schemas from '$lib/schemas/creator';
import { requireWorkspace } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { listBrands } from '$lib/server/queries/brands';
import * as creators from '$lib/server/queries/creators';
import { removeCreator, saveCreator } from '$lib/server/services/creators/creators';
import * as profiles from '$lib/server/services/creators/profiles';
import { markTaken } from '../messages';
import { editForms } from './forms';
import { creatorConflict, detailsOf, profileConflict } from './messages';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** A creator only through its workspace: an id of another workspace is simply not found. */
async function creatorOr404(workspaceId: string, id: string) {
	const creator = await creators.getCreator(db, workspaceId, id);
	if (!creator) error(404, 'Not found');
	return creator;
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { workspace, access } = await requireWorkspace(locals, params.workspaceId);
	const creator = await creatorOr404(workspace.id, params.creatorId);
	const visible = await creators.isCreatorVisible(
		db,
		workspace.id,
		creator.id,
		creatorScope(access)
	);
	if (!visible) error(404, 'Not found');
	const brandIds = visibleBrandIds(access);
	const [profileRows, collaborations, brands] = await Promise.all([
		creators.listProfiles(db, workspace.id, creator.id),
		creators.listCreatorCollaborations(db, workspace.id, creator.id, brandIds),
		listBrands(db, workspace.id, { brandIds })
	]);
	const canEdit = can.editContent(workspace.role);
	const created = url.searchParams.has('created');
	return {
		creator: { id: creator.id, totalFollowers: creator.totalFollowers, ...detailsOf(creator) },
		profiles: profileRows,
		// Overdue is judged on each brand's market calendar, wherever the viewer is.
		collaborations: collaborations.map((c) => ({
			...c,
			overdue: isOverdue(c.stage, c.followUpOn, today(c.marketTimeZone))
		})),
		// Where a new collaboration with this creator can start: the workspace's active brands.
		brands: brands
			.filter((b) => allowsInBrand(access, b.id, 'editContent') === 'allowed')
			.map((b) => ({ id: b.id, name: b.name })),
		canEdit,
		// Deleting takes the creator's collaborations with every brand: all-brands editors only.
		canDelete: allowsInWorkspace(access, 'deleteCreator'),
		forms: canEdit ? await editForms(creator, profileRows, created) : null
	};
};

/**
 * Every action's guard: editors only (deleting, which takes the creator's collaborations with every
 * brand, only an all-brands editor), the creator through its workspace; the services' scope.
 */
async function guard(
	{ locals, params }: RequestEvent,
	capability: 'editContent' | 'deleteCreator' = 'editContent'
) {
	const { user, workspace } = await requireWorkspace(locals, params.workspaceId, capability);
	const creator = await creatorOr404(workspace.id, params.creatorId);
	// Numbers entered without a date were read today, on the user's own calendar.
	const scope = { workspaceId: workspace.id, creatorId: creator.id, today: today(user.timeZone) };
	return { workspace, creator, scope };
}

/** A refused handle: marked on the profile's form, and who holds it, for the link. */
function taken(form: Parameters<typeof markTaken>[0], handles: Parameters<typeof markTaken>[1]) {
	return fail(409, {
		form,
		taken: markTaken(form, handles).map((t) => ({ ...t, formId: form.id }))
	});
}

export const actions: Actions = {
	save: async (event) => {
		const { scope, creator } = await guard(event);
		const form = await superValidate(event.request, zod4(schemas.creatorSchema));
		if (!form.valid) return fail(400, { form });
		const values = schemas.creatorValues(form.data);
		const input = { id: creator.id, version: form.data.version, creator: values };
		const saved = await saveCreator(db, scope, input);
		if (!saved.ok && saved.reason === 'not-found') error(404, 'Not found');
		if (!saved.ok) return fail(409, creatorConflict(form, saved.theirs));
		// Shown as stored: tags tidied, the rate card with fresh empty rows.
		form.data = schemas.creatorFormValues({ ...values, version: saved.version });
		return message(form, { type: 'success', text: m.saved() });
	},

	delete: async (event) => {
		const { workspace, creator, scope } = await guard(event, 'deleteCreator');
		// Their collaborations go too (the foreign keys cascade): that has to be said and agreed to.
		const alsoCollaborations = (await event.request.formData()).get('alsoCollaborations') === 'on';
		const removed = await removeCreator(db, scope, { id: creator.id, alsoCollaborations });
		if (!removed.ok && removed.reason === 'has-collaborations')
			return fail(400, { deleteError: m.creator_delete_agree_needed() });
		if (!removed.ok) error(404, 'Not found');
		redirect(303, `/w/${workspace.id}/creators?deleted=1`);
	},

	addProfile: async (event) => {
		const { scope } = await guard(event);
		const form = await superValidate(event.request, zod4(schemas.profileSchema));
		if (!form.valid) return fail(400, { form });
		const profile = schemas.readProfile(form.data).profile!;
		const added = await profiles.addProfile(db, scope, { profile });
		if (!added.ok && added.reason === 'not-found') error(404, 'Not found');
		if (!added.ok) return taken(form, added.taken);
		return message(form, { type: 'success', text: m.creator_profile_added() });
	},

	updateProfile: async (event) => {
		const { scope } = await guard(event);
		const form = await superValidate(event.request, zod4(schemas.editProfileSchema));
		if (!form.valid) return fail(400, { form });
		const previous = schemas.parsePrevious(form.data.previous);
		if (!previous) {
			setError(form, 'handle', m.creator_profile_reload());
			return fail(400, { form });
		}
		const profile = schemas.readProfile(form.data).profile!;
		const id = form.data.profileId;
		const saved = await profiles.saveProfile(db, scope, { id, previous, profile });
		if (saved.ok) {
			form.data = { ...form.data, ...schemas.profileFormValues(saved.profile) };
			form.data.previous = schemas.previousOf(saved.profile);
			return message(form, { type: 'success', text: m.saved() });
		}
		if (saved.reason === 'taken') return taken(form, saved.taken);
		return profileConflict(form, saved.reason === 'conflict' ? saved.theirs : null);
	},

	removeProfile: async (event) => {
		const { scope } = await guard(event);
		const form = await superValidate(event.request, zod4(schemas.profileIdSchema));
		if (!form.valid) return fail(400, { form });
		const removed = await profiles.removeProfile(db, scope, { id: form.data.profileId });
		if (!removed.ok) error(404, 'Not found');
		return { profileRemoved: m.creator_profile_removed() };
	}
};
