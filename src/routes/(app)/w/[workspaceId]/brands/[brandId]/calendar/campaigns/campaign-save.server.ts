import { setError, type SuperValidated } from 'sveltekit-superforms';
import { currencyDecimals, parseMoney } from '$lib/domain/money';
import { m } from '$lib/paraglide/messages';
import { normaliseLineBreaks } from '$lib/schemas/fields';
import { utmNameFor, type CampaignForm } from '$lib/schemas/campaign';
import { db } from '$lib/server/db';
import type { Brand } from '$lib/server/db/schema';
import { listPersonas } from '$lib/server/queries/personas';
import type { CampaignInput } from '$lib/server/queries/campaigns';

/**
 * A valid form → what is stored, after the checks that need the brand: the persona is the
 * brand's, and the budget fits the brand's currency (read into its minor units).
 */
export async function campaignInput(
	form: SuperValidated<CampaignForm>,
	brand: Brand
): Promise<CampaignInput | null> {
	const data = form.data;
	const personas = await listPersonas(db, brand.id);
	const personaOk = !data.personaId || personas.some((p) => p.id === data.personaId);
	if (!personaOk) setError(form, 'personaId', m.item_error_choice());
	const budget = parseMoney(data.budget, brand.currency);
	if (!budget.ok) setError(form, 'budget', budgetError(budget.reason, brand.currency));
	if (!personaOk || !budget.ok) return null;
	return {
		name: data.name,
		goal: normaliseLineBreaks(data.goal),
		personaId: data.personaId || null,
		startDate: data.startDate,
		endDate: data.endDate,
		budgetMinor: budget.minor,
		utmCampaign: utmNameFor(data)
	};
}

function budgetError(reason: 'format' | 'decimals' | 'too-large', currency: string) {
	if (reason === 'too-large') return m.campaign_error_budget_large();
	if (reason === 'format') return m.campaign_error_budget();
	const decimals = currencyDecimals(currency);
	return decimals === 0
		? m.campaign_error_budget_whole({ currency })
		: m.campaign_error_budget_decimals({ currency, decimals });
}
