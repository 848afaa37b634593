/** The words for what the deliverable services answer, and the fields and forms they mark. */
import { setError, type SuperValidated } from 'sveltekit-superforms';
import { m } from '$lib/paraglide/messages';
import {
	deliverableResultsValues,
	moneyError,
	type DeliverableForm,
	type DeliverableResultsForm,
	type ToCalendarForm
} from '$lib/schemas/deliverable';
import type { Deliverable } from '$lib/server/db/schema';
import type {
	ResultsRefused,
	scheduleDeliverable
} from '$lib/server/services/outreach/deliverables';
import { deliverableFormValues } from '../deliverable-form';

const MONEY = {
	'money-format': 'format',
	'money-decimals': 'decimals',
	'money-too-large': 'too-large'
} as const;

/** A revenue the collaboration's currency cannot hold. */
export function markRevenue(
	form: SuperValidated<DeliverableResultsForm>,
	refused: ResultsRefused,
	currency: string
) {
	setError(form, refused.field, moneyError(MONEY[refused.reason], currency));
}

/**
 * Terms saved elsewhere meanwhile: the user's values stay, theirs are shown beside them, and
 * saving again (now at their version) replaces theirs knowingly.
 */
export function termsConflict(form: SuperValidated<DeliverableForm>, theirs: Deliverable) {
	form.data.version = theirs.version;
	form.message = { type: 'error', text: m.collab_deliverable_conflict() };
	return { form, theirs: deliverableFormValues(theirs) };
}

/** Results saved elsewhere meanwhile: ours stay, saving again (now against theirs) replaces them. */
export function resultsConflict(
	form: SuperValidated<DeliverableResultsForm>,
	stored: Deliverable,
	currency: string
) {
	const theirs = deliverableResultsValues(stored, currency);
	form.data.expectedResults = theirs.expectedResults;
	form.message = { type: 'error', text: m.collab_results_conflict() };
	return { resultsForm: form, theirsResults: theirs };
}

type CalendarRefusal = Exclude<Awaited<ReturnType<typeof scheduleDeliverable>>, { ok: true }>;

/**
 * Why the deliverable did not go on the calendar, on the channel or as the form's message (the
 * route answers a missing deliverable with 404 before asking).
 */
export function markCalendarRefusal(form: SuperValidated<ToCalendarForm>, r: CalendarRefusal) {
	if (r.reason === 'channel-not-found') setError(form, 'channelId', m.item_error_choice());
	else if (r.reason === 'caption-too-long')
		setError(form, 'channelId', m.collab_error_caption_channel({ limit: r.limit }));
	else form.message = { type: 'error', text: m.collab_already_on_calendar() };
}
