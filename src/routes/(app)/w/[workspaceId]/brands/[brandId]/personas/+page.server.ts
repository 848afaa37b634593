import { requireBrand } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { listPersonas } from '$lib/server/queries/personas';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	return { personas: await listPersonas(db, brand.id) };
};
