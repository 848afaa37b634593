/**
 * Creators and collaborations (issue 5): the vocabularies shared by schema, forms and rules.
 * Pure; no framework or database imports.
 */
import { FORMATS, type Format } from './content';
import type { ChannelKind } from './channels';

/** Where creators publish: the social kinds of the channel catalogue (never an owned channel). */
export const CREATOR_PLATFORMS = [
	'xiaohongshu',
	'douyin',
	'tiktok',
	'instagram',
	'youtube',
	'bilibili',
	'weibo',
	'wechat',
	'facebook',
	'pinterest',
	'blog',
	'other'
] as const satisfies readonly ChannelKind[];
export type CreatorPlatform = (typeof CREATOR_PLATFORMS)[number];

export const isCreatorPlatform = (value: unknown): value is CreatorPlatform =>
	typeof value === 'string' && (CREATOR_PLATFORMS as readonly string[]).includes(value);

/** What a creator delivers, in the calendar's own formats so a deliverable becomes an item. */
export const DELIVERABLE_KINDS = FORMATS;
export type DeliverableKind = Format;

export const SHIP_FROM = ['china', 'overseas_warehouse', 'fba_removal', 'third_party'] as const;
export type ShipFrom = (typeof SHIP_FROM)[number];

export const PAYMENT_STATUSES = ['unpaid', 'invoiced', 'paid'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** One line of a creator's rate card: a price per deliverable kind, in minor units of `currency`. */
export type RateLine = { kind: DeliverableKind; priceMinor: number; currency: string };

/**
 * The key duplicate detection compares: platform + handle as people write it, without the @,
 * a profile URL's trailing slash or letter case ("@Chewy.Tales" and "chewy.tales" are one person).
 */
export function handleKey(handle: string) {
	return handle
		.normalize('NFKC')
		.trim()
		.replace(/^@+/, '')
		.replace(/(?<!\/)\/+$/, '')
		.toLowerCase();
}

/**
 * Engagement rate is stored in basis points (hundredths of a percent) so it stays an integer:
 * 3.45 % → 345. Returns null for what is not a percentage between 0 and 100 with ≤ 2 decimals.
 */
export function parseEngagementRate(text: string): number | null | 'invalid' {
	const value = text.trim().replace(/%$/, '').trim().replace(',', '.');
	if (value === '') return null;
	if (!/^\d{1,3}(\.\d{1,2})?$/.test(value)) return 'invalid';
	const [whole, fraction = ''] = value.split('.');
	const basisPoints = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
	return basisPoints > 10_000 ? 'invalid' : basisPoints;
}

/** 345 → "3.45" (what a form field shows); null → ''. */
export function engagementInput(basisPoints: number | null) {
	if (basisPoints === null) return '';
	const text = String(basisPoints).padStart(3, '0');
	return `${text.slice(0, -2)}.${text.slice(-2)}`.replace(/(?:\.|(?<![.0]))0+$/, '') || '0';
}
