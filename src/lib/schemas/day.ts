/**
 * The bounds check every form's day field adds after its format check: a real date outside
 * 2000-01-01 … today + 10 years (domain/date-bounds.ts) is refused on its field, in the user's
 * language. Forms know no market zone, so "today" is the UTC day; the bounds are a decade wide.
 */
import { dayRangeError } from '$lib/i18n/date-messages';
import { utcToday, withinBounds } from '$lib/domain/date-bounds';
import { isDate } from '$lib/domain/zoned-time';

/** True unless the value is a date outside the bounds ('' and non-dates are other checks' job). */
export const dayInBounds = (value: string) => !isDate(value) || withinBounds(value, utcToday());

export const dayBoundsError = { error: () => dayRangeError() };
