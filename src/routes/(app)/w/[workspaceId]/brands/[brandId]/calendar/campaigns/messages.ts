/** The words for what the campaign services answer, and the fields they mark. */
import { setError, type SuperValidated } from 'sveltekit-superforms';
import { currencyDecimals } from '$lib/domain/money';
import { m } from '$lib/paraglide/messages';
import type { CampaignForm } from '$lib/schemas/campaign';
import type { CampaignRefusal } from '$lib/server/services/calendar/campaigns';

/** Marks every refused field: a persona not of this brand, or a budget the currency cannot hold. */
export function markRefusals(
	form: SuperValidated<CampaignForm>,
	refusals: readonly CampaignRefusal[],
	currency: string
) {
	for (const refusal of refusals) {
		if (refusal.field === 'personaId') setError(form, 'personaId', m.item_error_choice());
		else setError(form, 'budget', budgetError(refusal.reason, currency));
	}
}

function budgetError(
	reason: Exclude<CampaignRefusal['reason'], 'unknown-reference'>,
	currency: string
) {
	if (reason === 'budget-too-large') return m.campaign_error_budget_large();
	if (reason === 'budget-format') return m.campaign_error_budget();
	const decimals = currencyDecimals(currency);
	return decimals === 0
		? m.campaign_error_budget_whole({ currency })
		: m.campaign_error_budget_decimals({ currency, decimals });
}
