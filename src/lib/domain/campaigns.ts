/** Campaign rules: when one is running, and what its UTM name may contain. */

export type CampaignPhase = 'upcoming' | 'running' | 'ended';

/**
 * Where a campaign stands on `today` (a calendar day in the brand's market zone; the end date is
 * inclusive, so a campaign ending today is still running).
 */
export function campaignPhase(startDate: string, endDate: string, today: string): CampaignPhase {
	if (today < startDate) return 'upcoming';
	if (today > endDate) return 'ended';
	return 'running';
}

export const UTM_NAME_MAX = 100;

/**
 * A UTM campaign name: letters of any script, digits, '-', '_' and '.', starting with a letter
 * or digit. No spaces, '&', '=', '#' or quotes, which break or fork the value in analytics.
 */
export function isUtmName(value: string) {
	return value.length <= UTM_NAME_MAX && /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u.test(value);
}
