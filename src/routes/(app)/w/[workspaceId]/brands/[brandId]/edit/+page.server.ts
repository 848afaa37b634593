import { error, fail, redirect } from '@sveltejs/kit';
import { message, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { can } from '$lib/domain/roles';
import { listTimeZones } from '$lib/domain/time';
import { m } from '$lib/paraglide/messages';
import { brandFormValues, brandSchema, deleteBrandSchema } from '$lib/schemas/brand';
import { conflictAnswer } from '$lib/server/conflict-answer';
import { requireBrand } from '$lib/server/guards';
import { db } from '$lib/server/db';
import * as brands from '$lib/server/services/brands/brands';
import { brandRefusal } from './messages';
import type { Actions, PageServerLoad } from './$types';

type Params = { workspaceId: string; brandId: string };
const edit = (locals: App.Locals, params: Params) =>
	requireBrand(locals, params.workspaceId, params.brandId, 'editContent');

export const load: PageServerLoad = async ({ locals, params }) => {
	const { role, brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	return {
		form: await superValidate(brandFormValues(brand), zod4(brandSchema), { errors: false }),
		deleteForm: await superValidate(zod4(deleteBrandSchema)),
		canDelete: can.deleteBrand(role),
		timeZones: listTimeZones()
	};
};

export const actions: Actions = {
	save: async ({ locals, params, request }) => {
		const { workspace, brand } = await edit(locals, params);
		const form = await superValidate(request, zod4(brandSchema));
		if (!form.valid) return fail(400, { form });
		const { version, ...draft } = form.data;
		const scope = { workspaceId: workspace.id, brandId: brand.id };
		const saved = await brands.saveBrand(db, scope, { version, draft });
		if (saved.ok) {
			form.data.version = saved.version;
			return message(form, { type: 'success', text: m.saved() });
		}
		if (saved.reason === 'not-found') error(404, 'Not found');
		return conflictAnswer(form, saved.theirs, brandRefusal.conflict());
	},

	archive: async ({ locals, params }) => {
		const { workspace, brand } = await edit(locals, params);
		const scope = { workspaceId: workspace.id, brandId: brand.id };
		if (!(await brands.setArchived(db, scope, true)).ok) error(404, 'Not found');
		redirect(303, `/w/${workspace.id}/brands/${brand.id}`);
	},

	restore: async ({ locals, params }) => {
		const { workspace, brand } = await edit(locals, params);
		const scope = { workspaceId: workspace.id, brandId: brand.id };
		if (!(await brands.setArchived(db, scope, false)).ok) error(404, 'Not found');
		redirect(303, `/w/${workspace.id}/brands/${brand.id}`);
	},

	delete: async ({ locals, params, request }) => {
		const guard = [locals, params.workspaceId, params.brandId, 'deleteBrand'] as const;
		const { workspace, brand } = await requireBrand(...guard);
		const form = await superValidate(request, zod4(deleteBrandSchema));
		const scope = { workspaceId: workspace.id, brandId: brand.id };
		const deleted = await brands.deleteBrand(db, scope, form.data);
		if (!deleted.ok && deleted.reason === 'not-found') error(404, 'Not found');
		if (!deleted.ok) return setError(form, deleted.field, brandRefusal[deleted.reason]());
		redirect(303, `/w/${workspace.id}/brands`);
	}
};
