/**
 * Samples on their way to a creator (issue 5): a tracking link for well-known carriers and where a
 * shipment stands. Pure; "today" is the market's calendar day, passed in by the caller.
 */
import { parseDate } from '@internationalized/date';
import { isDate } from './zoned-time';

/** Carriers we can link to, with the page that shows one shipment. `n` is already URL-encoded. */
const CARRIERS = {
	ups: (n: string) => `https://www.ups.com/track?tracknum=${n}`,
	usps: (n: string) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${n}`,
	fedex: (n: string) => `https://www.fedex.com/fedextrack/?trknbr=${n}`,
	dhl: (n: string) => `https://www.dhl.com/global-en/home/tracking.html?tracking-id=${n}&submit=1`,
	yanwen: (n: string) => `https://track.yw56.com.cn/en/querydel?nums=${n}`,
	fourpx: (n: string) => `https://track.4px.com/#/result/0/${n}`,
	cainiao: (n: string) => `https://global.cainiao.com/detail.htm?mailNoList=${n}`,
	sf: (n: string) => `https://www.sf-express.com/we/ow/chn/sc/waybill/waybill-detail/${n}`,
	yunexpress: (n: string) => `https://www.yuntrack.com/parcelTracking?id=${n}`,
	chinapost: (n: string) => `https://www.ems.com.cn/queryList?mailNum=${n}`,
	royalmail: (n: string) => `https://www.royalmail.com/track-your-item#/tracking-results/${n}`,
	japanpost: (n: string) =>
		`https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1=${n}&locale=en`
} as const;
export type CarrierKey = keyof typeof CARRIERS;

/** The names people type for each carrier (compared without case, spaces or punctuation). */
const ALIASES: Record<CarrierKey, string[]> = {
	ups: ['ups', 'unitedparcelservice'],
	usps: ['usps', 'uspostalservice', 'unitedstatespostalservice', '美国邮政'],
	fedex: ['fedex', 'federalexpress', '联邦快递'],
	dhl: ['dhl', 'dhlexpress', '敦豪'],
	yanwen: ['yanwen', 'yanwenlogistics', '燕文', '燕文物流'],
	fourpx: ['4px', '4pxexpress', '递四方'],
	cainiao: ['cainiao', '菜鸟', '菜鸟物流', '菜鸟国际'],
	sf: ['sf', 'sfexpress', 'sfinternational', '顺丰', '顺丰速运', '顺丰国际'],
	yunexpress: ['yunexpress', 'yuntrack', '云途', '云途物流'],
	chinapost: ['chinapost', 'ems', 'chinaems', 'chinapostems', '中国邮政', '邮政', 'ems邮政'],
	royalmail: ['royalmail'],
	japanpost: ['japanpost', 'jppost', '日本郵便', '日本邮政', '日本邮便']
};

/** The names the carrier field suggests, as each carrier writes its own name. */
export const CARRIER_SUGGESTIONS = [
	'UPS',
	'USPS',
	'FedEx',
	'DHL',
	'Yanwen',
	'4PX',
	'Cainiao',
	'SF Express',
	'YunExpress',
	'China Post',
	'EMS',
	'Royal Mail',
	'Japan Post'
] as const;

const squash = (text: string) =>
	text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s.\-_·/()（）]+/g, '');

/** Which known carrier a typed name means, or null. */
export function carrierOf(carrier: string): CarrierKey | null {
	const key = squash(carrier);
	if (!key) return null;
	for (const [carrierKey, names] of Object.entries(ALIASES)) {
		if (names.includes(key)) return carrierKey as CarrierKey;
	}
	return null;
}

/**
 * The carrier's own tracking page for a number, or null for an unknown carrier or an empty
 * number. Spaces people copy from labels are dropped; the rest is URL-encoded, never trusted.
 */
export function trackingUrl(carrier: string, number: string) {
	const key = carrierOf(carrier);
	const clean = number.normalize('NFKC').replace(/\s+/g, '');
	if (!key || !clean) return null;
	return CARRIERS[key](encodeURIComponent(clean));
}

export type ShipmentStatus =
	| { kind: 'not_shipped' }
	| { kind: 'in_transit'; days: number }
	| { kind: 'delivered'; days: number | null };

/** Whole calendar days from `from` to `to` (no zone involved: both are calendar days). */
const daysBetween = (from: string, to: string) => parseDate(to).compare(parseDate(from));

/**
 * Where a sample stands on `today` (market day): not shipped, in transit for n days, or
 * delivered (after n days on the way, when both dates are known). A shipped date in the future
 * counts as not shipped yet.
 */
export function shipmentStatus(
	sample: { shippedOn: string | null; deliveredOn: string | null },
	today: string
): ShipmentStatus {
	const shipped = sample.shippedOn && isDate(sample.shippedOn) ? sample.shippedOn : null;
	if (sample.deliveredOn && isDate(sample.deliveredOn)) {
		const days = shipped ? Math.max(0, daysBetween(shipped, sample.deliveredOn)) : null;
		return { kind: 'delivered', days };
	}
	if (!shipped || shipped > today) return { kind: 'not_shipped' };
	return { kind: 'in_transit', days: daysBetween(shipped, today) };
}
