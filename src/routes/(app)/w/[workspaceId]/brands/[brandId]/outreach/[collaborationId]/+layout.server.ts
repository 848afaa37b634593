import { requireCollaboration } from '$lib/server/guards';
import type { LayoutServerLoad } from './$types';

/** The header every tab of a collaboration shows: the creator, their handles and the stage. */
export const load: LayoutServerLoad = async ({ locals, params }) => {
	const { collaboration, creator } = await requireCollaboration(locals, params);
	return {
		collaboration,
		creator: {
			id: creator.id,
			name: creator.name,
			language: creator.language,
			doNotContact: creator.doNotContact,
			doNotContactReason: creator.doNotContactReason,
			profiles: creator.profiles.map((p) => ({
				id: p.id,
				platform: p.platform,
				handle: p.handle,
				url: p.url
			}))
		}
	};
};
