import { can } from '$lib/domain/roles';
import { requireBrand } from '$lib/server/guards';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, params }) => {
	const { role, brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	return {
		brand: {
			id: brand.id,
			name: brand.name,
			colour: brand.colour,
			marketTimeZone: brand.marketTimeZone,
			homeTimeZone: brand.homeTimeZone,
			archivedAt: brand.archivedAt
		},
		canEdit: can.editContent(role)
	};
};
