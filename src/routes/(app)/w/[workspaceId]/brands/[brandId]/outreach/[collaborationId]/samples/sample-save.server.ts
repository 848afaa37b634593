import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { setError, superValidate, type SuperValidated } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { parseMoney } from '$lib/domain/money';
import { moneyError } from '$lib/schemas/deliverable';
import { sampleSchema, type SampleForm } from '$lib/schemas/sample';
import { requireCollaboration } from '$lib/server/guards';
import { db } from '$lib/server/db';
import { createSample, type SampleInput } from '$lib/server/queries/samples';

export type Params = { workspaceId: string; brandId: string; collaborationId: string };

export const samplesPath = (p: Params) =>
	`/w/${p.workspaceId}/brands/${p.brandId}/outreach/${p.collaborationId}/samples`;

/**
 * A valid form → what is stored, once the costs are read in the collaboration's currency (which
 * knows how many decimals it has); null with field errors set otherwise.
 */
export function sampleInput(
	form: SuperValidated<SampleForm>,
	currency: string
): SampleInput | null {
	const d = form.data;
	const landed = parseMoney(d.landedCost, currency);
	const shipping = parseMoney(d.shippingCost, currency);
	if (!landed.ok) setError(form, 'landedCost', moneyError(landed.reason, currency));
	if (!shipping.ok) setError(form, 'shippingCost', moneyError(shipping.reason, currency));
	if (!landed.ok || !shipping.ok) return null;
	return {
		product: d.product,
		sku: d.sku,
		quantity: Number(d.quantity),
		shipFrom: d.shipFrom,
		carrier: d.carrier,
		trackingNumber: d.trackingNumber,
		shippedOn: d.shippedOn || null,
		deliveredOn: d.deliveredOn || null,
		landedCostMinor: landed.minor,
		shippingCostMinor: shipping.minor
	};
}

/** `?/create` on the list. */
export async function createSampleAction({ locals, params, request }: RequestEvent<Params>) {
	const { brand, collaboration } = await requireCollaboration(locals, params, 'editContent');
	const form = await superValidate(request, zod4(sampleSchema), { id: 'sample' });
	if (!form.valid) return fail(400, { form });
	const input = sampleInput(form, collaboration.currency);
	if (!input) return fail(400, { form });
	if (!(await createSample(db, brand.id, collaboration.id, input))) error(404, 'Not found');
	redirect(303, `${samplesPath(params)}?added=1`);
}
