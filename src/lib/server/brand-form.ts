import type { Brand } from './db/schema';
import type { BrandInput } from './queries/brands';
import type { BrandForm } from '$lib/schemas/brand';

/** Form values → stored columns (empty dates are stored as null, not ''). */
export function toBrandInput({ version: _version, ...data }: BrandForm): BrandInput {
	return {
		...data,
		trademarkFiledOn: data.trademarkFiledOn || null,
		trademarkRegisteredOn: data.trademarkRegisteredOn || null
	};
}

export function toBrandForm(brand: Brand): BrandForm {
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
