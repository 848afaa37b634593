import { z } from 'zod';
import { SHIP_FROM } from '$lib/domain/creators';
import { moneyInput } from '$lib/domain/money';
import { isDate } from '$lib/domain/zoned-time';
import { m } from '$lib/paraglide/messages';
import { moneyField, optionalDay } from './deliverable';
import { required, requiredText, text } from './fields';

export const SAMPLE_PRODUCT_MAX = 200;
export const SAMPLE_QUANTITY_MAX = 1000;

export const sampleSchema = z
	.object({
		product: requiredText(SAMPLE_PRODUCT_MAX),
		sku: text(100),
		quantity: z
			.string({ error: required })
			.trim()
			.min(1, { error: required })
			.refine((v) => /^\d{1,4}$/.test(v) && +v >= 1 && +v <= SAMPLE_QUANTITY_MAX, {
				error: () => m.collab_error_quantity({ max: SAMPLE_QUANTITY_MAX })
			})
			.default('1'),
		shipFrom: z.enum(SHIP_FROM, { error: () => m.item_error_choice() }).default('china'),
		carrier: text(60),
		trackingNumber: text(60).refine((v) => v === '' || /^[\p{L}\p{N}\s\-_./#]+$/u.test(v), {
			error: () => m.collab_error_tracking()
		}),
		// Market days.
		shippedOn: optionalDay(),
		deliveredOn: optionalDay(),
		// In the collaboration's currency, read on the server.
		landedCost: moneyField(),
		shippingCost: moneyField(),
		version: z.int().min(0).default(0)
	})
	.superRefine((v, ctx) => {
		if (!v.deliveredOn || !isDate(v.deliveredOn)) return;
		if (!v.shippedOn) {
			const message = m.collab_error_delivered_unshipped();
			ctx.addIssue({ code: 'custom', path: ['shippedOn'], message });
		} else if (isDate(v.shippedOn) && v.deliveredOn < v.shippedOn) {
			const message = m.collab_error_delivered_before();
			ctx.addIssue({ code: 'custom', path: ['deliveredOn'], message });
		}
	});
export type SampleForm = z.infer<typeof sampleSchema>;

/** The form's values for a stored sample. */
type StoredSample = Omit<
	SampleForm,
	'quantity' | 'shippedOn' | 'deliveredOn' | 'landedCost' | 'shippingCost'
> & {
	quantity: number;
	shippedOn: string | null;
	deliveredOn: string | null;
	landedCostMinor: number | null;
	shippingCostMinor: number | null;
};

export function sampleFormValues(sample: StoredSample, currency: string): SampleForm {
	return {
		product: sample.product,
		sku: sample.sku,
		quantity: String(sample.quantity),
		shipFrom: sample.shipFrom,
		carrier: sample.carrier,
		trackingNumber: sample.trackingNumber,
		shippedOn: sample.shippedOn ?? '',
		deliveredOn: sample.deliveredOn ?? '',
		landedCost: moneyInput(sample.landedCostMinor, currency),
		shippingCost: moneyInput(sample.shippingCostMinor, currency),
		version: sample.version
	};
}
