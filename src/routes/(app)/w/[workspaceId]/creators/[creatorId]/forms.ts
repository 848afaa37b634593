/** The forms of a creator's page, filled from what is stored. */
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { m } from '$lib/paraglide/messages';
import * as schemas from '$lib/schemas/creator';
import type { Creator, CreatorProfile } from '$lib/server/db/schema';

/** The creator's form, one form per profile (told apart by its id) and the add-profile form. */
export async function editForms(creator: Creator, profiles: CreatorProfile[], created: boolean) {
	const form = await superValidate(
		schemas.creatorFormValues(creator),
		zod4(schemas.creatorSchema),
		{
			errors: false
		}
	);
	if (created) form.message = { type: 'success', text: m.creator_created() };
	const editAdapter = zod4(schemas.editProfileSchema);
	const profileForm = (p: CreatorProfile) => {
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
