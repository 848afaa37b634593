import { describe, expect, it } from 'vitest';
import { CARRIER_SUGGESTIONS, carrierOf, shipmentStatus, trackingUrl } from './tracking';

describe('trackingUrl', () => {
	it.each([
		['UPS', '1Z999AA10123456784', 'https://www.ups.com/track?tracknum=1Z999AA10123456784'],
		[
			'USPS',
			'9400 1000 0000 0000 0000 00',
			'https://tools.usps.com/go/TrackConfirmAction?tLabels=9400100000000000000000'
		],
		['FedEx', '123456789012', 'https://www.fedex.com/fedextrack/?trknbr=123456789012'],
		[
			'DHL Express',
			'1234567890',
			'https://www.dhl.com/global-en/home/tracking.html?tracking-id=1234567890&submit=1'
		],
		['燕文', 'UG123456789YP', 'https://track.yw56.com.cn/en/querydel?nums=UG123456789YP'],
		['4PX', '4PX3001234567CN', 'https://track.4px.com/#/result/0/4PX3001234567CN'],
		[
			'菜鸟',
			'LP00123456789012',
			'https://global.cainiao.com/detail.htm?mailNoList=LP00123456789012'
		],
		[
			'SF Express',
			'SF1439919779302',
			'https://www.sf-express.com/we/ow/chn/sc/waybill/waybill-detail/SF1439919779302'
		],
		['云途', 'YT2412345678901234', 'https://www.yuntrack.com/parcelTracking?id=YT2412345678901234'],
		['China Post', 'RR123456789CN', 'https://www.ems.com.cn/queryList?mailNum=RR123456789CN'],
		['EMS', 'EE123456789CN', 'https://www.ems.com.cn/queryList?mailNum=EE123456789CN'],
		[
			'Royal Mail',
			'AB123456789GB',
			'https://www.royalmail.com/track-your-item#/tracking-results/AB123456789GB'
		],
		[
			'日本郵便',
			'EJ123456789JP',
			'https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1=EJ123456789JP&locale=en'
		]
	])('%s links to its own tracking page', (carrier, number, url) => {
		expect(trackingUrl(carrier, number)).toBe(url);
	});

	it('reads names as people type them: case, spaces, dots and full-width letters', () => {
		expect(carrierOf('fed ex')).toBe('fedex');
		expect(carrierOf('Ｕｐｓ')).toBe('ups');
		expect(carrierOf('  S.F. express ')).toBe('sf');
		expect(carrierOf('Yun Express')).toBe('yunexpress');
		expect(carrierOf('royal-mail')).toBe('royalmail');
	});

	it('every suggested name is a known carrier', () => {
		for (const name of CARRIER_SUGGESTIONS) expect(carrierOf(name), name).not.toBeNull();
	});

	it('gives no link for an unknown carrier or without a number', () => {
		expect(trackingUrl('My cousin’s van', 'ABC123')).toBeNull();
		expect(trackingUrl('', 'ABC123')).toBeNull();
		expect(trackingUrl('UPS', '   ')).toBeNull();
		expect(carrierOf('upsx')).toBeNull();
	});

	it('encodes what is typed, so a number cannot add parameters or leave the carrier', () => {
		const url = trackingUrl('UPS', '1Z&x=1#/../evil')!;
		expect(url).toBe('https://www.ups.com/track?tracknum=1Z%26x%3D1%23%2F..%2Fevil');
		expect(new URL(url).hostname).toBe('www.ups.com');
		expect(new URL(url).searchParams.get('tracknum')).toBe('1Z&x=1#/../evil');
	});
});

describe('shipmentStatus', () => {
	it('not shipped without a date, or with a shipping day still ahead', () => {
		expect(shipmentStatus({ shippedOn: null, deliveredOn: null }, '2026-03-10')).toEqual({
			kind: 'not_shipped'
		});
		expect(shipmentStatus({ shippedOn: '2026-03-12', deliveredOn: null }, '2026-03-10')).toEqual({
			kind: 'not_shipped'
		});
	});

	it('in transit counts calendar days, across a month end', () => {
		expect(shipmentStatus({ shippedOn: '2026-02-26', deliveredOn: null }, '2026-03-03')).toEqual({
			kind: 'in_transit',
			days: 5
		});
		expect(shipmentStatus({ shippedOn: '2026-03-03', deliveredOn: null }, '2026-03-03')).toEqual({
			kind: 'in_transit',
			days: 0
		});
	});

	it('delivered, with the days it took when both dates are known', () => {
		expect(
			shipmentStatus({ shippedOn: '2026-03-01', deliveredOn: '2026-03-09' }, '2026-04-01')
		).toEqual({ kind: 'delivered', days: 8 });
		expect(shipmentStatus({ shippedOn: null, deliveredOn: '2026-03-09' }, '2026-04-01')).toEqual({
			kind: 'delivered',
			days: null
		});
	});
});
