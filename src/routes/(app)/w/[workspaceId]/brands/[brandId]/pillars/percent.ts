import { numberFormat } from '$lib/i18n/intl';
import { getLocale } from '$lib/paraglide/runtime';

/** A share in whole percent (0–100), written the way the viewer's language writes percentages. */
export function percent(share: number) {
	return numberFormat(getLocale(), { style: 'percent', maximumFractionDigits: 0 }).format(
		share / 100
	);
}
