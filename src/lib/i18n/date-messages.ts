/**
 * What a person reads when a day they gave lies outside the days the app accepts
 * (domain/date-bounds.ts), in the language of the request or page that renders it.
 */
import { dayBounds, utcToday } from '$lib/domain/date-bounds';
import { m } from '$lib/paraglide/messages';

/** Typed text shown back, cut short: a URL may carry kilobytes where a day belongs. */
const shown = (value: string) => (value.length > 24 ? `${value.slice(0, 24)}…` : value);

/** A form field's message; forms know no market zone, so the bounds follow the UTC day. */
export function dayRangeError(today = utcToday()) {
	const { earliest, latest } = dayBounds(today);
	return m.error_date_range({ from: earliest, to: latest });
}

/** A page's notice that the day in its address was left out, or null when none was. */
export function refusedDateNotice(values: readonly string[], today: string) {
	if (!values.length) return null;
	const { earliest, latest } = dayBounds(today);
	return m.date_refused_notice({ from: earliest, to: latest, value: values.map(shown).join(', ') });
}

/** An export's refusal (a 400's body): exporting other days than asked would mislead. */
export function refusedExportMessage(value: string, today: string) {
	const { earliest, latest } = dayBounds(today);
	return m.date_refused_export({ from: earliest, to: latest, value: shown(value) });
}
