import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { message, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { formatName } from '$lib/i18n/calendar';
import { parseMoney } from '$lib/domain/money';
import { m } from '$lib/paraglide/messages';
import {
	deliverableResultsSchema,
	deliverableResultsValues,
	deliverableSchema,
	moneyError,
	parseDeliverableExpected,
	toCalendarSchema,
	wholeOf
} from '$lib/schemas/deliverable';
import { requireCollaboration } from '$lib/server/collab-guard';
import { db } from '$lib/server/db';
import * as deliverables from '$lib/server/queries/deliverables';
import {
	collabPath,
	deliverableFormValues,
	deliverableInput,
	type Params
} from '../deliverable-save.server';

type Event = RequestEvent<Params & { deliverableId: string }>;

/** A deliverable only through its brand and collaboration: any other id is simply not found. */
export async function deliverableOr404(brandId: string, collaborationId: string, id: string) {
	const row = await deliverables.getDeliverable(db, brandId, collaborationId, id);
	if (!row) error(404, 'Not found');
	return row;
}

/** The brand's channels with those of the deliverable's platform first, and the one to propose. */
export function channelChoice<C extends { id: string; kind: string }>(
	channels: C[],
	deliverable: { platform: string; channelId: string | null }
) {
	const same = channels.filter((c) => c.kind === deliverable.platform);
	const sorted = [...same, ...channels.filter((c) => c.kind !== deliverable.platform)];
	const previous = channels.find((c) => c.id === deliverable.channelId);
	return { sorted, proposed: previous?.id ?? (same.length === 1 ? same[0].id : '') };
}

/** `?/save`: the terms, refused when saved elsewhere meanwhile (the user's values are kept). */
export async function saveTerms({ locals, params, request }: Event) {
	const { brand, collaboration } = await requireCollaboration(locals, params, 'editContent');
	const form = await superValidate(request, zod4(deliverableSchema), { id: 'terms' });
	if (!form.valid) return fail(400, { form });
	const id = params.deliverableId;
	const input = deliverableInput(form.data);
	const { version } = form.data;
	const result = await deliverables.updateDeliverable(
		db,
		brand.id,
		collaboration.id,
		id,
		version,
		input
	);
	if (result.ok) {
		form.data.version = result.version;
		return message(form, { type: 'success', text: m.saved() });
	}
	const fresh = await deliverableOr404(brand.id, collaboration.id, id);
	form.data.version = fresh.version;
	form.message = { type: 'error', text: m.collab_deliverable_conflict() };
	return fail(409, { form, theirs: deliverableFormValues(fresh) });
}

/** `?/results`: saved only if the stored results are still those the form was loaded with. */
export async function saveResults({ locals, params, request }: Event) {
	const { brand, collaboration } = await requireCollaboration(locals, params, 'editContent');
	const form = await superValidate(request, zod4(deliverableResultsSchema), { id: 'results' });
	if (!form.valid) return fail(400, { resultsForm: form });
	const currency = collaboration.currency;
	const revenue = parseMoney(form.data.revenue, currency);
	if (!revenue.ok) {
		setError(form, 'revenue', moneyError(revenue.reason, currency));
		return fail(400, { resultsForm: form });
	}
	const d = form.data;
	const results = {
		views: wholeOf(d.views),
		engagements: wholeOf(d.engagements),
		clicks: wholeOf(d.clicks),
		orders: wholeOf(d.orders),
		revenueMinor: revenue.minor
	};
	// A hidden field that was tampered with is treated like a stale form: nothing is saved.
	const expected = parseDeliverableExpected(d.expectedResults);
	const id = params.deliverableId;
	const result = expected
		? await deliverables.saveDeliverableResults(
				db,
				brand.id,
				collaboration.id,
				id,
				expected,
				results
			)
		: ({ ok: false, reason: 'conflict' } as const);
	if (result.ok) {
		form.data = deliverableResultsValues(results, currency);
		return message(form, { type: 'success', text: m.collab_results_saved() });
	}
	const fresh = await deliverableOr404(brand.id, collaboration.id, id);
	// Ours stay in the form; saving again (now against theirs) replaces them knowingly.
	form.data.expectedResults = deliverableResultsValues(fresh, currency).expectedResults;
	form.message = { type: 'error', text: m.collab_results_conflict() };
	return fail(409, { resultsForm: form, theirsResults: deliverableResultsValues(fresh, currency) });
}

/** `?/calendar`: the deliverable becomes a draft on the brand's calendar (once). */
export async function putOnCalendar({ locals, params, request }: Event) {
	const { user, brand, collaboration, creator } = await requireCollaboration(
		locals,
		params,
		'editContent'
	);
	const form = await superValidate(request, zod4(toCalendarSchema), { id: 'calendar' });
	if (!form.valid) return fail(400, { calendarForm: form });
	const id = params.deliverableId;
	const d = await deliverableOr404(brand.id, collaboration.id, id);
	const title = `${creator.name} · ${formatName(d.kind)}`;
	const target = { ...form.data, title };
	const result = await deliverables.putDeliverableOnCalendar(
		db,
		brand.id,
		collaboration.id,
		id,
		target,
		user.id
	);
	if (result.ok) {
		const adjusted = result.adjustment ? `&adjusted=${form.data.time}` : '';
		redirect(303, `${collabPath(params)}/deliverables/${id}?scheduled=1${adjusted}`);
	}
	if (result.reason === 'not-found') error(404, 'Not found');
	if (result.reason === 'channel-not-found') setError(form, 'channelId', m.item_error_choice());
	else if (result.reason === 'caption-too-long')
		setError(form, 'channelId', m.collab_error_caption_channel({ limit: result.limit }));
	else form.message = { type: 'error', text: m.collab_already_on_calendar() };
	return fail(result.reason === 'on-calendar' ? 409 : 400, { calendarForm: form });
}

/** `?/delete`: the deliverable goes; a calendar item it became stays on the calendar. */
export async function deleteDeliverable({ locals, params }: Event) {
	const { brand, collaboration } = await requireCollaboration(locals, params, 'editContent');
	const id = params.deliverableId;
	if (!(await deliverables.deleteDeliverable(db, brand.id, collaboration.id, id))) {
		error(404, 'Not found');
	}
	redirect(303, `${collabPath(params)}/deliverables?deleted=1`);
}
