/** What a brand's trademark and Amazon Brand Registry status unlock among marketplace tools. */

export const TRADEMARK_STATUSES = ['none', 'filed', 'registered'] as const;
export type TrademarkStatus = (typeof TRADEMARK_STATUSES)[number];

export const BRAND_REGISTRY_STATUSES = ['not_enrolled', 'pending', 'enrolled'] as const;
export type BrandRegistryStatus = (typeof BRAND_REGISTRY_STATUSES)[number];

export const BRAND_TOOLS = [
	'a_plus',
	'brand_store',
	'posts',
	'vine',
	'attribution',
	'brand_referral_bonus'
] as const;
export type BrandTool = (typeof BRAND_TOOLS)[number];

/** The one step that unlocks more, in the order a seller has to take them. */
export type NextStep = 'file_trademark' | 'apply_brand_registry' | 'await_brand_registry' | null;

export type BrandToolsStatus = {
	unlocked: BrandTool[];
	locked: BrandTool[];
	nextStep: NextStep;
};

/**
 * Every tool in the list is open to Brand Registry members only. Enrolment needs an active
 * registered or pending (filed) trademark in the marketplace's country, so the path is:
 * file a trademark → apply to Brand Registry → wait for approval → all tools.
 */
export function brandToolsStatus(
	trademark: TrademarkStatus,
	registry: BrandRegistryStatus
): BrandToolsStatus {
	if (registry === 'enrolled') return { unlocked: [...BRAND_TOOLS], locked: [], nextStep: null };
	const nextStep: NextStep =
		registry === 'pending'
			? 'await_brand_registry'
			: trademark === 'none'
				? 'file_trademark'
				: 'apply_brand_registry';
	return { unlocked: [], locked: [...BRAND_TOOLS], nextStep };
}
