import { isLocale, locales, type Locale } from '$lib/paraglide/runtime';

export { locales, type Locale };

export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', 'zh-CN': '中文' };

export function toLocaleOrNull(value: unknown): Locale | null {
	return typeof value === 'string' && isLocale(value) ? value : null;
}
