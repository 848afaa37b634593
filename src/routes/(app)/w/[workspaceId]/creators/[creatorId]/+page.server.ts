import { error } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { allowsInBrand, creatorScope, visibleBrandIds } from '$lib/domain/access';
import { isOverdue } from '$lib/domain/pipeline';
import { can } from '$lib/domain/roles';
import { today } from '$lib/domain/zoned-time';
import { m } from '$lib/paraglide/messages';
import * as schemas from '$lib/schemas/creator';
import { requireWorkspace } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { listBrands } from '$lib/server/queries/brands';
import * as creators from '$lib/server/queries/creators';
import { creatorOr404, deleteCreator, detailsOf, saveCreator } from './creator-actions.server';
import { addProfile, removeProfile, updateProfile } from './profile-actions.server';
import type { Actions, PageServerLoad } from './$types';

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
	const [profiles, collaborations, brands] = await Promise.all([
		creators.listProfiles(db, workspace.id, creator.id),
		creators.listCreatorCollaborations(db, workspace.id, creator.id, brandIds),
		listBrands(db, workspace.id, { brandIds })
	]);
	const canEdit = can.editContent(workspace.role);
	return {
		creator: { id: creator.id, totalFollowers: creator.totalFollowers, ...detailsOf(creator) },
		profiles,
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
		forms: canEdit ? await editForms(creator, profiles, url.searchParams.has('created')) : null
	};
};

/** The creator's form, one form per profile (told apart by its id) and the add-profile form. */
async function editForms(
	creator: Awaited<ReturnType<typeof creatorOr404>>,
	profiles: Awaited<ReturnType<typeof creators.listProfiles>>,
	created: boolean
) {
	const form = await superValidate(
		schemas.creatorFormValues(creator),
		zod4(schemas.creatorSchema),
		{
			errors: false
		}
	);
	if (created) form.message = { type: 'success', text: m.creator_created() };
	const editAdapter = zod4(schemas.editProfileSchema);
	const profileForm = (p: (typeof profiles)[number]) => {
		const values = {
			...schemas.profileFormValues(p),
			profileId: p.id,
			previous: schemas.previousOf(p)
		};
		return superValidate(values, editAdapter, { id: p.id, errors: false });
	};
	return {
		creator: form,
		profiles: Object.fromEntries(
			await Promise.all(profiles.map(async (p) => [p.id, await profileForm(p)]))
		),
		addProfile: await superValidate(zod4(schemas.profileSchema), {
			id: 'add-profile',
			errors: false
		})
	};
}

export const actions: Actions = {
	// Written out so the security suite (which reads `name: async` from this file) finds each one.
	save: async (event) => saveCreator(event),
	delete: async (event) => deleteCreator(event),
	addProfile: async (event) => addProfile(event),
	updateProfile: async (event) => updateProfile(event),
	removeProfile: async (event) => removeProfile(event)
};
