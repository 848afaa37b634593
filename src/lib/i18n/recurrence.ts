import { dateTimeFormat } from '$lib/i18n/intl';
import type { Rule } from '$lib/domain/recurrence';
import { resolveWall } from '$lib/domain/zoned-time';
import { m } from '$lib/paraglide/messages';
import { getLocale, type Locale } from '$lib/paraglide/runtime';

/** "Mon" / "周一" for an ISO weekday (1 = Monday); 1 January 2024 was a Monday. */
export function weekdayName(isoWeekday: number, locale: Locale = getLocale()) {
	return dateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(
		new Date(Date.UTC(2024, 0, isoWeekday))
	);
}

/** "Thu 5 Nov" / "11月5日周四" for a wall date, read as a calendar day (no zone involved). */
export function occurrenceDay(date: string, locale: Locale = getLocale()) {
	return dateTimeFormat(locale, {
		weekday: 'short',
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(`${date}T00:00:00Z`));
}

/**
 * A rule in words: "Every 2 weeks on Mon, Thu, 8 times" / "每2周的周一、周四，共8次".
 * Weekdays are listed Monday first, whatever order they were ticked in.
 */
export function describeRule(
	rule: Pick<Rule, 'frequency' | 'interval' | 'weekdays' | 'startDate' | 'until' | 'count'>,
	locale: Locale = getLocale()
) {
	const options = { locale };
	const n = rule.interval;
	let text: string;
	if (rule.frequency === 'daily') {
		text =
			n === 1 ? m.series_rule_daily_one({}, options) : m.series_rule_daily_many({ n }, options);
	} else if (rule.frequency === 'weekly') {
		const days = [...new Set(rule.weekdays)]
			.sort((a, b) => a - b)
			.map((w) => weekdayName(w, locale))
			.join(m.series_weekday_separator({}, options));
		text =
			n === 1
				? m.series_rule_weekly_one({ days }, options)
				: m.series_rule_weekly_many({ n, days }, options);
	} else {
		const day = Number(rule.startDate.slice(8, 10));
		text =
			n === 1
				? m.series_rule_monthly_one({ day }, options)
				: m.series_rule_monthly_many({ n, day }, options);
	}
	if (rule.count !== null && (rule.until === null || rule.count === 1)) {
		return rule.count === 1
			? m.series_rule_once({ rule: text }, options)
			: m.series_rule_times({ rule: text, count: rule.count }, options);
	}
	if (rule.until !== null) {
		const date = dateTimeFormat(locale, {
			day: 'numeric',
			month: 'short',
			year: 'numeric',
			timeZone: 'UTC'
		}).format(new Date(`${rule.until}T00:00:00Z`));
		return m.series_rule_until({ rule: text, date }, options);
	}
	return text;
}

/**
 * The dates on which `time` falls in a spring-forward gap in `zone`, said in words (null when
 * none): those occurrences are moved forward by the gap (the zoned-time.ts rule).
 */
export function gapNotice(
	dates: string[],
	time: string,
	zone: string,
	locale: Locale = getLocale()
) {
	const gaps = dates.filter((date) => resolveWall(date, time, zone).adjustment === 'gap');
	if (gaps.length === 0) return null;
	return m.series_gap_notice(
		{
			time,
			place: (zone.split('/').at(-1) ?? zone).replace(/_/g, ' '),
			dates: gaps
				.map((date) => occurrenceDay(date, locale))
				.join(m.series_weekday_separator({}, { locale })),
			saved: resolveWall(gaps[0], time, zone).wall.time
		},
		{ locale }
	);
}
