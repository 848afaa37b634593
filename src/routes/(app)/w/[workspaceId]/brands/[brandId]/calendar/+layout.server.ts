import { requireBrand } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { listChannels } from '$lib/server/queries/channels';
import { listPillars } from '$lib/server/queries/pillars';
import { listPersonas } from '$lib/server/queries/personas';
import { listCampaigns } from '$lib/server/queries/campaigns';
import { listMembers } from '$lib/server/queries/workspaces';
import type { LayoutServerLoad } from './$types';

/** The brand's vocabulary every calendar page needs: channels, pillars, personas, people, campaigns. */
export const load: LayoutServerLoad = async ({ locals, params }) => {
	const { workspace, brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	const [channels, pillars, personas, members, campaigns] = await Promise.all([
		listChannels(db, brand.id),
		listPillars(db, brand.id),
		listPersonas(db, brand.id),
		listMembers(db, workspace.id),
		listCampaigns(db, brand.id)
	]);
	return {
		channels: channels.map((c) => ({
			id: c.id,
			kind: c.kind,
			label: c.label,
			timeZone: c.timeZone,
			weeklyCadence: c.weeklyCadence,
			ownership: c.ownership
		})),
		pillars: pillars.map((p) => ({
			id: p.id,
			name: p.name,
			colour: p.colour,
			targetShare: p.targetShare
		})),
		personas: personas.map((p) => ({ id: p.id, name: p.name })),
		members: members.map((mem) => ({ id: mem.userId, name: mem.name })),
		// For the campaign filter: names only, the bands load their own range.
		campaigns: campaigns.map((c) => ({ id: c.id, name: c.name }))
	};
};
