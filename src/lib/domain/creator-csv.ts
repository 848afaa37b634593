/**
 * The creator directory as CSV: one row per creator profile, read into creators with their
 * profiles and per-row problems, and written back in the same shape.
 *
 * Rows with the same name and the same email (or both without one) are one creator with several
 * profiles; for a creator's own fields (country, notes…) the first row that fills them wins. A
 * row may leave the profile columns empty: a creator without a profile is allowed.
 *
 * Pure: platform and deliverable names in the user's languages are parameters. Problems are data
 * (codes and values) that the route words in the user's language.
 */
import {
	chars,
	key,
	lines,
	longCells,
	readCells,
	readDate,
	readTable,
	type CsvProblem
} from './csv-read';
import { safeCell, spreadsheetCsv } from './csv-safe';
import {
	handleOfUrl,
	isEmail,
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
import {
	CREATOR_PLATFORMS,
	engagementInput,
	handleKey,
	type CreatorPlatform,
	type DeliverableKind,
	type RateLine
} from './creators';
import { moneyInput } from './money';

export const CREATOR_CSV_FIELDS = [
	'name',
	'platform',
	'handle',
	'url',
	'followers',
	'avg_views',
	'engagement_rate',
	'measured_on',
	'niche',
	'tags',
	'country',
	'language',
	'email',
	'wechat',
	'whatsapp',
	'agent',
	'rate_card',
	'shipping_address',
	'notes',
	'do_not_contact',
	'do_not_contact_reason'
] as const;
export type CreatorField = (typeof CREATOR_CSV_FIELDS)[number];

/** The header our Chinese export writes; the English one is the field's own name. */
export const CHINESE_HEADERS: Record<CreatorField, string> = {
	name: '名称',
	platform: '平台',
	handle: '账号',
	url: '主页链接',
	followers: '粉丝数',
	avg_views: '平均播放',
	engagement_rate: '互动率',
	measured_on: '数据日期',
	niche: '领域',
	tags: '标签',
	country: '国家',
	language: '语言',
	email: '邮箱',
	wechat: '微信',
	whatsapp: 'WhatsApp',
	agent: '经纪人',
	rate_card: '报价',
	shipping_address: '收货地址',
	notes: '备注',
	do_not_contact: '勿联系',
	do_not_contact_reason: '勿联系原因'
};

/** Header spellings of other tools (Modash, Upfluence, HypeAuditor, Google Sheets) and people. */
const OTHER_HEADERS: Record<CreatorField, string[]> = {
	name: [
		'full name',
		'creator',
		'creator name',
		'influencer',
		'influencer name',
		'display name'
	].concat(['达人', '达人名称', '达人昵称', '昵称', '姓名', '名字', '博主', '红人', '创作者']),
	platform: ['network', 'social network', 'channel', 'social platform', '渠道', '社交平台'],
	handle: ['username', 'user name', 'account', 'account name', 'account id', '@handle'].concat([
		'账号id',
		'账号名',
		'用户名',
		'抖音号',
		'小红书号',
		'账户'
	]),
	url: ['profile url', 'profile link', 'profile', 'link', 'channel url', 'profile address'].concat([
		'主页',
		'个人主页',
		'主页地址',
		'链接'
	]),
	followers: ['follower', 'follower count', 'followers count', 'subscribers', 'fans'].concat([
		'subscriber count',
		'audience size',
		'粉丝',
		'粉丝量',
		'粉丝数量',
		'订阅数'
	]),
	avg_views: ['average views', 'avg. views', 'avg view', 'views', 'average video views'].concat([
		'平均播放量',
		'平均观看',
		'平均观看量',
		'播放量',
		'场均播放'
	]),
	engagement_rate: ['engagement', 'er', 'eng rate', 'engagement rate (%)', 'er (%)'],
	measured_on: ['measured', 'as of', 'date', 'last updated', 'updated', '统计日期', '日期'],
	niche: ['category', 'categories', 'vertical', 'topic', '类目', '垂类', '品类', '内容领域'],
	tags: ['tag', 'labels', 'label', 'keywords'],
	country: ['location', 'country code', 'region', '国家/地区', '地区', '所在国家'],
	language: ['lang', 'audience language', '使用语言'],
	email: ['e-mail', 'email address', 'contact email', 'mail', '电子邮件', '电子邮箱', '邮件'],
	wechat: ['weixin', 'wechat id', '微信号'],
	whatsapp: ['whats app', 'whatsapp number', 'phone', '电话', '手机'],
	agent: ['agency', 'manager', 'management', 'mcn', '代理', '机构', '经纪公司'],
	rate_card: ['rates', 'rate', 'price', 'prices', 'pricing', 'fee', '价格', '刊例', '刊例价'],
	shipping_address: ['address', 'mailing address', 'postal address', '地址', '寄样地址'],
	notes: ['note', 'comments', 'comment', '说明', '备注信息'],
	do_not_contact: ['dnc', 'do not contact?', 'blocked', '不要联系', '禁止联系'],
	do_not_contact_reason: ['dnc reason', 'reason', '原因', '勿联系原因说明']
};

export const CREATOR_HEADERS = Object.fromEntries(
	CREATOR_CSV_FIELDS.map((f) => [f, [f, CHINESE_HEADERS[f], ...OTHER_HEADERS[f]]])
) as Record<CreatorField, string[]>;

/** Longest text per field, in characters as a person counts them. */
export const CREATOR_TEXT_MAX = {
	name: 200,
	handle: 100,
	url: 2000,
	niche: 100,
	tag: 50,
	email: 254,
	wechat: 100,
	whatsapp: 50,
	agent: 200,
	shipping_address: 1000,
	notes: 5000,
	do_not_contact_reason: 500
} as const;
export const CREATOR_TAGS_MAX = 20;

/**
 * Longest cell each field reads, in characters: a text field's own limit, and for the fields
 * read into a value (counts, dates, codes, a rate card) more than any real one takes.
 */
export const CREATOR_CELL_MAX: Record<CreatorField, number> = {
	...CREATOR_TEXT_MAX,
	platform: 100,
	followers: 50,
	avg_views: 50,
	engagement_rate: 50,
	measured_on: 50,
	// Twenty tags of fifty characters and their separators.
	tags: CREATOR_TAGS_MAX * (CREATOR_TEXT_MAX.tag + 2),
	country: 100,
	language: 100,
	rate_card: 2000,
	do_not_contact: 50
};

export type CreatorCsvVocabulary = {
	/** Names of each platform in the languages we speak (beyond its key and common aliases). */
	platforms: Partial<Record<CreatorPlatform, string[]>>;
	/** Names of each deliverable kind, for rate cards. */
	kinds: Record<DeliverableKind, string[]>;
};

export type CreatorIssueCode =
	| 'required'
	| 'too_long'
	| 'too_many'
	| 'platform'
	| 'need_platform'
	| 'need_handle'
	| 'number'
	| 'engagement'
	| 'date'
	| 'email'
	| 'url'
	| 'rate_card'
	| 'country'
	| 'language'
	| 'yes_no'
	| 'duplicate';

export type CreatorIssue = {
	row: number;
	/** The column as the file spells it. */
	column: string;
	field: CreatorField;
	code: CreatorIssueCode;
	value: string;
	limit?: number;
	/** What is accepted instead (platform keys for `platform`). */
	options?: string[];
	/** For `duplicate`: the row that has this profile first. */
	firstRow?: number;
};

export type ProfileDraft = {
	platform: CreatorPlatform;
	handle: string;
	handleKey: string;
	url: string;
	followers: number | null;
	avgViews: number | null;
	engagementBp: number | null;
	measuredOn: string | null;
};

export type CreatorFields = {
	name: string;
	niche: string;
	tags: string[];
	country: string;
	language: string;
	email: string;
	wechat: string;
	whatsapp: string;
	agent: string;
	rateCard: RateLine[];
	shippingAddress: string;
	notes: string;
	doNotContact: boolean;
	doNotContactReason: string;
};

export type CreatorDraft = CreatorFields & {
	/** Who this is, for grouping rows and finding them in the directory (see `creatorIdentity`). */
	identity: string;
	/** The file rows it was read from. */
	rows: number[];
	profiles: (ProfileDraft & { row: number })[];
};

export type CreatorCsvRow = {
	row: number;
	/** What the file says, per field, with our export's formula guard removed. */
	values: Partial<Record<CreatorField, string>>;
	issues: CreatorIssue[];
	/** The profile this row adds; null when it adds none or has problems. */
	profile: ProfileDraft | null;
	/** Index in `creators` of the creator the row belongs to; null when it has problems. */
	creator: number | null;
};

export type CreatorCsv = {
	rows: CreatorCsvRow[];
	/** Creators of the clean rows, in file order. */
	creators: CreatorDraft[];
	ignored: string[];
	errors: number;
};

export type CreatorCsvResult = ({ ok: true } & CreatorCsv) | { ok: false; problem: CsvProblem };

/** Same name (case, width and spacing aside) and the same email, or both without one. */
export const creatorIdentity = (name: string, email: string) =>
	`${key(name)}\u0000${email.trim().toLowerCase()}`;

type RowRead = { issues: CreatorIssue[]; fields: CreatorFields; profile: ProfileDraft | null };

const PROFILE_FIELDS: CreatorField[] = [
	'handle',
	'url',
	'followers',
	'avg_views',
	'engagement_rate',
	'measured_on'
];

/** One data row → the creator's fields and the profile it adds, or what is wrong with it. */
function readRow(
	row: number,
	values: Partial<Record<CreatorField, string>>,
	headers: Partial<Record<CreatorField, string>>,
	cut: CreatorField[],
	vocab: CreatorCsvVocabulary
): RowRead {
	const issues: CreatorIssue[] = [];
	const get = (field: CreatorField) => values[field] ?? '';
	// A cell over its cap is reported as too long, and nothing else is said about it.
	const long = longCells(values, CREATOR_CELL_MAX, cut);
	const issue = (
		field: CreatorField,
		code: CreatorIssueCode,
		extra: Partial<CreatorIssue> = {}
	) => {
		if (code !== 'too_long' && long.includes(field)) return;
		issues.push({ row, column: headers[field] ?? field, field, code, value: get(field), ...extra });
	};
	for (const field of long) issue(field, 'too_long', { limit: CREATOR_CELL_MAX[field] });
	const text = (field: keyof typeof CREATOR_TEXT_MAX & CreatorField) => lines(get(field));
	const read = <T>(
		field: CreatorField,
		reader: (v: string) => T | null | 'invalid',
		code: CreatorIssueCode
	) => {
		if (long.includes(field)) return null;
		const value = reader(get(field));
		if (value === 'invalid') issue(field, code);
		return value === 'invalid' ? null : value;
	};

	const name = text('name');
	if (!name) issue('name', 'required');
	const email = text('email');
	if (email && !issues.some((i) => i.field === 'email') && !isEmail(email)) issue('email', 'email');
	const tags = long.includes('tags') ? [] : readTags(get('tags'));
	const longTag = tags.find((tag) => chars(tag) > CREATOR_TEXT_MAX.tag);
	if (longTag) issue('tags', 'too_long', { limit: CREATOR_TEXT_MAX.tag });
	else if (tags.length > CREATOR_TAGS_MAX) issue('tags', 'too_many', { limit: CREATOR_TAGS_MAX });
	const fields: CreatorFields = {
		name,
		niche: text('niche'),
		tags,
		country: read('country', readCountry, 'country') ?? '',
		language: read('language', readLanguage, 'language') ?? '',
		email,
		wechat: text('wechat'),
		whatsapp: text('whatsapp'),
		agent: text('agent'),
		rateCard: read('rate_card', (v) => readRateCard(v, vocab.kinds), 'rate_card') ?? [],
		shippingAddress: text('shipping_address'),
		notes: text('notes'),
		doNotContact: read('do_not_contact', readYesNo, 'yes_no') ?? false,
		doNotContactReason: text('do_not_contact_reason')
	};

	// The profile: a platform and a handle, either of which a profile address can supply.
	const adds = PROFILE_FIELDS.some((field) => get(field)) || get('platform') !== '';
	if (!adds) return { issues, fields, profile: null };
	const url = read('url', readProfileUrl, 'url');
	const named = readPlatform(get('platform'), vocab.platforms);
	if (named === 'invalid') issue('platform', 'platform', { options: [...CREATOR_PLATFORMS] });
	const platform = named === 'invalid' ? null : (named ?? (url ? platformOfUrl(url) : null));
	if (named === null && !platform) issue('platform', 'need_platform');
	const handle =
		text('handle').trim() || (platform && url ? (handleOfUrl(platform, url) ?? '') : '');
	if (platform && !handleKey(handle)) issue('handle', 'need_handle');
	const numbers = {
		followers: read('followers', readCount, 'number'),
		avgViews: read('avg_views', readCount, 'number'),
		engagementBp: read('engagement_rate', readEngagement, 'engagement'),
		measuredOn: read('measured_on', (v) => (v ? (readDate(v) ?? 'invalid') : null), 'date')
	};
	const profile: ProfileDraft | null =
		platform && handleKey(handle)
			? { platform, handle, handleKey: handleKey(handle), url: url?.href ?? '', ...numbers }
			: null;
	return { issues, fields, profile };
}

/** The first row's value for each of a creator's fields, unless it left it empty. */
function merge(into: CreatorFields, row: CreatorFields) {
	for (const field of Object.keys(into) as (keyof CreatorFields)[]) {
		const current = into[field];
		const empty = Array.isArray(current) ? current.length === 0 : !current;
		if (empty) Object.assign(into, { [field]: row[field] });
	}
	const seen = new Set(into.tags.map((t) => t.toLowerCase()));
	into.tags = [...into.tags, ...row.tags.filter((t) => !seen.has(t.toLowerCase()))];
}

/** Text of a creator CSV → every row with its problems, and the creators of the clean rows. */
export function readCreatorCsv(text: string, vocab: CreatorCsvVocabulary): CreatorCsvResult {
	const table = readTable(text, CREATOR_HEADERS, { required: 'name' });
	if (!table.ok) return table;
	const rows: CreatorCsvRow[] = [];
	const reads: RowRead[] = [];
	const firstRowOf = new Map<string, number>();
	for (const record of table.rows) {
		const { row } = record;
		const { values, headers, long } = readCells(record, table.columns);
		const read = readRow(row, values, headers, long, vocab);
		if (read.profile) {
			const profileKey = `${read.profile.platform}\u0000${read.profile.handleKey}`;
			const first = firstRowOf.get(profileKey);
			if (first === undefined) firstRowOf.set(profileKey, row);
			else {
				const field = values.handle ? 'handle' : 'url';
				read.issues.push({
					row,
					column: headers[field] ?? field,
					field,
					code: 'duplicate',
					value: values[field] ?? '',
					firstRow: first
				});
			}
		}
		reads.push(read);
		rows.push({ row, values, issues: read.issues, profile: null, creator: null });
	}

	const creators: CreatorDraft[] = [];
	const byIdentity = new Map<string, number>();
	reads.forEach((read, i) => {
		if (read.issues.length) return;
		const identity = creatorIdentity(read.fields.name, read.fields.email);
		let index = byIdentity.get(identity);
		if (index === undefined) {
			index = creators.push({ ...read.fields, identity, rows: [], profiles: [] }) - 1;
			byIdentity.set(identity, index);
		} else {
			merge(creators[index], read.fields);
		}
		creators[index].rows.push(rows[i].row);
		if (read.profile) creators[index].profiles.push({ ...read.profile, row: rows[i].row });
		rows[i].profile = read.profile;
		rows[i].creator = index;
	});
	const errors = rows.filter((r) => r.issues.length).length;
	return { ok: true, rows, creators, ignored: table.ignored, errors };
}

/** A creator as the directory holds it, for the export. */
export type ExportCreator = CreatorFields & {
	profiles: Omit<ProfileDraft, 'handleKey'>[];
};

export type ExportLanguage = 'en' | 'zh-CN';

const percent = (basisPoints: number | null) =>
	basisPoints === null ? '' : `${engagementInput(basisPoints)}%`;
const rateCardText = (lines: RateLine[]) =>
	lines.map((l) => `${l.kind}: ${moneyInput(l.priceMinor, l.currency)} ${l.currency}`).join('; ');

/** Columns we write from numbers: quoted like every cell, never guarded, so they stay numbers. */
const NUMBER_FIELDS: CreatorField[] = ['followers', 'avg_views', 'engagement_rate'];

/**
 * The directory as CSV for Excel: a UTF-8 byte-order mark (without it Excel shows Chinese as
 * mojibake), CRLF line ends, every cell quoted and every text cell defused against formula
 * injection. One row per profile
 * (a creator without one gets one row); headers in the user's language, values in forms every
 * language reads back (platform keys, ISO codes, plain numbers).
 */
export function creatorsToCsv(creators: ExportCreator[], language: ExportLanguage = 'en') {
	const yes = language === 'zh-CN' ? '是' : 'yes';
	const data = creators.flatMap((c) => {
		const own = {
			niche: c.niche,
			tags: c.tags.join(', '),
			country: c.country,
			language: c.language,
			email: c.email,
			wechat: c.wechat,
			whatsapp: c.whatsapp,
			agent: c.agent,
			rate_card: rateCardText(c.rateCard),
			shipping_address: c.shippingAddress,
			notes: c.notes,
			do_not_contact: c.doNotContact ? yes : '',
			do_not_contact_reason: c.doNotContactReason
		};
		const profiles = c.profiles.length ? c.profiles : [null];
		return profiles.map((p) => {
			const row: Record<CreatorField, string> = {
				name: c.name,
				platform: p?.platform ?? '',
				handle: p?.handle ?? '',
				url: p?.url ?? '',
				followers: p?.followers?.toString() ?? '',
				avg_views: p?.avgViews?.toString() ?? '',
				engagement_rate: percent(p?.engagementBp ?? null),
				measured_on: p?.measuredOn ?? '',
				...own
			};
			return CREATOR_CSV_FIELDS.map((field) =>
				NUMBER_FIELDS.includes(field) ? row[field] : safeCell(row[field])
			);
		});
	});
	const fields = CREATOR_CSV_FIELDS.map((f) => (language === 'zh-CN' ? CHINESE_HEADERS[f] : f));
	return `\uFEFF${spreadsheetCsv(fields, data)}`;
}
