import { error, fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { defaultOwnership } from '$lib/domain/channels';
import { listTimeZones } from '$lib/domain/time';
import { m } from '$lib/paraglide/messages';
import { channelFormValues, channelSchema } from '$lib/schemas/channel';
import { requireBrand } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { getChannel, updateChannel, deleteChannel } from '$lib/server/queries/channels';
import type { Actions, PageServerLoad } from './$types';

/** A channel only through its brand: an id from another brand is simply not found. */
async function channelOr404(brandId: string, channelId: string) {
	const channel = await getChannel(db, brandId, channelId);
	if (!channel) error(404, 'Not found');
	return channel;
}

export const load: PageServerLoad = async ({ locals, params }) => {
	const { brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	const channel = await channelOr404(brand.id, params.channelId);
	const values = channelFormValues(channel);
	return {
		channel,
		form: await superValidate(values, zod4(channelSchema), { errors: false }),
		timeZones: listTimeZones()
	};
};

export const actions: Actions = {
	update: async ({ locals, params, request }) => {
		const { brand } = await requireBrand(locals, params.workspaceId, params.brandId, 'editContent');
		await channelOr404(brand.id, params.channelId);
		const form = await superValidate(request, zod4(channelSchema), { strict: true });
		if (!form.valid) return fail(400, { form });
		const { version, ownership, ...input } = form.data;
		const result = await updateChannel(db, brand.id, params.channelId, version, {
			...input,
			ownership: ownership ?? defaultOwnership(input.kind)
		});
		if (!result.ok) {
			// Saved (or deleted) elsewhere meanwhile. Nothing is lost: the typed values stay in the
			// form and the stored ones are shown beside it; saving again (now at their version)
			// replaces them.
			const fresh = channelFormValues(await channelOr404(brand.id, params.channelId));
			const { version: storedVersion, ...theirs } = fresh;
			form.data.version = storedVersion;
			form.message = { type: 'error', text: m.conflict_saved_elsewhere() };
			return fail(409, { form, theirs });
		}
		form.data.version = result.version;
		return message(form, { type: 'success', text: m.saved() });
	},

	delete: async ({ locals, params }) => {
		const { brand } = await requireBrand(locals, params.workspaceId, params.brandId, 'editContent');
		if (!(await deleteChannel(db, brand.id, params.channelId))) error(404, 'Not found');
		redirect(303, `/w/${params.workspaceId}/brands/${brand.id}/channels`);
	}
};
