import { error, fail, redirect } from '@sveltejs/kit';
import { message, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { formatName } from '$lib/i18n/calendar';
import { parseMoney } from '$lib/domain/money';
import { today } from '$lib/domain/zoned-time';
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
import { requireCollaboration } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { listChannels } from '$lib/server/queries/channels';
import { getDeliverable } from '$lib/server/queries/deliverables';
import * as deliverables from '$lib/server/services/outreach/deliverables';
import { noticeAfterCreate } from '$lib/i18n/schedule-notice';
import {
	channelChoice,
	collabPath,
	deliverableFormValues,
	deliverableInput
} from '../deliverable-form';
import type { Actions, PageServerLoad } from './$types';

/** A deliverable only through its brand and collaboration: any other id is simply not found. */
async function deliverableOr404(brandId: string, collaborationId: string, id: string) {
	const row = await getDeliverable(db, brandId, collaborationId, id);
	if (!row) error(404, 'Not found');
	return row;
}

/** Every action's guard: editors only; the scope the deliverable services take. */
async function guard({ locals, params }: Parameters<Actions[string]>[0]) {
	const access = await requireCollaboration(locals, params, 'editContent');
	const scope = { brandId: access.brand.id, collaborationId: access.collaboration.id };
	return { ...access, scope };
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { brand, collaboration, creator } = await requireCollaboration(locals, params);
	const d = await deliverableOr404(brand.id, collaboration.id, params.deliverableId);
	const channels = await listChannels(db, brand.id);
	const choice = channelChoice(channels, d);
	const currency = collaboration.currency;
	const date = d.dueOn ?? today(brand.marketTimeZone);
	const [form, resultsForm, calendarForm] = await Promise.all([
		superValidate(deliverableFormValues(d), zod4(deliverableSchema), {
			id: 'terms',
			errors: false
		}),
		superValidate(deliverableResultsValues(d, currency), zod4(deliverableResultsSchema), {
			id: 'results',
			errors: false
		}),
		superValidate({ channelId: choice.proposed, date, time: '12:00' }, zod4(toCalendarSchema), {
			id: 'calendar',
			errors: false
		})
	]);
	if (url.searchParams.has('created'))
		form.message = { type: 'success', text: m.collab_deliverable_created() };
	const at = { scheduledDate: d.itemDate, scheduledAt: d.itemAt, timeZone: d.itemZone };
	const scheduled = url.searchParams.has('scheduled') && d.contentItemId !== null;
	const notice = scheduled
		? noticeAfterCreate(at, url.searchParams.get('adjusted'), locals.locale)
		: null;
	return {
		collaboration: { id: collaboration.id, currency, brief: collaboration.brief },
		creator: { id: creator.id, name: creator.name },
		deliverable: d,
		channels: choice.sorted.map((c) => ({
			id: c.id,
			kind: c.kind,
			label: c.label,
			timeZone: c.timeZone
		})),
		form,
		resultsForm,
		calendarForm,
		scheduled: scheduled ? (notice ?? m.collab_scheduled()) : null
	};
};

export const actions: Actions = {
	/** The terms, refused when saved elsewhere meanwhile (the user's values are kept). */
	save: async (event) => {
		const { scope } = await guard(event);
		const form = await superValidate(event.request, zod4(deliverableSchema), { id: 'terms' });
		if (!form.valid) return fail(400, { form });
		const id = event.params.deliverableId;
		const terms = deliverableInput(form.data);
		const saved = await deliverables.saveDeliverable(db, scope, {
			id,
			version: form.data.version,
			terms
		});
		if (saved.ok) {
			form.data.version = saved.version;
			return message(form, { type: 'success', text: m.saved() });
		}
		if (saved.reason === 'not-found') error(404, 'Not found');
		form.data.version = saved.theirs.version;
		form.message = { type: 'error', text: m.collab_deliverable_conflict() };
		return fail(409, { form, theirs: deliverableFormValues(saved.theirs) });
	},

	/** Saved only if the stored results are still those the form was loaded with. */
	results: async (event) => {
		const { collaboration, scope } = await guard(event);
		const form = await superValidate(event.request, zod4(deliverableResultsSchema), {
			id: 'results'
		});
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
		const id = event.params.deliverableId;
		const expected = parseDeliverableExpected(d.expectedResults);
		const saved = await deliverables.saveDeliverableResults(db, scope, { id, expected, results });
		if (saved.ok) {
			form.data = deliverableResultsValues(results, currency);
			return message(form, { type: 'success', text: m.collab_results_saved() });
		}
		if (saved.reason === 'not-found') error(404, 'Not found');
		// Ours stay in the form; saving again (now against theirs) replaces them knowingly.
		const theirs = deliverableResultsValues(saved.theirs, currency);
		form.data.expectedResults = theirs.expectedResults;
		form.message = { type: 'error', text: m.collab_results_conflict() };
		return fail(409, { resultsForm: form, theirsResults: theirs });
	},

	/** The deliverable becomes a draft on the brand's calendar (once). */
	calendar: async (event) => {
		const { user, creator, scope } = await guard(event);
		const form = await superValidate(event.request, zod4(toCalendarSchema), { id: 'calendar' });
		if (!form.valid) return fail(400, { calendarForm: form });
		const id = event.params.deliverableId;
		const d = await deliverableOr404(scope.brandId, scope.collaborationId, id);
		const title = `${creator.name} · ${formatName(d.kind)}`;
		const result = await deliverables.scheduleDeliverable(
			db,
			{ ...scope, userId: user.id },
			{ id, ...form.data, title }
		);
		if (result.ok) {
			const adjusted = result.adjustment ? `&adjusted=${form.data.time}` : '';
			redirect(303, `${collabPath(event.params)}/deliverables/${id}?scheduled=1${adjusted}`);
		}
		if (result.reason === 'not-found') error(404, 'Not found');
		if (result.reason === 'channel-not-found') setError(form, 'channelId', m.item_error_choice());
		else if (result.reason === 'caption-too-long')
			setError(form, 'channelId', m.collab_error_caption_channel({ limit: result.limit }));
		else form.message = { type: 'error', text: m.collab_already_on_calendar() };
		return fail(result.reason === 'on-calendar' ? 409 : 400, { calendarForm: form });
	},

	/** The deliverable goes; a calendar item it became stays on the calendar. */
	delete: async (event) => {
		const { scope } = await guard(event);
		const removed = await deliverables.removeDeliverable(db, scope, {
			id: event.params.deliverableId
		});
		if (!removed.ok) error(404, 'Not found');
		redirect(303, `${collabPath(event.params)}/deliverables?deleted=1`);
	}
};
