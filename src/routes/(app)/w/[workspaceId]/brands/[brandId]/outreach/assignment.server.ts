import { setError, type SuperValidated } from 'sveltekit-superforms';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db';
import { checkReferences } from '$lib/server/services/references';

type Assigned = { campaignId: string; ownerId: string };

/**
 * The campaign must be the brand's and the owner a member of the workspace: an id from anywhere
 * else is answered on its field, never stored. True when both hold.
 */
export async function checkAssignment<T extends Assigned>(
	form: SuperValidated<T>,
	brandId: string,
	workspaceId: string
) {
	const { campaignId, ownerId } = form.data;
	const checked = await checkReferences(db, { workspaceId, brandId }, { campaignId, ownerId });
	if (checked.ok) return true;
	// Every form that assigns names these two fields alike; superforms cannot type a path of a
	// generic form, so the form is seen as just those two fields here.
	const errors = form as unknown as SuperValidated<Assigned>;
	for (const field of checked.fields) {
		if (field === 'campaignId' || field === 'ownerId') {
			setError(errors, field, m.item_error_choice());
		}
	}
	return false;
}
