import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db';
import { requireBrand } from '$lib/server/guards';
import { getImportBatch, listBatchChanges } from '$lib/server/queries/audience-import';
import { listMetrics } from '$lib/server/queries/metrics';
import { undoAudienceImport } from '$lib/server/services/imports/audience';
import type { Actions, PageServerLoad } from './$types';

/** A batch only through its brand: another brand's id is simply not found. */
async function batchOr404(brandId: string, batchId: string) {
	const batch = await getImportBatch(db, brandId, batchId);
	if (!batch) error(404, 'Not found');
	return batch;
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	const batch = await batchOr404(brand.id, params.batchId);
	return {
		batch,
		...(await listBatchChanges(db, batch.id)),
		metrics: await listMetrics(db, brand.id),
		currency: brand.currency,
		justImported: url.searchParams.has('done')
	};
};

export const actions: Actions = {
	/** Once only: a second undo (or two racing) changes nothing and says so. */
	undo: async ({ locals, params }) => {
		const { user, brand } = await requireBrand(
			locals,
			params.workspaceId,
			params.brandId,
			'editContent'
		);
		const scope = { brandId: brand.id, userId: user.id };
		const result = await undoAudienceImport(db, scope, { batchId: params.batchId });
		if (!result.ok && result.reason === 'not-found') error(404, 'Not found');
		if (!result.ok) return { undo: { type: 'error' as const, text: m.imp_undo_twice() } };
		const text = result.kept
			? m.imp_undone_kept({ restored: result.restored, kept: result.kept })
			: m.imp_undone({ restored: result.restored });
		return { undo: { type: 'success' as const, text } };
	}
};
