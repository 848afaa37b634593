import { error, fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { formatName } from '$lib/i18n/calendar';
import { noticeAfterCreate } from '$lib/i18n/schedule-notice';
import { today } from '$lib/domain/zoned-time';
import { m } from '$lib/paraglide/messages';
import * as schemas from '$lib/schemas/deliverable';
import { requireCollaboration } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { listChannels } from '$lib/server/queries/channels';
import { getDeliverable } from '$lib/server/queries/deliverables';
import * as deliverables from '$lib/server/services/outreach/deliverables';
import { channelChoice, collabPath, deliverableInput } from '../deliverable-form';
import { deliverableForms } from './forms';
import * as words from './messages';
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
	const { brand, collaboration } = access;
	const scope = { brandId: brand.id, collaborationId: collaboration.id };
	return { ...access, scope, currency: collaboration.currency };
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { brand, collaboration, creator } = await requireCollaboration(locals, params);
	const d = await deliverableOr404(brand.id, collaboration.id, params.deliverableId);
	const choice = channelChoice(await listChannels(db, brand.id), d);
	const currency = collaboration.currency;
	const date = d.dueOn ?? today(brand.marketTimeZone);
	const forms = await deliverableForms(d, currency, { channelId: choice.proposed, date });
	if (url.searchParams.has('created'))
		forms.form.message = { type: 'success', text: m.collab_deliverable_created() };
	const at = { scheduledDate: d.itemDate, scheduledAt: d.itemAt, timeZone: d.itemZone };
	const scheduled = url.searchParams.has('scheduled') && d.contentItemId !== null;
	const notice = scheduled
		? noticeAfterCreate(at, url.searchParams.get('adjusted'), locals.locale)
		: null;
	return {
		collaboration: { id: collaboration.id, currency, brief: collaboration.brief },
		creator: { id: creator.id, name: creator.name },
		deliverable: d,
		channels: choice.sorted.map(({ id, kind, label, timeZone }) => ({ id, kind, label, timeZone })),
		...forms,
		scheduled: scheduled ? (notice ?? m.collab_scheduled()) : null
	};
};

export const actions: Actions = {
	/** The terms, refused when saved elsewhere meanwhile (the user's values are kept). */
	save: async (event) => {
		const { scope } = await guard(event);
		const form = await superValidate(event.request, zod4(schemas.deliverableSchema), {
			id: 'terms'
		});
		if (!form.valid) return fail(400, { form });
		const { version } = form.data;
		const input = { id: event.params.deliverableId, version, terms: deliverableInput(form.data) };
		const saved = await deliverables.saveDeliverable(db, scope, input);
		if (saved.ok) {
			form.data.version = saved.version;
			return message(form, { type: 'success', text: m.saved() });
		}
		if (saved.reason === 'not-found') error(404, 'Not found');
		return fail(409, words.termsConflict(form, saved.theirs));
	},

	/** Saved only if the stored results are still those the form was loaded with. */
	results: async (event) => {
		const { scope, currency } = await guard(event);
		const schema = zod4(schemas.deliverableResultsSchema);
		const form = await superValidate(event.request, schema, { id: 'results' });
		if (!form.valid) return fail(400, { resultsForm: form });
		const { expectedResults, ...draft } = form.data;
		const expected = schemas.parseDeliverableExpected(expectedResults);
		const id = event.params.deliverableId;
		const saved = await deliverables.saveDeliverableResults(
			db,
			{ ...scope, currency },
			{ id, expected, draft }
		);
		if (saved.ok) {
			form.data = schemas.deliverableResultsValues(saved.results, currency);
			return message(form, { type: 'success', text: m.collab_results_saved() });
		}
		if (saved.reason === 'not-found') error(404, 'Not found');
		if (saved.reason !== 'conflict') {
			words.markRevenue(form, saved, currency);
			return fail(400, { resultsForm: form });
		}
		return fail(409, words.resultsConflict(form, saved.theirs, currency));
	},

	/** The deliverable becomes a draft on the brand's calendar (once). */
	calendar: async (event) => {
		const { user, creator, scope } = await guard(event);
		const schema = zod4(schemas.toCalendarSchema);
		const form = await superValidate(event.request, schema, { id: 'calendar' });
		if (!form.valid) return fail(400, { calendarForm: form });
		const id = event.params.deliverableId;
		const d = await deliverableOr404(scope.brandId, scope.collaborationId, id);
		const title = `${creator.name} · ${formatName(d.kind)}`;
		const input = { id, ...form.data, title };
		const result = await deliverables.scheduleDeliverable(db, { ...scope, userId: user.id }, input);
		if (result.ok) {
			const adjusted = result.adjustment ? `&adjusted=${form.data.time}` : '';
			redirect(303, `${collabPath(event.params)}/deliverables/${id}?scheduled=1${adjusted}`);
		}
		if (result.reason === 'not-found') error(404, 'Not found');
		words.markCalendarRefusal(form, result);
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
