/** How the directory names things in the viewer's language. */
import { dateTimeFormat, displayNames, numberFormat } from '$lib/i18n/intl';
import { marketName } from '$lib/domain/markets';
import type { Stage } from '$lib/domain/pipeline';
import { m } from '$lib/paraglide/messages';

/** "Chinese" / "中文" from the runtime's CLDR data; `other` and unknown codes in our words. */
export function languageName(code: string, locale: string) {
	if (!code) return '';
	if (code === 'other') return m.creator_language_other();
	try {
		return displayNames([locale], { type: 'language' }).of(code) ?? code;
	} catch {
		return code;
	}
}

export function countryName(code: string, locale: string) {
	return code ? marketName(code, locale) : '';
}

const STAGE_NAMES: Record<Stage, () => string> = {
	prospect: m.creator_stage_prospect,
	contacted: m.creator_stage_contacted,
	negotiating: m.creator_stage_negotiating,
	agreed: m.creator_stage_agreed,
	sample_shipped: m.creator_stage_sample_shipped,
	content_live: m.creator_stage_content_live,
	paid: m.creator_stage_paid,
	declined: m.creator_stage_declined,
	no_reply: m.creator_stage_no_reply
};

export function stageName(stage: Stage) {
	return (STAGE_NAMES[stage] ?? m.creator_stage_prospect)();
}

const STEP_NAMES: Record<string, () => string> = {
	first_contact: m.creator_step_first_contact,
	chase_reply: m.creator_step_chase_reply,
	confirm_terms: m.creator_step_confirm_terms,
	ship_sample: m.creator_step_ship_sample,
	confirm_delivery: m.creator_step_confirm_delivery,
	collect_results: m.creator_step_collect_results
};

/** A proposed step in our words; anything else is what the user typed. */
export function stepName(step: string) {
	return STEP_NAMES[step]?.() ?? step;
}

/** 12300 → "12K" / "1.2万": how platforms show audience sizes. */
export function compactCount(count: number, locale: string) {
	return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(count);
}

/** Basis points → "3.45%" / "3.45%". */
export function percentOf(basisPoints: number, locale: string) {
	return numberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(
		basisPoints / 10_000
	);
}

/** A calendar day (YYYY-MM-DD, no zone) in the viewer's language, e.g. "Mar 4, 2026". */
export function formatCalendarDay(date: string, locale: string) {
	const [y, mo, d] = date.split('-').map(Number);
	// A calendar day has no zone: format the UTC midnight of it in UTC.
	return dateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
		Date.UTC(y, mo - 1, d)
	);
}
