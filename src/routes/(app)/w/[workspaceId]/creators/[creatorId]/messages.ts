/** What a creator's page shows and says when a save meets someone else's. */
import { message, type SuperValidated } from 'sveltekit-superforms';
import { m } from '$lib/paraglide/messages';
import * as schemas from '$lib/schemas/creator';
import type { Creator, CreatorProfile } from '$lib/server/db/schema';

/** What the read-only view (and the conflict panel) shows of a creator. */
export function detailsOf(c: Creator) {
	const { name, niche, tags, country, language, email, wechat, whatsapp, agent } = c;
	const { rateCard, shippingAddress, notes, doNotContact, doNotContactReason } = c;
	return {
		...{ name, niche, tags, country, language, email, wechat, whatsapp, agent },
		...{ rateCard, shippingAddress, notes, doNotContact, doNotContactReason }
	};
}

/**
 * Saved elsewhere meanwhile. Nothing is lost: the user's values stay in the form and theirs are
 * shown beside it; saving again (now at their version) replaces theirs.
 */
export function creatorConflict(form: SuperValidated<schemas.CreatorForm>, theirs: Creator) {
	form.data.version = theirs.version;
	form.message = { type: 'error', text: m.creator_conflict() };
	return { form, theirs: detailsOf(theirs) };
}

/**
 * A profile changed meanwhile: the user's values stay, and saving again replaces what is stored
 * now; a profile removed meanwhile is said so.
 */
export function profileConflict(
	form: SuperValidated<schemas.EditProfileForm>,
	theirs: CreatorProfile | null
) {
	if (!theirs)
		return message(form, { type: 'error', text: m.creator_profile_gone() }, { status: 409 });
	form.data.previous = schemas.previousOf(theirs);
	const now = [theirs.handle, theirs.followers ?? '—'].join(' · ');
	return message(
		form,
		{ type: 'error', text: m.creator_profile_conflict({ now }) },
		{ status: 409 }
	);
}
