/**
 * How people type a creator's numbers and tags, read into what is stored. Pure; shared by the
 * creator forms, the directory filters and CSV import.
 */

/** Audience languages a directory entry can name; '' = unknown. */
export const CREATOR_LANGUAGES = [
	'en',
	'zh',
	'ja',
	'ko',
	'de',
	'fr',
	'es',
	'it',
	'pt',
	'ar',
	'other'
] as const;
export type CreatorLanguage = (typeof CREATOR_LANGUAGES)[number];

export const isCreatorLanguage = (value: string): value is CreatorLanguage =>
	(CREATOR_LANGUAGES as readonly string[]).includes(value);

/** More than the largest account anywhere, still a safe integer. */
export const COUNT_MAX = 10_000_000_000;

// Platforms show counts abbreviated: "12.3K" on TikTok and Instagram, "1.2万" or "1.2w" on
// Xiaohongshu and Douyin, "1.2亿" for the largest accounts.
const UNITS: Record<string, number> = {
	k: 1_000,
	m: 1_000_000,
	w: 10_000,
	万: 10_000,
	萬: 10_000,
	亿: 100_000_000,
	億: 100_000_000
};

/**
 * A follower or view count as typed → a whole number; '' → null (not known).
 * Accepts "12300", "12,300", "12 300", full-width digits, and the abbreviations platforms show:
 * "12.3k", "1.2M", "1.2万", "1.2w", "3亿" (up to 4 decimals; the result is rounded to a whole
 * number, as the platform had rounded it already). A plain number with a decimal point
 * ("12.300") is refused rather than guessed: it is a thousands separator in German, a decimal
 * point in English.
 */
export function parseCount(text: string): number | null | 'invalid' {
	const value = text.normalize('NFKC').trim().replace(/[\s_]/g, '');
	if (value === '') return null;
	let count: number;
	if (/^(\d+|\d{1,3}(,\d{3})+)$/.test(value)) {
		count = Number(value.replaceAll(',', ''));
	} else {
		const match = /^(\d+(?:\.\d{1,4})?)([kmw万萬亿億])$/i.exec(value);
		if (!match) return 'invalid';
		// In integers ("1.25" → 125 / 10²), so no binary fraction tips the rounding.
		const [whole, fraction = ''] = match[1].split('.');
		const scaled = Number(whole + fraction) * UNITS[match[2].toLowerCase()];
		count = Math.round(scaled / 10 ** fraction.length);
	}
	return count <= COUNT_MAX ? count : 'invalid';
}

/** A stored count as a form field shows it: plain digits; null → ''. */
export function countInput(count: number | null) {
	return count === null ? '' : String(count);
}

export const TAGS_MAX = 20;
export const TAG_MAX_CHARS = 40;

/**
 * Tags as typed, separated by commas (also the Chinese 、 and ，), semicolons or line breaks →
 * trimmed, without a leading #, inner spaces collapsed, repeats dropped (letter case ignored,
 * the first spelling kept). Limits are checked by the caller (`tagProblem`).
 */
export function parseTags(text: string): string[] {
	const tags: string[] = [];
	const seen = new Set<string>();
	for (const part of text.normalize('NFC').split(/[,、，;；\n\r]+/)) {
		const tag = part.trim().replace(/^#+/, '').replace(/\s+/g, ' ').trim();
		const key = tag.toLowerCase();
		if (tag && !seen.has(key)) {
			seen.add(key);
			tags.push(tag);
		}
	}
	return tags;
}

/** What is wrong with a list of tags, if anything. */
export function tagProblem(tags: string[]): 'too-many' | 'too-long' | null {
	if (tags.length > TAGS_MAX) return 'too-many';
	if (tags.some((tag) => [...tag].length > TAG_MAX_CHARS)) return 'too-long';
	return null;
}

/** Stored tags as the form's text field shows them. */
export function tagsInput(tags: readonly string[]) {
	return tags.join(', ');
}
