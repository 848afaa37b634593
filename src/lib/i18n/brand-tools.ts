import type {
	BrandRegistryStatus,
	BrandTool,
	NextStep,
	TrademarkStatus
} from '$lib/domain/brand-tools';
import { m } from '$lib/paraglide/messages';

export const trademarkStatusName = (status: TrademarkStatus | string) =>
	status === 'registered'
		? m.trademark_registered()
		: status === 'filed'
			? m.trademark_filed()
			: m.trademark_none();

export const registryStatusName = (status: BrandRegistryStatus | string) =>
	status === 'enrolled'
		? m.registry_enrolled()
		: status === 'pending'
			? m.registry_pending()
			: m.registry_not_enrolled();

const TOOL_NAMES: Record<BrandTool, () => string> = {
	a_plus: m.tool_a_plus,
	brand_store: m.tool_brand_store,
	posts: m.tool_posts,
	vine: m.tool_vine,
	attribution: m.tool_attribution,
	brand_referral_bonus: m.tool_brand_referral_bonus
};
export const brandToolName = (tool: BrandTool) => TOOL_NAMES[tool]();

export const nextStepText = (step: NextStep) =>
	step === 'file_trademark'
		? m.next_file_trademark()
		: step === 'apply_brand_registry'
			? m.next_apply_brand_registry()
			: step === 'await_brand_registry'
				? m.next_await_brand_registry()
				: m.next_all_unlocked();
