import { requireBrand } from '$lib/server/guards';
import { collaborationOr404 } from './collaboration.server';
import type { LayoutServerLoad } from './$types';

/** The header every tab of a collaboration shows: the creator, their handles and the stage. */
export const load: LayoutServerLoad = async ({ locals, params }) => {
	const { workspace, brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	const { collaboration, creator } = await collaborationOr404(
		workspace.id,
		brand.id,
		params.collaborationId
	);
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
