/**
 * Shared Intl formatters. Building an Intl.DateTimeFormat costs far more than using one (the
 * week view formatted 84 day labels with 84 new formatters: ~10 ms a request), so each locale and
 * option set is built once per process and reused. Keys are few (our locales × the option sets in
 * the code × the zones brands use); the cap only guards against an unexpected flood of zones.
 */
const MAX_ENTRIES = 2_000;

function cached<T, O extends object>(build: (locale: string | string[], options?: O) => T) {
	const cache = new Map<string, T>();
	return (locale: string | string[], options?: O): T => {
		const key = `${String(locale)}|${options ? JSON.stringify(options) : ''}`;
		let formatter = cache.get(key);
		if (!formatter) {
			if (cache.size >= MAX_ENTRIES) cache.clear();
			formatter = build(locale, options);
			cache.set(key, formatter);
		}
		return formatter;
	};
}

export const dateTimeFormat = cached(
	(locale, options?: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options)
);
export const numberFormat = cached(
	(locale, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options)
);
export const displayNames = cached(
	(locale, options?: Intl.DisplayNamesOptions) => new Intl.DisplayNames(locale, options!)
);
