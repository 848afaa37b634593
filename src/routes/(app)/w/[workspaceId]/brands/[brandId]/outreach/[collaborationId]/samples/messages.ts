/** The words for what the sample services answer, the fields they mark, and where samples live. */
import { setError, type SuperValidated } from 'sveltekit-superforms';
import { moneyError } from '$lib/schemas/deliverable';
import type { SampleForm } from '$lib/schemas/sample';
import type { SampleRefusal } from '$lib/server/services/outreach/samples';

type Params = { workspaceId: string; brandId: string; collaborationId: string };

export const samplesPath = (p: Params) =>
	`/w/${p.workspaceId}/brands/${p.brandId}/outreach/${p.collaborationId}/samples`;

const MONEY = {
	'money-format': 'format',
	'money-decimals': 'decimals',
	'money-too-large': 'too-large'
} as const;

/** Marks every cost the collaboration's currency cannot hold. */
export function markRefusals(
	form: SuperValidated<SampleForm>,
	refusals: readonly SampleRefusal[],
	currency: string
) {
	for (const { field, reason } of refusals)
		setError(form, field, moneyError(MONEY[reason], currency));
}
