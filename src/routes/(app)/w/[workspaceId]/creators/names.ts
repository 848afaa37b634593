/** How the directory names things in the viewer's language. */
import { displayNames, numberFormat } from '$lib/i18n/intl';
import { marketName } from '$lib/domain/markets';
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
