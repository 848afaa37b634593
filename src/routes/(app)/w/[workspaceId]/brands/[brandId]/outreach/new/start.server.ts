import { setError, type SuperValidated } from 'sveltekit-superforms';
import { today } from '$lib/domain/zoned-time';
import { m } from '$lib/paraglide/messages';
import { moneyOf, type StartForm } from '$lib/schemas/collaboration';
import { normaliseLineBreaks } from '$lib/schemas/fields';
import { db } from '$lib/server/db';
import type { Brand } from '$lib/server/db/schema';
import { createCollaboration } from '$lib/server/queries/collaborations';
import { checkAssignment } from '../assignment.server';

/**
 * A valid form → a new collaboration, after the checks that need the database: the campaign is
 * the brand's, the owner a member of the workspace, the creator in the workspace's directory.
 * Returns the new id, or null with the field errors set on the form.
 */
export async function startCollaboration(
	form: SuperValidated<StartForm>,
	ctx: { user: { id: string }; workspace: { id: string }; brand: Brand }
) {
	const { data } = form;
	const { brand, workspace } = ctx;
	if (!(await checkAssignment(form, brand.id, workspace.id))) return null;
	const created = await createCollaboration(
		db,
		{ id: brand.id, workspaceId: workspace.id },
		{
			creatorId: data.creatorId,
			currency: data.currency,
			campaignId: data.campaignId || null,
			ownerId: data.ownerId || null,
			feeMinor: moneyOf(data.fee, data.currency),
			productGiven: data.productGiven,
			brief: normaliseLineBreaks(data.brief)
		},
		ctx.user.id,
		today(brand.marketTimeZone)
	);
	if (!created.ok) {
		setError(form, 'creatorId', m.outreach_error_creator());
		return null;
	}
	return created.id;
}
