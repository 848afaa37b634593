import { z } from 'zod';
import { BRAND_REGISTRY_STATUSES, TRADEMARK_STATUSES } from '$lib/domain/brand-tools';
import { isMarketCode } from '$lib/domain/markets';
import { isValidTimeZone } from '$lib/domain/time';
import { m } from '$lib/paraglide/messages';
import { required, requiredText, text, tooLong } from './fields';

const zone = z
	.string({ error: required })
	.trim()
	.min(1, { error: required })
	.refine(isValidTimeZone, { error: () => m.error_time_zone() });
const day = z
	.string()
	.trim()
	.refine((v) => v === '' || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !isNaN(Date.parse(v))), {
		error: () => m.error_date()
	})
	.default('');

export function isCurrencyCode(value: string) {
	return /^[A-Z]{3}$/.test(value) && Intl.supportedValuesOf('currency').includes(value);
}

export const brandSchema = z
	.object({
		name: requiredText(80),
		niche: text(160),
		positioning: text(1000),
		valueProposition: text(1000),
		toneOfVoice: text(500),
		targetMarkets: z
			.array(z.string().refine(isMarketCode, { error: () => m.error_market() }))
			.min(1, { error: () => m.error_markets_required() })
			.max(30)
			.default([]),
		homeTimeZone: zone.default('Asia/Shanghai'),
		marketTimeZone: zone,
		currency: z
			.string()
			.trim()
			.toUpperCase()
			.refine(isCurrencyCode, { error: () => m.error_currency() })
			.default('USD'),
		colour: z
			.string()
			.regex(/^#[0-9a-fA-F]{6}$/, { error: () => m.error_colour() })
			.default('#166534'),
		websiteUrl: z
			.string()
			.trim()
			.max(500, tooLong(500))
			.refine((v) => v === '' || /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(v), {
				error: () => m.error_url()
			})
			.default(''),
		trademarkStatus: z.enum(TRADEMARK_STATUSES, { error: required }).default('none'),
		trademarkOffice: text(60),
		trademarkNumber: text(60),
		trademarkFiledOn: day,
		trademarkRegisteredOn: day,
		brandRegistryStatus: z
			.enum(BRAND_REGISTRY_STATUSES, { error: required })
			.default('not_enrolled'),
		version: z.number().int().min(0).default(0)
	})
	.refine(
		(v) =>
			!v.trademarkFiledOn ||
			!v.trademarkRegisteredOn ||
			v.trademarkFiledOn <= v.trademarkRegisteredOn,
		{ error: () => m.error_registered_before_filed(), path: ['trademarkRegisteredOn'] }
	);

export type BrandForm = z.infer<typeof brandSchema>;

export const deleteBrandSchema = z.object({
	confirmName: z.string().max(200).default('')
});

/** A stored profile as the form needs it: the columns the form edits; no trademark day is null. */
type StoredBrand = Omit<BrandForm, 'trademarkFiledOn' | 'trademarkRegisteredOn'> & {
	trademarkFiledOn: string | null;
	trademarkRegisteredOn: string | null;
};

/** The form's values for a stored brand (extra columns are left out; no day reads as ''). */
export function brandFormValues(brand: StoredBrand): BrandForm {
	return {
		name: brand.name,
		niche: brand.niche,
		positioning: brand.positioning,
		valueProposition: brand.valueProposition,
		toneOfVoice: brand.toneOfVoice,
		targetMarkets: brand.targetMarkets,
		homeTimeZone: brand.homeTimeZone,
		marketTimeZone: brand.marketTimeZone,
		currency: brand.currency,
		colour: brand.colour,
		websiteUrl: brand.websiteUrl,
		trademarkStatus: brand.trademarkStatus,
		trademarkOffice: brand.trademarkOffice,
		trademarkNumber: brand.trademarkNumber,
		trademarkFiledOn: brand.trademarkFiledOn ?? '',
		trademarkRegisteredOn: brand.trademarkRegisteredOn ?? '',
		brandRegistryStatus: brand.brandRegistryStatus,
		version: brand.version
	};
}
