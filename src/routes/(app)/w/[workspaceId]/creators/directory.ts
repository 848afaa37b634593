/** The directory's view state, read from the URL so a link reproduces it (filters, sort, page). */
import { isCountryCode } from '$lib/domain/countries';
import { isCreatorLanguage, parseCount } from '$lib/domain/creator-input';
import { isCreatorPlatform, parseEngagementRate } from '$lib/domain/creators';
import type { DirectoryFilters, DirectoryPage, DirectorySort } from '$lib/server/queries/creators';

export const SORTS = ['name', 'reach', 'engagement', 'newest'] as const satisfies DirectorySort[];
export const DNC_CHOICES = ['show', 'hide', 'only'] as const;
/** The direction each sort starts in: names A→Z, the biggest and newest first. */
export const DEFAULT_DIR: Record<DirectorySort, 'asc' | 'desc'> = {
	name: 'asc',
	reach: 'desc',
	engagement: 'desc',
	newest: 'desc'
};
/** Far past any directory's last page; keeps the SQL offset a small integer. */
const MAX_PAGE = 100_000;

/** The filter form's fields, as typed (shown again as they were). */
export const FILTER_FIELDS = [
	'q',
	'platform',
	'min',
	'max',
	'er',
	'niche',
	'country',
	'language',
	'tag',
	'dnc'
] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

export function readDirectory(params: URLSearchParams) {
	const text = (name: string, max: number) => (params.get(name) ?? '').trim().slice(0, max);
	const typed = Object.fromEntries(FILTER_FIELDS.map((f) => [f, text(f, 100)])) as Record<
		FilterField,
		string
	>;
	const invalid: FilterField[] = [];
	const count = (field: 'min' | 'max') => {
		const value = parseCount(typed[field]);
		if (value === 'invalid') invalid.push(field);
		return typeof value === 'number' ? value : null;
	};
	const er = parseEngagementRate(typed.er);
	if (er === 'invalid') invalid.push('er');
	const platform = isCreatorPlatform(typed.platform) ? typed.platform : null;
	const country = typed.country.toUpperCase();
	const dnc = DNC_CHOICES.find((c) => c === typed.dnc) ?? 'show';
	const filters: DirectoryFilters = {
		q: typed.q,
		platform,
		minFollowers: count('min'),
		maxFollowers: count('max'),
		minEngagementBp: typeof er === 'number' ? er : null,
		niche: typed.niche,
		country: isCountryCode(country) ? country : '',
		language: isCreatorLanguage(typed.language) ? typed.language : '',
		tag: typed.tag.slice(0, 40),
		doNotContact: dnc
	};
	const sort = SORTS.find((s) => s === params.get('sort')) ?? 'name';
	const dirParam = params.get('dir');
	const dir = dirParam === 'asc' || dirParam === 'desc' ? dirParam : DEFAULT_DIR[sort];
	const page = Number(params.get('page'));
	const state: DirectoryPage = {
		sort,
		dir,
		page: Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1
	};
	const active = FILTER_FIELDS.filter((f) => f !== 'dnc' && typed[f] && !invalid.includes(f));
	return {
		filters,
		page: state,
		typed: { ...typed, dnc },
		invalid,
		/** How many filters narrow the list (do-not-contact counts unless it is "show"). */
		activeCount: active.length + (dnc === 'show' ? 0 : 1)
	};
}

/** The same URL with some parameters replaced or removed (the rest kept). */
export function withParams(url: URL, changes: Record<string, string | null>) {
	const params = new URLSearchParams(url.search);
	for (const [name, value] of Object.entries(changes)) {
		if (value) params.set(name, value);
		else params.delete(name);
	}
	const query = params.toString();
	return query ? `?${query}` : url.pathname;
}

/** The filters of the URL only (no sort or page), e.g. for the CSV export of this selection. */
export function filterQuery(url: URL) {
	const params = new URLSearchParams();
	for (const field of FILTER_FIELDS) {
		const value = url.searchParams.get(field)?.trim();
		if (value) params.set(field, value);
	}
	return params.toString();
}
