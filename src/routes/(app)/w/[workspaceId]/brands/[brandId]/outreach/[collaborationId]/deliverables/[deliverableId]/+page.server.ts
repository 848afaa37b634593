import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { today } from '$lib/domain/zoned-time';
import { m } from '$lib/paraglide/messages';
import {
	deliverableResultsSchema,
	deliverableResultsValues,
	deliverableSchema,
	toCalendarSchema
} from '$lib/schemas/deliverable';
import { requireCollaboration } from '$lib/server/collab-guard';
import { db } from '$lib/server/db';
import { listChannels } from '$lib/server/queries/channels';
import { noticeAfterCreate } from '$lib/i18n/schedule-notice';
import { deliverableFormValues } from '../deliverable-save.server';
import * as act from './deliverable-actions.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { brand, collaboration, creator } = await requireCollaboration(locals, params);
	const d = await act.deliverableOr404(brand.id, collaboration.id, params.deliverableId);
	const channels = await listChannels(db, brand.id);
	const choice = act.channelChoice(channels, d);
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
	save: async (event) => act.saveTerms(event),
	results: async (event) => act.saveResults(event),
	calendar: async (event) => act.putOnCalendar(event),
	delete: async (event) => act.deleteDeliverable(event)
};
