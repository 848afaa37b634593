import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { defaultOwnership, type ChannelKind } from '$lib/domain/channels';
import { listTimeZones } from '$lib/domain/time';
import { channelSchema } from '$lib/schemas/channel';
import { requireBrand } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { createChannel } from '$lib/server/queries/channels';
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
		const { kind, ownership, label, handle, weeklyCadence, timeZone } = form.data;
		await createChannel(db, brand.id, {
			kind,
			ownership: ownership ?? defaultOwnership(kind),
			label,
			handle,
			weeklyCadence,
			timeZone
		});
		redirect(303, `/w/${params.workspaceId}/brands/${brand.id}/channels`);
	}
};
