import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { ChannelKind } from '$lib/domain/channels';
import { listTimeZones } from '$lib/domain/time';
import { channelSchema } from '$lib/schemas/channel';
import { requireBrand } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { createChannel } from '$lib/server/services/brands/channels';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	// Adding is for editors: a viewer gets 403 here, as for every creation form.
	const { brand } = await requireBrand(locals, params.workspaceId, params.brandId, 'editContent');
	// No kind is picked for the person; posts are planned in the market's time by default.
	const initial = { kind: '' as ChannelKind, timeZone: brand.marketTimeZone, weeklyCadence: 1 };
	return {
		form: await superValidate(initial, zod4(channelSchema), { errors: false }),
		timeZones: listTimeZones()
	};
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const { brand } = await requireBrand(locals, params.workspaceId, params.brandId, 'editContent');
		// Strict: a kind that was not picked is an error, not the first kind in the catalogue.
		const form = await superValidate(request, zod4(channelSchema), { strict: true });
		if (!form.valid) return fail(400, { form });
		const { version: _version, ...draft } = form.data;
		await createChannel(db, { brandId: brand.id }, draft);
		redirect(303, `/w/${params.workspaceId}/brands/${brand.id}/channels`);
	}
};
