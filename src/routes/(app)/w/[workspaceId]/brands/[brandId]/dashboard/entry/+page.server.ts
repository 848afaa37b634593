import { fail } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { entryWeek } from '$lib/domain/metric-entry';
import { today } from '$lib/domain/zoned-time';
import { m } from '$lib/paraglide/messages';
import { entrySchema } from '$lib/schemas/metric-entry';
import { db } from '$lib/server/db';
import { refusedDateNotice } from '$lib/i18n/date-messages';
import { requireBrand } from '$lib/server/guards';
import { listValues, saveEntry } from '$lib/server/queries/metric-values';
import { listMetrics } from '$lib/server/queries/metrics';
import { conflictTexts, gridRows, readGrid } from './entry.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	// Days are the market's calendar days: "last week" is computed in the brand's market zone.
	const day = today(brand.marketTimeZone);
	const week = entryWeek(url.searchParams.get('week'), day);
	const metrics = await listMetrics(db, brand.id);
	const values = await listValues(db, brand.id, week.start, week.days[6]);
	return {
		week,
		notice: refusedDateNotice(week.refused === null ? [] : [week.refused], day),
		currency: brand.currency,
		rows: gridRows(metrics, week.days, values, brand.currency),
		// Changes on every load, so the grid is drawn afresh from what is stored after a save.
		drawnAt: Date.now(),
		form: await superValidate({ week: week.start }, zod4(entrySchema), { errors: false })
	};
};

export const actions: Actions = {
	/** Every cell checked first: one bad cell and nothing is written. */
	save: async ({ locals, params, request }) => {
		const { brand } = await requireBrand(locals, params.workspaceId, params.brandId, 'editContent');
		const form = await superValidate(request, zod4(entrySchema));
		if (!form.valid) return fail(400, { form });
		const metrics = await listMetrics(db, brand.id);
		const { key, value } = form.data;
		const day = today(brand.marketTimeZone);
		const { cells, problems } = readGrid(key, value, metrics, brand.currency, locals.locale, day);
		const invalid = Object.keys(problems).length;
		if (invalid) {
			const text = m.entry_invalid({ count: invalid });
			return fail(400, { form: { ...form, message: { type: 'error' as const, text } }, problems });
		}
		const { saved, conflicts } = await saveEntry(db, brand.id, cells);
		if (conflicts.length) {
			const text = m.entry_conflicts({ count: conflicts.length });
			return {
				form: { ...form, message: { type: 'error' as const, text } },
				conflicts: conflictTexts(conflicts, metrics, brand.currency)
			};
		}
		const text = saved ? m.entry_saved({ count: saved }) : m.entry_saved_nothing();
		return { form: { ...form, message: { type: 'success' as const, text } } };
	}
};
