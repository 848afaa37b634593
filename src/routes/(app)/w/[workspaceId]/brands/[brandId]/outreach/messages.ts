/** The words for what the outreach services answer, and the fields they mark. */
import { setError, type SuperValidated } from 'sveltekit-superforms';
import { m } from '$lib/paraglide/messages';
import type { ReferenceField } from '$lib/server/services/references';

type Assigned = { campaignId: string; ownerId: string };

/**
 * Marks the campaign and owner a save refused as unknown (another brand's, another workspace's,
 * or none at all): every form that assigns names these two fields alike.
 */
export function markUnknown<T extends Assigned>(
	form: SuperValidated<T>,
	fields: readonly ReferenceField[]
) {
	// Superforms cannot type a path of a generic form: it is seen as just those two fields here.
	const assigned = form as unknown as SuperValidated<Assigned>;
	for (const field of fields) {
		if (field === 'campaignId' || field === 'ownerId')
			setError(assigned, field, m.item_error_choice());
	}
}
