import { requireBrand } from '$lib/server/guards';
import { db } from '$lib/server/db';
import * as parts from '$lib/server/queries/brand-parts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	return { personas: await parts.listParts(db, 'personas', brand.id) };
};
