import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { resultsOf } from '$lib/domain/results';
import { m } from '$lib/paraglide/messages';
import {
	parseExpected,
	resultsExpected,
	resultsFormValues,
	resultsInput,
	resultsSchema
} from '$lib/schemas/item';
import { requireBrand } from '$lib/server/guards';
import type { Db } from '$lib/server/db/client';
import { saveItemResults } from '$lib/server/services/calendar/results';

type Params = { workspaceId: string; brandId: string; itemId: string };

/** The results form of an item as stored (errors hidden until the user submits). */
export function loadResultsForm(item: Parameters<typeof resultsOf>[0]) {
	return superValidate(resultsFormValues(resultsOf(item)), zod4(resultsSchema), {
		id: 'results',
		errors: false
	});
}

/**
 * `?/results`: a published item's results, refused if someone saved others meanwhile. The page
 * hands in its database: this adapter reads and writes only through the results service.
 */
export async function saveResultsAction(db: Db, { locals, params, request }: RequestEvent<Params>) {
	const { brand } = await requireBrand(locals, params.workspaceId, params.brandId, 'editContent');
	const form = await superValidate(request, zod4(resultsSchema), { id: 'results' });
	if (!form.valid) return fail(400, { resultsForm: form });
	// A hidden field that was tampered with is treated like a stale form: nothing is saved.
	const expected = parseExpected(form.data.expected);
	const results = resultsInput(form.data);
	const result = await saveItemResults(
		db,
		{ brandId: brand.id },
		{
			id: params.itemId,
			expected,
			results
		}
	);
	if (result.ok) {
		form.data = resultsFormValues(results);
		return message(form, { type: 'success', text: m.item_results_saved() });
	}
	// Saved meanwhile (or no longer published). Nothing is lost: the typed numbers stay in the form
	// and the stored ones are shown beside it; the form now expects those, so saving again, knowingly,
	// replaces them.
	if (result.reason === 'not-found') error(404, 'Not found');
	form.data.expected = resultsExpected(result.theirs);
	if (result.reason === 'not-published') {
		form.message = { type: 'error', text: m.item_results_not_published() };
		return fail(409, { resultsForm: form });
	}
	form.message = { type: 'error', text: m.item_results_conflict() };
	return fail(409, { resultsForm: form, theirsResults: result.theirs });
}
