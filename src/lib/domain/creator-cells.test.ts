import { describe, expect, it } from 'vitest';
import { FORMATS } from './content';
import {
	handleOfUrl,
	isEmail,
	rateLineParts,
	platformOfUrl,
	readCount,
	readCountry,
	readEngagement,
	readLanguage,
	readPlatform,
	readProfileUrl,
	readRateCard,
	readTags,
	readYesNo
} from './creator-cells';
import type { DeliverableKind } from './creators';
import { HOSTILE_CELLS } from './testing/hostile-cells';

const kinds = Object.fromEntries(FORMATS.map((f) => [f, []])) as unknown as Record<
	DeliverableKind,
	string[]
>;

describe('platforms', () => {
	it('reads keys, aliases in either language and extra names, whatever the case or spacing', () => {
		const cells = ['RED', '小红书', 'xhs', '抖音', 'IG', 'Insta', 'YT', 'B站', '哔哩哔哩', '微博'];
		expect(cells.map((c) => readPlatform(c))).toEqual([
			'xiaohongshu',
			'xiaohongshu',
			'xiaohongshu',
			'douyin',
			'instagram',
			'instagram',
			'youtube',
			'bilibili',
			'bilibili',
			'weibo'
		]);
		expect(['微信视频号', 'Tik Tok', ' tiktok ', 'YouTube'].map((c) => readPlatform(c))).toEqual([
			'wechat',
			'tiktok',
			'tiktok',
			'youtube'
		]);
		expect(readPlatform('TikTok（海外抖音）', { tiktok: ['TikTok（海外抖音）'] })).toBe('tiktok');
		expect(readPlatform('Myspace')).toBe('invalid');
		expect(readPlatform('')).toBeNull();
	});

	it('finds the platform and the handle in a profile address', () => {
		const cases: [string, string, string][] = [
			['https://www.tiktok.com/@chewy.tales?lang=en', 'tiktok', 'chewy.tales'],
			['instagram.com/bumpandbloom/', 'instagram', 'bumpandbloom'],
			['https://www.youtube.com/@BigDogDaily', 'youtube', 'BigDogDaily'],
			['https://youtube.com/channel/UC123abc', 'youtube', 'UC123abc'],
			[
				'https://www.xiaohongshu.com/user/profile/5f1a2b3c000000000101abcd',
				'xiaohongshu',
				'5f1a2b3c000000000101abcd'
			],
			['https://www.douyin.com/user/MS4wLjABAAAA', 'douyin', 'MS4wLjABAAAA'],
			['https://space.bilibili.com/12345678', 'bilibili', '12345678'],
			['https://weibo.com/u/1234567890', 'weibo', '1234567890']
		];
		for (const [text, platform, handle] of cases) {
			const url = readProfileUrl(text);
			if (!(url instanceof URL)) throw new Error(`${text} is not read as a URL`);
			expect(platformOfUrl(url), text).toBe(platform);
			expect(handleOfUrl(platform as 'tiktok', url), text).toBe(handle);
		}
		const post = readProfileUrl('https://www.instagram.com/p/Cx12/') as URL;
		expect(handleOfUrl('instagram', post)).toBeNull();
		expect(platformOfUrl(readProfileUrl('https://example.com/me') as URL)).toBeNull();
	});

	it('refuses addresses that are not web links', () => {
		expect(readProfileUrl('javascript:alert(1)')).toBe('invalid');
		expect(readProfileUrl('not a link')).toBe('invalid');
		expect(readProfileUrl('')).toBeNull();
		expect((readProfileUrl('tiktok.com/@x') as URL).href).toBe('https://tiktok.com/@x');
	});
});

describe('numbers', () => {
	it('reads counts as people and tools write them', () => {
		const cells = ['12300', '12,300', '12 300', '12.300', '12.3k', '12.3K', '12,3k', '1.23万'];
		expect(cells.map(readCount)).toEqual(Array(8).fill(12300));
		expect(['1.2M', '1,2 Mio', '120万', '0.012亿', '1.2m'].map(readCount)).toEqual(
			Array(5).fill(1_200_000)
		);
		expect(['3w', '1.5b', '12300.0', '10k+'].map(readCount)).toEqual([
			30000, 1_500_000_000, 12300, 10000
		]);
		expect(readCount('')).toBeNull();
	});

	it('refuses what is not a count', () => {
		for (const cell of ['12.5', 'lots', '-5', '1,23', '12k views', '20b']) {
			expect(readCount(cell), cell).toBe('invalid');
		}
	});

	it('reads engagement in basis points, rounding what tools give with more decimals', () => {
		expect(['3.45%', '3.45', '3,45 %', '3.4512'].map(readEngagement)).toEqual([345, 345, 345, 345]);
		expect(['0.5%', '12%', '100'].map(readEngagement)).toEqual([50, 1200, 10000]);
		expect(['101%', 'high', '3.4.5'].map(readEngagement)).toEqual(Array(3).fill('invalid'));
		expect(readEngagement('')).toBeNull();
	});
});

describe('rate cards', () => {
	it('reads kinds by key, name or alias, and prices with a code, a word or a symbol', () => {
		const named = { ...kinds, short_video: ['Short video', '短视频'] };
		expect(readRateCard('short_video: 500 USD; story: 120 USD', kinds)).toEqual([
			{ kind: 'short_video', priceMinor: 50000, currency: 'USD' },
			{ kind: 'story', priceMinor: 12000, currency: 'USD' }
		]);
		expect(readRateCard('短视频：3000元', named)).toEqual([
			{ kind: 'short_video', priceMinor: 300000, currency: 'CNY' }
		]);
		expect(readRateCard('Reel = $1,500.50 | live: EUR 800\nlong_video: 20000 JPY', kinds)).toEqual([
			{ kind: 'short_video', priceMinor: 150050, currency: 'USD' },
			{ kind: 'live', priceMinor: 80000, currency: 'EUR' },
			{ kind: 'long_video', priceMinor: 20000, currency: 'JPY' }
		]);
		expect(readRateCard('', kinds)).toBeNull();
	});

	it('refuses a line without a known kind, a currency or an amount', () => {
		for (const cell of [
			'500 USD',
			'podcast: 500 USD',
			'story: 500',
			'story: 500 ABC',
			'story: 1.5 JPY'
		]) {
			expect(readRateCard(cell, kinds), cell).toBe('invalid');
		}
	});
});

describe('countries, languages, yes/no and tags', () => {
	it('reads countries by code or by name in English or Chinese', () => {
		expect(
			['US', 'us', 'United States', '美国', 'USA', 'UK', '英国', 'Germany', '德国'].map(readCountry)
		).toEqual(['US', 'US', 'US', 'US', 'US', 'GB', 'GB', 'DE', 'DE']);
		expect(['香港', 'Hong Kong', 'Japan'].map(readCountry)).toEqual(['HK', 'HK', 'JP']);
		expect(['Atlantis', 'EU', 'QQ'].map(readCountry)).toEqual(Array(3).fill('invalid'));
		expect(readCountry('')).toBeNull();
	});

	it('reads languages as their primary subtag', () => {
		expect(
			['en', 'EN', 'en-US', 'eng', 'English', '英语', 'zh-CN', '中文', 'Mandarin'].map(readLanguage)
		).toEqual(['en', 'en', 'en', 'en', 'en', 'en', 'zh', 'zh', 'zh']);
		expect(['粤语', 'Japanese', 'de'].map(readLanguage)).toEqual(['yue', 'ja', 'de']);
		expect(['Klingonish', 'xx'].map(readLanguage)).toEqual(['invalid', 'invalid']);
	});

	it('reads yes and no in either language', () => {
		expect(['yes', 'Y', 'TRUE', '1', 'x', '是', '勿联系'].map(readYesNo)).toEqual(
			Array(7).fill(true)
		);
		expect(['no', 'N', 'false', '0', '否'].map(readYesNo)).toEqual(Array(5).fill(false));
		expect(readYesNo('maybe')).toBe('invalid');
		expect(readYesNo('')).toBeNull();
	});

	it('splits tags on commas, Chinese commas, semicolons and hashtags, once each', () => {
		expect(readTags('yoga, pregnancy；瑜伽、孕妇 | Yoga')).toEqual([
			'yoga',
			'pregnancy',
			'瑜伽',
			'孕妇'
		]);
		expect(readTags('#bigdogs #chewtoys')).toEqual(['bigdogs', 'chewtoys']);
		expect(readTags('')).toEqual([]);
	});
});

describe('hostile cells', () => {
	const readers: [string, (cell: string) => unknown][] = [
		['rate card', (cell) => readRateCard(cell, kinds)],
		['count', readCount],
		['engagement', readEngagement],
		['platform', (cell) => readPlatform(cell)],
		['profile link', readProfileUrl],
		['country', readCountry],
		['language', readLanguage],
		['tags', readTags],
		['yes/no', readYesNo],
		['email', isEmail]
	];
	const cases = readers.flatMap(([reader, read]) =>
		Object.entries(HOSTILE_CELLS).map(([shape, cell]) => ({ reader, shape, read, cell }))
	);
	it.each(cases)('reads a 100 kB $reader cell of $shape in under a second', ({ read, cell }) => {
		const started = performance.now();
		read(cell);
		expect(performance.now() - started).toBeLessThan(1000);
	});

	it('keeps what the old expressions accepted (they backtracked on these shapes)', () => {
		const emails = { 'a@b.c': true, 'a@b..c': true, 'a@.b.c': true, 'a.b@c.d.e': true };
		const notEmails = ['a@.b', 'a@b.', 'a@bc', 'a@b@c.d', 'a b@c.d', '@b.c', 'a@.', 'a@..'];
		for (const [text, ok] of Object.entries(emails)) expect(isEmail(text), text).toBe(ok);
		for (const text of notEmails) expect(isEmail(text), text).toBe(false);
		expect(rateLineParts('story : 500 USD')).toEqual(['story', '500 USD']);
		expect(rateLineParts('story\u3000：\u3000500 USD')).toEqual(['story', '500 USD']);
		expect(rateLineParts('a=b:c')).toEqual(['a', 'b:c']);
		expect(rateLineParts(':story: 5 USD')).toEqual([':story', '5 USD']);
		expect(rateLineParts('story:')).toBeNull();
		expect(rateLineParts('story 500 USD')).toBeNull();
		expect(rateLineParts(':')).toBeNull();
	});
});
