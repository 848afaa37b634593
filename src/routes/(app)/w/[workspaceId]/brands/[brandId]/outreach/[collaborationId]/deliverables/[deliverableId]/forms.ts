/** The three forms of a deliverable's page, filled from what is stored. */
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import {
	deliverableResultsSchema,
	deliverableResultsValues,
	deliverableSchema,
	toCalendarSchema
} from '$lib/schemas/deliverable';
import type { Deliverable } from '$lib/server/db/schema';
import { deliverableFormValues } from '../deliverable-form';

/** Terms and results as stored; the calendar form proposes a channel and the due day at noon. */
export async function deliverableForms(
	d: Deliverable,
	currency: string,
	calendar: { channelId: string; date: string }
) {
	const [form, resultsForm, calendarForm] = await Promise.all([
		superValidate(deliverableFormValues(d), zod4(deliverableSchema), {
			id: 'terms',
			errors: false
		}),
		superValidate(deliverableResultsValues(d, currency), zod4(deliverableResultsSchema), {
			id: 'results',
			errors: false
		}),
		superValidate({ ...calendar, time: '12:00' }, zod4(toCalendarSchema), {
			id: 'calendar',
			errors: false
		})
	]);
	return { form, resultsForm, calendarForm };
}
