/**
 * Reading one cell of a creator spreadsheet as people and other tools write it: platform names in
 * either language, follower counts like "12.3k" or "1.2万", engagement like "3.45%", rate cards,
 * countries and languages by code or by name, yes/no. Each reader returns the value, null for an
 * empty cell, or 'invalid'.
 *
 * Pure; country and language names come from the runtime's CLDR data (Intl.DisplayNames).
 */
import { displayNames } from '../i18n/intl';
import { key } from './csv-read';
import { CREATOR_PLATFORMS, parseEngagementRate, type CreatorPlatform } from './creators';
import type { DeliverableKind, RateLine } from './creators';
import { parseMoney } from './money';

type Read<T> = T | null | 'invalid';

/** Spellings of each platform beyond its key, as creators' tools and Chinese sellers write them. */
export const PLATFORM_ALIASES: Record<CreatorPlatform, string[]> = {
	xiaohongshu: ['RED', 'RedNote', 'xhs', 'Little Red Book', 'Xiao Hong Shu', '小红书', '小紅書'],
	douyin: ['抖音', 'Douyin'],
	tiktok: ['TikTok', 'Tik Tok', 'TT', '海外抖音'],
	instagram: ['IG', 'Insta', 'Ins', 'Instagram Reels', '照片墙'],
	youtube: ['YT', 'YouTube', 'YouTube Shorts', '油管'],
	bilibili: ['B站', 'B 站', 'Bili', '哔哩哔哩', '嗶哩嗶哩'],
	weibo: ['Sina Weibo', '微博', '新浪微博'],
	wechat: ['Weixin', 'WeChat Channels', '微信', '微信视频号', '视频号', '公众号', '微信公众号'],
	facebook: ['FB', '脸书'],
	pinterest: ['拼趣'],
	blog: ['Website', 'Blog', '博客', '网站'],
	other: ['其他']
};

/** The platform a profile address belongs to, by its host. */
const PLATFORM_HOSTS: [RegExp, CreatorPlatform][] = [
	[/(^|\.)tiktok\.com$/, 'tiktok'],
	[/(^|\.)instagram\.com$/, 'instagram'],
	[/(^|\.)(youtube\.com|youtu\.be)$/, 'youtube'],
	[/(^|\.)(xiaohongshu\.com|xhslink\.com)$/, 'xiaohongshu'],
	[/(^|\.)douyin\.com$/, 'douyin'],
	[/(^|\.)bilibili\.com$/, 'bilibili'],
	[/(^|\.)weibo\.(com|cn)$/, 'weibo'],
	[/(^|\.)(facebook\.com|fb\.com)$/, 'facebook'],
	[/(^|\.)pinterest\.[a-z.]+$/, 'pinterest']
];

/** The platform a cell names: its key, an alias, or one of `names` (messages in every language). */
export function readPlatform(
	text: string,
	names: Partial<Record<CreatorPlatform, string[]>> = {}
): Read<CreatorPlatform> {
	if (!text) return null;
	const wanted = key(text);
	const found = CREATOR_PLATFORMS.find((p) =>
		[p, ...PLATFORM_ALIASES[p], ...(names[p] ?? [])].some((name) => key(name) === wanted)
	);
	return found ?? 'invalid';
}

/** `https://…`, or the same with `https://` added when a sheet left it out (`instagram.com/x`). */
export function readProfileUrl(text: string): Read<URL> {
	if (!text) return null;
	const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
	try {
		const url = new URL(withScheme);
		if (!/^https?:$/.test(url.protocol) || !url.hostname.includes('.')) return 'invalid';
		return url;
	} catch {
		return 'invalid';
	}
}

export function platformOfUrl(url: URL): CreatorPlatform | null {
	const host = url.hostname.toLowerCase();
	return PLATFORM_HOSTS.find(([pattern]) => pattern.test(host))?.[1] ?? null;
}

const NOT_A_USER = new Set(['p', 'reel', 'reels', 'stories', 'explore', 'tv', 'watch', 'video']);

/** The handle a profile address spells (tiktok.com/@x, instagram.com/x, …/user/profile/<id>). */
export function handleOfUrl(platform: CreatorPlatform, url: URL): string | null {
	const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
	const [first = '', second = '', third = ''] = parts;
	const plain = (segment: string) => (segment && !NOT_A_USER.has(segment) ? segment : null);
	switch (platform) {
		case 'tiktok':
			return first.startsWith('@') ? first.slice(1) || null : null;
		case 'youtube':
			if (first.startsWith('@')) return first.slice(1) || null;
			return ['c', 'user', 'channel'].includes(first) ? second || null : null;
		case 'xiaohongshu':
			return first === 'user' && second === 'profile' ? third || null : null;
		case 'douyin':
			return first === 'user' ? second || null : null;
		case 'bilibili':
			return url.hostname.startsWith('space.') ? plain(first) : null;
		case 'weibo':
			return first === 'u' ? second || null : plain(first);
		case 'instagram':
		case 'facebook':
		case 'pinterest':
			return plain(first.replace(/^@/, ''));
		default:
			return null;
	}
}

/** Largest follower or view count we believe: more people than there are. */
export const COUNT_MAX = 10_000_000_000;
const MULTIPLIERS: Record<string, number> = {
	k: 1e3,
	千: 1e3,
	m: 1e6,
	mio: 1e6,
	mn: 1e6,
	b: 1e9,
	万: 1e4,
	w: 1e4,
	亿: 1e8
};

/**
 * A count as people write it: `12300`, `12,300`, `12 300`, `12.300` (European), `12.3k`, `1.2M`,
 * `1,2k`, `1.2万`, `3亿`. A plain count must be whole; a scaled one is rounded to a person.
 */
export function readCount(text: string): Read<number> {
	const value = text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, '').replace(/\+$/, '');
	if (value === '') return null;
	const scaled = /^(\d+(?:[.,]\d+)?)(k|千|mio|mn|m|b|万|w|亿)$/.exec(value);
	let count: number;
	if (scaled) {
		count = Math.round(Number(scaled[1].replace(',', '.')) * MULTIPLIERS[scaled[2]]);
	} else if (/^\d{1,3}(,\d{3})+$|^\d{1,3}(\.\d{3})+$|^\d+$/.test(value)) {
		count = Number(value.replace(/[.,]/g, ''));
	} else if (/^\d+\.0+$/.test(value)) {
		count = Number(value); // "12300.0", as some sheets save whole numbers
	} else {
		return 'invalid';
	}
	return count <= COUNT_MAX ? count : 'invalid';
}

/**
 * Engagement in basis points: `3.45%`, `3.45`, `3,45 %`. Tools export more decimals than we keep
 * (`3.4567`); those are rounded to hundredths of a percent.
 */
export function readEngagement(text: string): Read<number> {
	const exact = parseEngagementRate(text.normalize('NFKC'));
	if (exact !== 'invalid') return exact;
	const value = text.normalize('NFKC').trim().replace(/%$/, '').trim().replace(',', '.');
	if (!/^\d{1,3}\.\d+$/.test(value)) return 'invalid';
	const basisPoints = Math.round(Number(value) * 100);
	return basisPoints <= 10_000 ? basisPoints : 'invalid';
}

const YES = ['yes', 'y', 'true', '1', 'x', '✓', '✔', '是', '对', '勿联系', 'dnc'];
const NO = ['no', 'n', 'false', '0', '否', '不'];

export function readYesNo(text: string): Read<boolean> {
	if (!text) return null;
	const value = key(text);
	if (YES.includes(value)) return true;
	if (NO.includes(value)) return false;
	return 'invalid';
}

const CURRENCY_WORDS: Record<string, string> = {
	元: 'CNY',
	人民币: 'CNY',
	rmb: 'CNY',
	美元: 'USD',
	美金: 'USD',
	$: 'USD',
	欧元: 'EUR',
	'€': 'EUR',
	英镑: 'GBP',
	'£': 'GBP',
	日元: 'JPY',
	港币: 'HKD'
};
let currencies: Set<string> | undefined;
function currencyOf(text: string) {
	const word = CURRENCY_WORDS[text.toLowerCase()];
	if (word) return word;
	currencies ??= new Set(Intl.supportedValuesOf('currency'));
	const code = text.toUpperCase();
	return /^[A-Z]{3}$/.test(code) && currencies.has(code) ? code : null;
}

/** One rate: `500 USD`, `USD 500`, `3000元`, `$500`, `1,500.50 EUR`. */
function readPrice(text: string) {
	const value = text.normalize('NFKC').trim();
	const after = /^([\d.,]+)\s*([^\d\s.,]+)$/.exec(value);
	const before = /^([^\d\s.,]+)\s*([\d.,]+)$/.exec(value);
	const [amount, unit] = after ? [after[1], after[2]] : before ? [before[2], before[1]] : [];
	const currency = unit ? currencyOf(unit) : null;
	if (!amount || !currency) return null;
	const money = parseMoney(amount, currency);
	return money.ok && money.minor !== null ? { priceMinor: money.minor, currency } : null;
}

/** Kind names beyond the keys and the format messages: what creators call their deliverables. */
const KIND_ALIASES: Partial<Record<DeliverableKind, string[]>> = {
	short_video: ['reel', 'reels', 'short', 'shorts', 'video', '视频', '短视频'],
	carousel: ['post', 'image post', '图文', '笔记', '图文笔记'],
	long_video: ['youtube video', 'integration', '长视频'],
	story: ['stories', '快拍'],
	live: ['livestream', 'live stream', '直播']
};

/**
 * A trimmed rate line → its kind and its price, around the first `:`, `：` or `=` after the first
 * character; null without one, or with nothing after it. Cut by index: the expression
 * `^(.+?)\s*[:：=]\s*(.+)$` backtracks quadratically over a long run of spaces (issue 15).
 */
export function rateLineParts(part: string): [string, string] | null {
	const at = part.slice(1).search(/[:：=]/) + 1;
	const amount = part.slice(at + 1).trim();
	return at > 0 && amount ? [part.slice(0, at).trim(), amount] : null;
}

/**
 * A rate card: `short_video: 500 USD; story: 120 USD`, `短视频：3000元`. Lines are separated by
 * `;`, `；`, `|` or line breaks; a kind is its key or any of its names.
 */
export function readRateCard(
	text: string,
	kinds: Record<DeliverableKind, string[]>
): Read<RateLine[]> {
	if (!text) return null;
	const lines: RateLine[] = [];
	for (const part of text.split(/[;；|\n]+/).map((p) => p.trim())) {
		if (!part) continue;
		const parts = rateLineParts(part);
		if (!parts) return 'invalid';
		const [name, amount] = parts;
		const wanted = key(name);
		const kind = (Object.keys(kinds) as DeliverableKind[]).find((k) =>
			[k, ...kinds[k], ...(KIND_ALIASES[k] ?? [])].some((name) => key(name) === wanted)
		);
		const price = readPrice(amount);
		if (!kind || !price) return 'invalid';
		lines.push({ kind, ...price });
	}
	return lines.length ? lines : null;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const PAIRS = [...LETTERS].flatMap((a) => [...LETTERS].map((b) => a + b));
// Region codes CLDR names that are not a place someone lives in.
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB']);
const COUNTRY_ALIASES: Record<string, string> = {
	usa: 'US',
	america: 'US',
	uk: 'GB',
	england: 'GB',
	korea: 'KR',
	'south korea': 'KR',
	'hong kong': 'HK',
	macau: 'MO',
	macao: 'MO',
	香港: 'HK',
	澳门: 'MO',
	台湾: 'TW'
};
const LANGUAGE_ALIASES: Record<string, string> = {
	mandarin: 'zh',
	cantonese: 'yue',
	粤语: 'yue',
	普通话: 'zh',
	国语: 'zh',
	汉语: 'zh',
	华语: 'zh'
};
const NAME_LOCALES = ['en', 'zh-CN'];

/** key(name) → code for every code CLDR names, in English and Chinese, plus common aliases. */
function namesIndex(type: 'region' | 'language', aliases: Record<string, string>) {
	const index = new Map(Object.entries(aliases).map(([name, code]) => [key(name), code]));
	for (const locale of NAME_LOCALES) {
		const names = displayNames([locale], { type, fallback: 'none' });
		for (const pair of PAIRS) {
			const code = type === 'region' ? pair.toUpperCase() : pair;
			// Deprecated codes (DD for Germany, UK) name the same place as the current one.
			if (NOT_COUNTRIES.has(code) || canonical(type, code) !== code) continue;
			const name = names.of(code);
			if (name && !index.has(key(name))) index.set(key(name), code);
		}
	}
	return index;
}
const canonical = (type: 'region' | 'language', code: string) =>
	type === 'region' ? Intl.getCanonicalLocales(`und-${code}`)[0].slice(4) : code;

let countries: { byName: Map<string, string>; codes: Set<string> } | undefined;
let languages: Map<string, string> | undefined;
let languageNames: Intl.DisplayNames | undefined;

/** ISO 3166-1 alpha-2 from `US`, `us`, `United States`, `美国`, `UK`. */
export function readCountry(text: string): Read<string> {
	if (!text) return null;
	if (!countries) {
		const byName = namesIndex('region', COUNTRY_ALIASES);
		countries = { byName, codes: new Set(byName.values()) };
	}
	const code = text.normalize('NFKC').trim().toUpperCase();
	if (/^[A-Z]{2}$/.test(code) && countries.codes.has(code)) return code;
	return countries.byName.get(key(text)) ?? 'invalid';
}

/** A primary language subtag from `en`, `zh-CN`, `English`, `中文`, `粤语`. */
export function readLanguage(text: string): Read<string> {
	if (!text) return null;
	languages ??= namesIndex('language', LANGUAGE_ALIASES);
	const primary = /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/i.exec(text.normalize('NFKC').trim());
	if (primary) {
		// "eng" and "en" are one language; we keep the shortest code (BCP 47 canonical form).
		const code = Intl.getCanonicalLocales(primary[1].toLowerCase())[0];
		languageNames ??= displayNames(['en'], { type: 'language', fallback: 'none' });
		if (languageNames.of(code)) return code;
	}
	return languages.get(key(text)) ?? 'invalid';
}

/** Tags from `yoga, pregnancy`, `#yoga #pregnancy`, `瑜伽、孕妇`: trimmed, no `#`, no repeats. */
export function readTags(text: string) {
	const seen = new Set<string>();
	const tags: string[] = [];
	// One space before a `#` separates (the part is trimmed): `\s+(?=#)` is retried from every
	// space of a long run and takes quadratic time.
	for (const part of text.split(/[,，;；、|\n]+|\s(?=#)/)) {
		const tag = part.trim().replace(/^#+/, '').trim();
		if (tag && !seen.has(tag.toLowerCase())) {
			seen.add(tag.toLowerCase());
			tags.push(tag);
		}
	}
	return tags;
}

/**
 * `local@domain` with a dot inside the domain (not first, not last). The dot is found by index:
 * `[^\s@]+\.[^\s@]+` backtracks polynomially over a domain of many dots.
 */
export const isEmail = (text: string) =>
	/^[^\s@]+@[^\s@]+$/.test(text) && text.slice(text.indexOf('@') + 2, -1).includes('.');
