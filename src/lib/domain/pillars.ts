/** Content pillars: each has a target share of the mix; together they should make 100 %. */

export type ShareStatus = 'ok' | 'under' | 'over' | 'empty';

export function shareTotal(pillars: readonly { targetShare: number }[]) {
	return pillars.reduce((sum, pillar) => sum + pillar.targetShare, 0);
}

export function shareStatus(pillars: readonly { targetShare: number }[]): {
	total: number;
	status: ShareStatus;
	/** Percentage points to add (positive) or remove (negative) to reach 100. */
	gap: number;
} {
	const total = shareTotal(pillars);
	if (pillars.length === 0) return { total, status: 'empty', gap: 100 };
	return { total, status: total === 100 ? 'ok' : total < 100 ? 'under' : 'over', gap: 100 - total };
}

export function isValidShare(value: number) {
	return Number.isInteger(value) && value >= 0 && value <= 100;
}
