import { z } from 'zod';
import { isUtmName, UTM_NAME_MAX } from '$lib/domain/campaigns';
import { moneyInput } from '$lib/domain/money';
import { slugify } from '$lib/domain/utm';
import { isDate } from '$lib/domain/zoned-time';
import { m } from '$lib/paraglide/messages';
import { dayBoundsError, dayInBounds } from './day';
import { maxChars, required, requiredText } from './fields';

// Messages are functions so they are read in the language of the request (or page) that validates.

export const CAMPAIGN_NAME_MAX = 120;
export const CAMPAIGN_GOAL_MAX = 1000;

const day = z
	.string({ error: required })
	.trim()
	.min(1, { error: required })
	.refine(isDate, { error: () => m.error_date() })
	.refine(dayInBounds, dayBoundsError);

export const campaignSchema = z
	.object({
		name: requiredText(CAMPAIGN_NAME_MAX),
		goal: z
			.string()
			.trim()
			.refine(...maxChars(CAMPAIGN_GOAL_MAX))
			.default(''),
		// '' = no persona; that it is the brand's is checked on the server.
		personaId: z.string().trim().max(40).default(''),
		// Calendar days in the brand's market zone, end inclusive.
		startDate: day,
		endDate: day,
		// As typed ("1,500.50"); read into minor units of the brand's currency on the server,
		// which knows how many decimals that currency has. '' = no budget.
		budget: z
			.string()
			.trim()
			.max(24, { error: () => m.campaign_error_budget() })
			.refine((v) => v === '' || /^\d[\d,\s]*(\.\d*)?$/.test(v), {
				error: () => m.campaign_error_budget()
			})
			.default(''),
		// '' = a slug of the name.
		utmCampaign: z
			.string()
			.trim()
			.refine((v) => v === '' || isUtmName(v), { error: () => m.campaign_error_utm() })
			.default(''),
		version: z.int().min(0).default(0)
	})
	.superRefine((v, ctx) => {
		if (isDate(v.startDate) && isDate(v.endDate) && v.endDate < v.startDate) {
			const message = m.campaign_error_end_before_start();
			ctx.addIssue({ code: 'custom', path: ['endDate'], message });
		}
	});

export type CampaignForm = z.infer<typeof campaignSchema>;

/** The UTM name to store: the one typed, else a slug of the name (cut to fit). */
export function utmNameFor(form: Pick<CampaignForm, 'name' | 'utmCampaign'>) {
	return form.utmCampaign || slugify(form.name).slice(0, UTM_NAME_MAX);
}

type StoredCampaign = {
	name: string;
	goal: string;
	personaId: string | null;
	startDate: string;
	endDate: string;
	budgetMinor: number | null;
	utmCampaign: string;
	version: number;
};

/** The form's values for a stored campaign (the budget back in major units of `currency`). */
export function campaignFormValues(campaign: StoredCampaign, currency: string): CampaignForm {
	return {
		name: campaign.name,
		goal: campaign.goal,
		personaId: campaign.personaId ?? '',
		startDate: campaign.startDate,
		endDate: campaign.endDate,
		budget: moneyInput(campaign.budgetMinor, currency),
		utmCampaign: campaign.utmCampaign,
		version: campaign.version
	};
}
