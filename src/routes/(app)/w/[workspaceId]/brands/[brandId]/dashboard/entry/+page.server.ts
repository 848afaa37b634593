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
import { entryGrid, saveWeek } from '$lib/server/services/audience/entry';
import { conflictTexts, problemTexts } from './messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { brand } = await requireBrand(locals, params.workspaceId, params.brandId);
	// Days are the market's calendar days: "last week" is computed in the brand's market zone.
	const day = today(brand.marketTimeZone);
	const week = entryWeek(url.searchParams.get('week'), day);
	return {
		week,
		notice: refusedDateNotice(week.refused === null ? [] : [week.refused], day),
		currency: brand.currency,
		rows: await entryGrid(db, { ...brand, brandId: brand.id }, { days: week.days }),
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
		const { key: keys, value: typed } = form.data;
		const result = await saveWeek(db, { ...brand, brandId: brand.id }, { keys, typed });
		if (!result.ok && result.reason === 'invalid') {
			const problems = problemTexts(result.problems, brand.currency, locals.locale);
			const text = m.entry_invalid({ count: Object.keys(problems).length });
			return fail(400, { form: { ...form, message: { type: 'error' as const, text } }, problems });
		}
		if (!result.ok) {
			const text = m.entry_conflicts({ count: result.conflicts.length });
			return {
				form: { ...form, message: { type: 'error' as const, text } },
				conflicts: conflictTexts(result.conflicts)
			};
		}
		const text = result.saved ? m.entry_saved({ count: result.saved }) : m.entry_saved_nothing();
		return { form: { ...form, message: { type: 'success' as const, text } } };
	}
};
