/** Tracked links: UTM parameters added to an item's link, so clicks are credited to the post. */

export type UtmTags = { source: string; medium: string; campaign: string; content: string };

const MAX_SLUG = 60;

/**
 * Lower-case words joined by hyphens, for UTM values. Letters of any script are kept (a Chinese
 * title stays Chinese; the URL percent-encodes it); accents are dropped so "Café" → "cafe".
 */
export function slugify(text: string) {
	return text
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|(?<!-)-+$/g, '')
		.slice(0, MAX_SLUG)
		.replace(/(?<!-)-+$/, '');
}

/** Owned inboxes are their own medium in analytics; every other channel is social. */
export function utmMedium(channelKind: string | null | undefined) {
	if (channelKind === 'email') return 'email';
	if (channelKind === 'sms') return 'sms';
	return 'social';
}

const isUtmKey = (part: string) => {
	const key = part.split('=')[0];
	try {
		return decodeURIComponent(key.replace(/\+/g, ' ')).toLowerCase().startsWith('utm_');
	} catch {
		return key.toLowerCase().startsWith('utm_');
	}
};

/**
 * The URL with our UTM tags: other query parameters are kept exactly as written, any utm_* already
 * there is replaced, empty tags are left out. Anything that is not an http(s) address → null.
 */
export function buildTrackedUrl(url: string, tags: UtmTags): string | null {
	let parsed: URL;
	try {
		parsed = new URL(url.trim());
	} catch {
		return null;
	}
	if (!/^https?:$/.test(parsed.protocol) || !parsed.hostname) return null;
	const kept = parsed.search
		.slice(1)
		.split('&')
		.filter((part) => part && !isUtmKey(part));
	const ours = Object.entries({
		utm_source: tags.source,
		utm_medium: tags.medium,
		utm_campaign: tags.campaign,
		utm_content: tags.content
	})
		.filter(([, value]) => value)
		.map(([key, value]) => `${key}=${encodeURIComponent(value)}`);
	const query = [...kept, ...ours].join('&');
	return `${parsed.origin}${parsed.pathname}${query ? `?${query}` : ''}${parsed.hash}`;
}
