import { requireBrand } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { listChannels } from '$lib/server/queries/channels';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	return { channels: await listChannels(db, brand.id) };
};
