import type { RequestEvent } from '@sveltejs/kit';
import { message, superValidate, type SuperValidated } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { m } from '$lib/paraglide/messages';
import { gapNotice } from '$lib/i18n/recurrence';
import {
	deleteScopeSchema,
	ruleOf,
	type ItemEditForm,
	type NewItemForm
} from '$lib/schemas/recurrence';
import { db } from '$lib/server/db';
import { createItem, deleteItem, type ItemInput } from '$lib/server/queries/items';
import * as series from '$lib/server/queries/series';
import { refuseStaleItem } from './item-conflict.server';

/**
 * A new item: one item, or (when the form repeats) the series and every occurrence in one
 * transaction. Returns the id of the item to open: the first occurrence.
 */
export async function createItemOrSeries(
	form: SuperValidated<NewItemForm>,
	brandId: string,
	input: ItemInput,
	userId: string
) {
	const rule = ruleOf(form.data);
	if (!rule || !input.timeZone) return createItem(db, brandId, input, userId);
	const { scheduledDate: _d, scheduledTime: _t, timeZone, scheduledAt: _a, ...rest } = input;
	// The time asked for, not the one saved on the first date: a DST gap moves that date only.
	const at = { time: form.data.scheduledTime, zone: timeZone };
	const created = await series.createSeries(db, brandId, rule, rest, at, userId);
	// The schema has already judged the rule with the same function; a refusal here is a bug.
	if (!created.ok) throw new Error(`rule refused after validation: ${created.reason}`);
	return created.itemIds[0];
}

/** An occurrence's series, for its page: the rule, the other dates and the stamp to save against. */
export async function seriesOf(brandId: string, item: { seriesId: string | null }) {
	if (!item.seriesId) return null;
	const found = await series.getSeries(db, brandId, item.seriesId);
	if (!found) return null;
	const { frequency, interval, weekdays, startDate, until, count } = found.series;
	return {
		rule: { frequency, interval, weekdays, startDate, until, count },
		occurrences: found.occurrences,
		stamp: found.stamp
	};
}

type Saved = { input: ItemInput; notice: string | null };

/**
 * "Apply to the whole series": saves this occurrence and copies its content and time of day to
 * the series' unsettled occurrences. Null when the item is not (or no longer) in a series, so the
 * caller saves it alone.
 */
export async function saveWholeSeries(
	form: SuperValidated<ItemEditForm>,
	brandId: string,
	itemId: string,
	saved: Saved
) {
	if (form.data.seriesScope !== 'series') return null;
	const { version, seriesStamp: stamp, scheduledTime } = form.data;
	const expected = { version, stamp };
	const result = await series.saveSeries(
		db,
		brandId,
		itemId,
		expected,
		saved.input,
		scheduledTime || null
	);
	if (!result.ok && result.reason === 'not-found') return null;
	// The item or another occurrence changed meanwhile: the user's edits stay in the form, the
	// item as stored is shown beside it, and the answer carries the series' new stamp, so saving
	// again applies the edits knowingly.
	if (!result.ok) return refuseStaleItem(form, brandId, itemId, m.series_conflict());
	form.data.version = result.version;
	form.data.scheduledTime = saved.input.scheduledTime ?? '';
	form.data.seriesScope = 'one';
	const gaps = result.adjusted.length
		? gapNotice(result.adjusted, scheduledTime, saved.input.timeZone ?? 'UTC')
		: null;
	const text = [m.series_saved_series({ count: result.updated }), saved.notice, gaps];
	return message(form, { type: 'success', text: text.filter(Boolean).join(' ') });
}

/** The delete action: this item, or it and every unpublished occurrence of its series. */
export async function deleteItemOrSeries(
	request: RequestEvent['request'],
	brandId: string,
	itemId: string
) {
	const { data } = await superValidate(request, zod4(deleteScopeSchema));
	if (data.seriesScope === 'series')
		return (await series.deleteSeriesFrom(db, brandId, itemId)) > 0;
	return deleteItem(db, brandId, itemId);
}
