import { setError, type SuperValidated } from 'sveltekit-superforms';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db';
import { getCampaign } from '$lib/server/queries/campaigns';
import { listMembers } from '$lib/server/queries/workspaces';

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
	const [campaign, members] = await Promise.all([
		campaignId ? getCampaign(db, brandId, campaignId) : null,
		ownerId ? listMembers(db, workspaceId) : []
	]);
	const campaignOk = !campaignId || campaign !== null;
	const ownerOk = !ownerId || members.some((member) => member.userId === ownerId);
	// Every form that assigns names these two fields alike; superforms cannot type a path of a
	// generic form, so the form is seen as just those two fields here.
	const errors = form as unknown as SuperValidated<Assigned>;
	if (!campaignOk) setError(errors, 'campaignId', m.item_error_choice());
	if (!ownerOk) setError(errors, 'ownerId', m.item_error_choice());
	return campaignOk && ownerOk;
}
