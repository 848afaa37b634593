import { error, fail, redirect } from '@sveltejs/kit';
import { message, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { can } from '$lib/domain/roles';
import { listTimeZones } from '$lib/domain/time';
import { m } from '$lib/paraglide/messages';
import { brandSchema, deleteBrandSchema } from '$lib/schemas/brand';
import { toBrandForm, toBrandInput } from '$lib/server/brand-form';
import { requireBrand } from '$lib/server/guards';
import { db } from '$lib/server/db';
import * as brands from '$lib/server/queries/brands';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { role, brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	return {
		form: await superValidate(toBrandForm(brand), zod4(brandSchema), { errors: false }),
		deleteForm: await superValidate(zod4(deleteBrandSchema)),
		canDelete: can.deleteBrand(role),
		timeZones: listTimeZones()
	};
};

export const actions: Actions = {
	save: async ({ locals, params, request }) => {
		const { workspace, brand } = await requireBrand(
			locals,
			params.workspaceId,
			params.brandId,
			'editContent'
		);
		const form = await superValidate(request, zod4(brandSchema));
		if (!form.valid) return fail(400, { form });
		const result = await brands.updateBrand(
			db,
			workspace.id,
			brand.id,
			form.data.version,
			toBrandInput(form.data)
		);
		if (!result.ok) {
			// Saved elsewhere meanwhile. Nothing is lost: the typed profile stays in the form and the
			// stored one is shown beside it; saving again (now at its version) replaces it.
			const fresh = await brands.getBrand(db, workspace.id, brand.id);
			if (!fresh) error(404, 'Not found');
			const { version, ...theirs } = toBrandForm(fresh);
			form.data.version = version;
			form.message = { type: 'error', text: m.conflict_saved_elsewhere() };
			return fail(409, { form, theirs });
		}
		form.data.version = result.version;
		return message(form, { type: 'success', text: m.saved() });
	},

	archive: async ({ locals, params }) => {
		const { workspace, brand } = await requireBrand(
			locals,
			params.workspaceId,
			params.brandId,
			'editContent'
		);
		await brands.setBrandArchived(db, workspace.id, brand.id, true);
		redirect(303, `/w/${workspace.id}/brands/${brand.id}`);
	},

	restore: async ({ locals, params }) => {
		const { workspace, brand } = await requireBrand(
			locals,
			params.workspaceId,
			params.brandId,
			'editContent'
		);
		await brands.setBrandArchived(db, workspace.id, brand.id, false);
		redirect(303, `/w/${workspace.id}/brands/${brand.id}`);
	},

	delete: async ({ locals, params, request }) => {
		const { workspace, brand } = await requireBrand(
			locals,
			params.workspaceId,
			params.brandId,
			'deleteBrand'
		);
		const form = await superValidate(request, zod4(deleteBrandSchema));
		const result = await brands.deleteBrand(db, workspace.id, brand.id, form.data.confirmName);
		if (!result.ok) return setError(form, 'confirmName', m.error_confirm_name());
		redirect(303, `/w/${workspace.id}/brands`);
	}
};
