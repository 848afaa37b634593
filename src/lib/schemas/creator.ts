import { z } from 'zod';
import { isCountryCode } from '$lib/domain/countries';
import {
	parseCount,
	parseTags,
	tagProblem,
	tagsInput,
	TAG_MAX_CHARS,
	TAGS_MAX,
	CREATOR_LANGUAGES,
	countInput
} from '$lib/domain/creator-input';
import {
	DELIVERABLE_KINDS,
	engagementInput,
	handleKey,
	isCreatorPlatform,
	parseEngagementRate,
	type CreatorPlatform,
	type DeliverableKind,
	type RateLine
} from '$lib/domain/creators';
import { CURRENCIES } from '$lib/domain/markets';
import { currencyDecimals, moneyInput, parseMoney } from '$lib/domain/money';
import { isDate } from '$lib/domain/zoned-time';
import { dayRangeError } from '$lib/i18n/date-messages';
import { m } from '$lib/paraglide/messages';
import { dayInBounds } from './day';
import { charCount, normaliseLineBreaks, required, requiredText, text, tooLong } from './fields';

// Messages are functions so they are read in the language of the request (or page) that validates.

export const CREATOR_NAME_MAX = 120;
export const NICHE_MAX = 120;
export const CONTACT_MAX = 100;
export const AGENT_MAX = 200;
export const ADDRESS_MAX = 1000;
export const NOTES_MAX = 5000;
export const DNC_REASON_MAX = 200;
export const HANDLE_MAX = 100;
export const PROFILE_URL_MAX = 500;
export const RATE_LINES_MAX = 20;
/** Profile rows on the new-creator form; more are added on the creator's page. */
export const NEW_PROFILE_ROWS = 3;
/** Creators quote in the seller's market currencies, and Chinese creators in yuan. */
export const RATE_CURRENCIES = [...new Set([...CURRENCIES, 'CNY'])].sort();

// ---------------------------------------------------------------------------------------------
// One profile, as typed.

export type ProfileFields = {
	platform: string;
	handle: string;
	url: string;
	followers: string;
	avgViews: string;
	engagement: string;
	measuredOn: string;
};
/** A profile as stored (the shape the queries take). */
export type ProfileValues = {
	platform: CreatorPlatform;
	handle: string;
	url: string;
	followers: number | null;
	avgViews: number | null;
	engagementBp: number | null;
	measuredOn: string | null;
};

function isWebUrl(value: string) {
	try {
		const url = new URL(value);
		return /^https?:$/.test(url.protocol) && url.hostname !== '';
	} catch {
		return false;
	}
}

/** A row with anything typed in it besides the platform is meant to be a profile. */
export const isFilled = (row: ProfileFields) =>
	[row.handle, row.url, row.followers, row.avgViews, row.engagement, row.measuredOn].some(
		(v) => v.trim() !== ''
	);

/** Reads one profile; every problem is named per field, in the request's language. */
export function readProfile(row: ProfileFields): {
	profile: ProfileValues | null;
	errors: Partial<Record<keyof ProfileFields, string>>;
} {
	const errors: Partial<Record<keyof ProfileFields, string>> = {};
	const platform = row.platform.trim();
	if (!isCreatorPlatform(platform)) errors.platform = m.creator_error_platform();
	const handle = row.handle.trim();
	if (!handle || !handleKey(handle)) errors.handle = required();
	else if (charCount(handle) > HANDLE_MAX) errors.handle = m.error_too_long({ max: HANDLE_MAX });
	const url = row.url.trim();
	if (url.length > PROFILE_URL_MAX) errors.url = m.error_too_long({ max: PROFILE_URL_MAX });
	else if (url && !isWebUrl(url)) errors.url = m.creator_error_url();
	const followers = parseCount(row.followers);
	if (followers === 'invalid') errors.followers = m.creator_error_count();
	const avgViews = parseCount(row.avgViews);
	if (avgViews === 'invalid') errors.avgViews = m.creator_error_count();
	const engagementBp = parseEngagementRate(row.engagement);
	if (engagementBp === 'invalid') errors.engagement = m.creator_error_engagement();
	const measuredOn = row.measuredOn.trim();
	if (measuredOn && !isDate(measuredOn)) errors.measuredOn = m.error_date();
	else if (measuredOn && !dayInBounds(measuredOn)) errors.measuredOn = dayRangeError();
	if (Object.keys(errors).length) return { profile: null, errors };
	return {
		profile: {
			platform: platform as CreatorPlatform,
			handle,
			url,
			followers: followers as number | null,
			avgViews: avgViews as number | null,
			engagementBp: engagementBp as number | null,
			measuredOn: measuredOn || null
		},
		errors
	};
}

const profileText = z
	.string()
	.max(PROFILE_URL_MAX * 2)
	.default('');
const profileObject = {
	platform: profileText,
	handle: profileText,
	url: profileText,
	followers: profileText,
	avgViews: profileText,
	engagement: profileText,
	measuredOn: profileText
};

function addProfileIssues(row: ProfileFields, ctx: z.RefinementCtx, index?: number) {
	for (const [field, message] of Object.entries(readProfile(row).errors)) {
		ctx.addIssue({ code: 'custom', path: index === undefined ? [field] : [field, index], message });
	}
}

export const profileSchema = z
	.object(profileObject)
	.superRefine((row, ctx) => addProfileIssues(row, ctx));

/**
 * `previous` carries the profile as it was loaded (`previousOf`): profiles have no version, so
 * the save lands only if the stored values are still those.
 */
export const editProfileSchema = z
	.object({
		...profileObject,
		profileId: z.string().min(1).max(64),
		previous: z.string().max(PROFILE_URL_MAX * 3)
	})
	.superRefine((row, ctx) => addProfileIssues(row, ctx));

export const profileIdSchema = z.object({ profileId: z.string().min(1).max(64) });

export type ProfileForm = z.infer<typeof profileSchema>;
export type EditProfileForm = z.infer<typeof editProfileSchema>;

const PROFILE_KEYS = [
	'platform',
	'handle',
	'url',
	'followers',
	'avgViews',
	'engagementBp',
	'measuredOn'
] as const;

/** A stored profile as the `previous` field carries it. */
export function previousOf(profile: ProfileValues) {
	return JSON.stringify(PROFILE_KEYS.map((key) => profile[key]));
}

/** `previous` back to a profile; null when it is not what `previousOf` writes. */
export function parsePrevious(text: string): ProfileValues | null {
	let values: unknown;
	try {
		values = JSON.parse(text);
	} catch {
		return null;
	}
	if (!Array.isArray(values) || values.length !== PROFILE_KEYS.length) return null;
	const [platform, handle, url, followers, avgViews, engagementBp, measuredOn] = values;
	const countOrNull = (v: unknown) => v === null || (Number.isSafeInteger(v) && Number(v) >= 0);
	const ok =
		isCreatorPlatform(platform) &&
		typeof handle === 'string' &&
		typeof url === 'string' &&
		[followers, avgViews, engagementBp].every(countOrNull) &&
		(measuredOn === null || typeof measuredOn === 'string');
	return ok ? { platform, handle, url, followers, avgViews, engagementBp, measuredOn } : null;
}

/**
 * The day the numbers were read. Left empty (or left as it was loaded) while the numbers are new
 * or changed, it is `today` (the user's calendar day); a date the user typed is kept.
 */
export function measuredDay(profile: ProfileValues, previous: ProfileValues | null, today: string) {
	const numbers = (p: ProfileValues) => [p.followers, p.avgViews, p.engagementBp].join(',');
	const hasNumbers = [profile.followers, profile.avgViews, profile.engagementBp].some(
		(n) => n !== null
	);
	const dateTyped = profile.measuredOn !== null && profile.measuredOn !== previous?.measuredOn;
	const numbersChanged = !previous || numbers(previous) !== numbers(profile);
	if (hasNumbers && numbersChanged && !dateTyped) return today;
	return profile.measuredOn;
}

/** The form's values for a stored profile. */
export function profileFormValues(profile: ProfileValues): ProfileForm {
	return {
		platform: profile.platform,
		handle: profile.handle,
		url: profile.url,
		followers: countInput(profile.followers),
		avgViews: countInput(profile.avgViews),
		engagement: engagementInput(profile.engagementBp),
		measuredOn: profile.measuredOn ?? ''
	};
}

// ---------------------------------------------------------------------------------------------
// The rate card: parallel lists (one entry per row), so the form works without JavaScript.

type RateIssue = {
	index: number;
	field: 'rateKind' | 'ratePrice' | 'rateCurrency';
	message: string;
};

function priceProblem(reason: 'format' | 'decimals' | 'too-large', currency: string) {
	if (reason === 'too-large') return m.creator_error_price_large();
	if (reason === 'format') return m.creator_error_price();
	const decimals = currencyDecimals(currency);
	return decimals === 0
		? m.creator_error_price_whole({ currency })
		: m.creator_error_price_decimals({ currency, decimals });
}

/** Reads the rate card rows; a row with neither a deliverable nor a price is left out. */
export function readRateCard(kinds: string[], prices: string[], currencies: string[]) {
	const lines: RateLine[] = [];
	const issues: RateIssue[] = [];
	const rows = Math.max(kinds.length, prices.length);
	for (let index = 0; index < rows; index++) {
		const kind = (kinds[index] ?? '').trim();
		const price = (prices[index] ?? '').trim();
		const currency = (currencies[index] ?? '').trim().toUpperCase();
		if (!kind && !price) continue;
		const issue = (field: RateIssue['field'], message: string) =>
			issues.push({ index, field, message });
		if (!(DELIVERABLE_KINDS as readonly string[]).includes(kind)) {
			issue('rateKind', kind ? m.item_error_choice() : m.creator_error_rate_kind());
			continue;
		}
		if (!RATE_CURRENCIES.includes(currency)) {
			issue('rateCurrency', m.item_error_choice());
			continue;
		}
		const money = parseMoney(price, currency);
		if (!money.ok) issue('ratePrice', priceProblem(money.reason, currency));
		else if (money.minor === null) issue('ratePrice', m.creator_error_rate_price());
		else if (lines.some((l) => l.kind === kind && l.currency === currency))
			issue('rateKind', m.creator_error_rate_twice());
		else lines.push({ kind: kind as DeliverableKind, priceMinor: money.minor, currency });
	}
	return { lines, issues };
}

/** The rows the form shows: the stored lines, then empty ones to fill in. */
export function rateCardRows(lines: readonly RateLine[], blank = 2, currency = 'USD') {
	const rows = lines.map((l) => ({
		kind: l.kind as string,
		price: moneyInput(l.priceMinor, l.currency),
		currency: l.currency
	}));
	const last = rows.at(-1)?.currency ?? currency;
	for (let i = 0; i < blank; i++) rows.push({ kind: '', price: '', currency: last });
	return {
		rateKind: rows.map((r) => r.kind),
		ratePrice: rows.map((r) => r.price),
		rateCurrency: rows.map((r) => r.currency)
	};
}

// ---------------------------------------------------------------------------------------------
// The creator.

const rateList = z
	.array(z.string().max(40))
	.max(RATE_LINES_MAX + 5)
	.default([]);

const creatorObject = {
	name: requiredText(CREATOR_NAME_MAX),
	niche: text(NICHE_MAX),
	// As typed ("yoga, 孕妇、mums"); read with parseTags.
	tags: z
		.string()
		.max(2000, { error: () => m.creator_error_tags_many({ max: TAGS_MAX }) })
		.refine((v) => tagProblem(parseTags(v)) !== 'too-many', {
			error: () => m.creator_error_tags_many({ max: TAGS_MAX })
		})
		.refine((v) => tagProblem(parseTags(v)) !== 'too-long', {
			error: () => m.creator_error_tag_long({ max: TAG_MAX_CHARS })
		})
		.default(''),
	// ISO 3166-1 alpha-2; '' = unknown.
	country: z
		.string()
		.trim()
		.toUpperCase()
		.refine((v) => v === '' || isCountryCode(v), { error: () => m.item_error_choice() })
		.default(''),
	language: z.enum(['', ...CREATOR_LANGUAGES], { error: () => m.item_error_choice() }).default(''),
	email: z
		.string()
		.trim()
		.max(254, tooLong(254))
		.refine((v) => v === '' || z.email().safeParse(v).success, { error: () => m.error_email() })
		.default(''),
	wechat: text(CONTACT_MAX),
	whatsapp: text(CONTACT_MAX),
	agent: text(AGENT_MAX),
	shippingAddress: text(ADDRESS_MAX),
	notes: text(NOTES_MAX),
	doNotContact: z.boolean().default(false),
	doNotContactReason: text(DNC_REASON_MAX),
	rateKind: rateList,
	ratePrice: rateList,
	rateCurrency: rateList
};

type CreatorCore = {
	doNotContact: boolean;
	doNotContactReason: string;
	rateKind: string[];
	ratePrice: string[];
	rateCurrency: string[];
};

function checkCreator(v: CreatorCore, ctx: z.RefinementCtx) {
	if (v.doNotContact && !v.doNotContactReason) {
		const message = m.creator_error_dnc_reason();
		ctx.addIssue({ code: 'custom', path: ['doNotContactReason'], message });
	}
	const card = readRateCard(v.rateKind, v.ratePrice, v.rateCurrency);
	for (const { index, field, message } of card.issues) {
		ctx.addIssue({ code: 'custom', path: [field, index], message });
	}
	if (card.lines.length > RATE_LINES_MAX) {
		const message = m.creator_error_rate_many({ max: RATE_LINES_MAX });
		ctx.addIssue({ code: 'custom', path: ['rateKind', RATE_LINES_MAX], message });
	}
}

/** The creator page's form: the creator without profiles, at the version it was loaded with. */
export const creatorSchema = z
	.object({ ...creatorObject, version: z.int().min(0).default(0) })
	.superRefine(checkCreator);

const profileRows = z
	.array(z.string().max(PROFILE_URL_MAX * 2))
	.max(NEW_PROFILE_ROWS)
	.default([]);

/** The new-creator form: the creator and up to three profiles (parallel lists, one per row). */
export const newCreatorSchema = z
	.object({
		...creatorObject,
		platform: profileRows,
		handle: profileRows,
		url: profileRows,
		followers: profileRows,
		avgViews: profileRows,
		engagement: profileRows,
		measuredOn: profileRows
	})
	.superRefine((v, ctx) => {
		checkCreator(v, ctx);
		const rows = profileRowsOf(v);
		if (!rows.some(isFilled)) {
			const message = m.creator_error_profile_needed();
			ctx.addIssue({ code: 'custom', path: ['handle', 0], message });
		}
		const seen = new Set<string>();
		rows.forEach((row, index) => {
			if (!isFilled(row)) return;
			addProfileIssues(row, ctx, index);
			const key = `${row.platform}\u0000${handleKey(row.handle)}`;
			if (row.handle.trim() && seen.has(key)) {
				const message = m.creator_error_profile_twice();
				ctx.addIssue({ code: 'custom', path: ['handle', index], message });
			}
			seen.add(key);
		});
	});

export type CreatorForm = z.infer<typeof creatorSchema>;
export type NewCreatorForm = z.infer<typeof newCreatorSchema>;

type ProfileLists = Pick<NewCreatorForm, keyof ProfileFields>;

/** The new-creator form's profile rows, as one object per row. */
export function profileRowsOf(v: ProfileLists): ProfileFields[] {
	return Array.from({ length: Math.max(v.platform.length, v.handle.length) }, (_, i) => ({
		platform: v.platform[i] ?? '',
		handle: v.handle[i] ?? '',
		url: v.url[i] ?? '',
		followers: v.followers[i] ?? '',
		avgViews: v.avgViews[i] ?? '',
		engagement: v.engagement[i] ?? '',
		measuredOn: v.measuredOn[i] ?? ''
	}));
}

/** The profiles a valid new-creator form holds (empty rows left out), with their row numbers. */
export function profilesOf(v: ProfileLists) {
	return profileRowsOf(v).flatMap((fields, row) => {
		const profile = isFilled(fields) ? readProfile(fields).profile : null;
		return profile ? [{ row, profile }] : [];
	});
}

/** What is stored from a valid creator form. */
export function creatorValues(v: z.infer<z.ZodObject<typeof creatorObject>>) {
	return {
		name: v.name,
		niche: v.niche,
		tags: parseTags(v.tags),
		country: v.country,
		language: v.language,
		email: v.email,
		wechat: v.wechat,
		whatsapp: v.whatsapp,
		agent: v.agent,
		rateCard: readRateCard(v.rateKind, v.ratePrice, v.rateCurrency).lines,
		shippingAddress: normaliseLineBreaks(v.shippingAddress),
		notes: normaliseLineBreaks(v.notes),
		doNotContact: v.doNotContact,
		// A reason is only kept while the flag is set.
		doNotContactReason: v.doNotContact ? v.doNotContactReason : ''
	};
}

type StoredCreator = Omit<ReturnType<typeof creatorValues>, 'language'> & {
	language: string;
	version: number;
};

/** The form's values for a stored creator, with empty rate card rows to fill in. */
export function creatorFormValues(creator: StoredCreator): CreatorForm {
	return {
		name: creator.name,
		niche: creator.niche,
		tags: tagsInput(creator.tags),
		country: creator.country,
		language: (['', ...CREATOR_LANGUAGES] as string[]).includes(creator.language)
			? (creator.language as CreatorForm['language'])
			: 'other',
		email: creator.email,
		wechat: creator.wechat,
		whatsapp: creator.whatsapp,
		agent: creator.agent,
		shippingAddress: creator.shippingAddress,
		notes: creator.notes,
		doNotContact: creator.doNotContact,
		doNotContactReason: creator.doNotContactReason,
		...rateCardRows(creator.rateCard),
		version: creator.version
	};
}

/** An empty new-creator form: three profile rows and two rate card rows. */
export function newCreatorFormValues(): Partial<NewCreatorForm> {
	const blank = Array.from({ length: NEW_PROFILE_ROWS }, () => '');
	return {
		...rateCardRows([]),
		platform: blank,
		handle: blank,
		url: blank,
		followers: blank,
		avgViews: blank,
		engagement: blank,
		measuredOn: blank
	};
}
