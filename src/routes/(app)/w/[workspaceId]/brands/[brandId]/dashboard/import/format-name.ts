import { m } from '$lib/paraglide/messages';

const NAMES: Record<string, () => string> = {
	shopify_sessions: m.imp_format_shopify_sessions,
	ga4: m.imp_format_ga4,
	klaviyo: m.imp_format_klaviyo,
	plain: m.imp_format_plain,
	mapped: m.imp_format_mapped
};

/** An import format's name in the current language. */
export const formatName = (format: string) => (NAMES[format] ?? m.imp_format_mapped)();
