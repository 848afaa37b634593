/** The channel catalogue: what a brand can publish on, and whether the brand owns the audience. */

export const OWNERSHIPS = ['owned', 'rented'] as const;
export type Ownership = (typeof OWNERSHIPS)[number];

export const CHANNEL_KIND_KEYS = [
	'xiaohongshu',
	'douyin',
	'tiktok',
	'instagram',
	'youtube',
	'facebook',
	'pinterest',
	'wechat',
	'weibo',
	'bilibili',
	'email',
	'sms',
	'storefront',
	'blog',
	'amazon_store',
	'amazon_posts',
	'community',
	'other'
] as const;
export type ChannelKind = (typeof CHANNEL_KIND_KEYS)[number];

type KindInfo = {
	/** Where the audience lives: on a list or site the brand controls, or on someone's platform. */
	ownership: Ownership;
	/** Short mark for the channel icon. */
	mark: string;
	/** Icon background (the platform's own colour where it has one). */
	colour: string;
	/** Longest caption/body the platform accepts, in characters; null = no practical limit. */
	captionLimit: number | null;
};

export const CHANNEL_KINDS: Record<ChannelKind, KindInfo> = {
	xiaohongshu: { ownership: 'rented', mark: '红', colour: '#ff2442', captionLimit: 1000 },
	douyin: { ownership: 'rented', mark: '抖', colour: '#161823', captionLimit: 1000 },
	tiktok: { ownership: 'rented', mark: 'TT', colour: '#000000', captionLimit: 4000 },
	instagram: { ownership: 'rented', mark: 'IG', colour: '#c13584', captionLimit: 2200 },
	youtube: { ownership: 'rented', mark: 'YT', colour: '#cc0000', captionLimit: 5000 },
	facebook: { ownership: 'rented', mark: 'f', colour: '#1877f2', captionLimit: 63206 },
	pinterest: { ownership: 'rented', mark: 'P', colour: '#bd081c', captionLimit: 500 },
	wechat: { ownership: 'rented', mark: '微', colour: '#07a35a', captionLimit: null },
	weibo: { ownership: 'rented', mark: '博', colour: '#d52b1e', captionLimit: 2000 },
	bilibili: { ownership: 'rented', mark: 'B', colour: '#00a1d6', captionLimit: 2000 },
	email: { ownership: 'owned', mark: '@', colour: '#4b5563', captionLimit: null },
	sms: { ownership: 'owned', mark: 'SMS', colour: '#0f766e', captionLimit: 160 },
	storefront: { ownership: 'owned', mark: '店', colour: '#166534', captionLimit: null },
	blog: { ownership: 'owned', mark: 'Bl', colour: '#7c2d12', captionLimit: null },
	amazon_store: { ownership: 'rented', mark: 'a', colour: '#232f3e', captionLimit: null },
	amazon_posts: { ownership: 'rented', mark: 'aP', colour: '#232f3e', captionLimit: 2000 },
	community: { ownership: 'owned', mark: '群', colour: '#5865f2', captionLimit: null },
	other: { ownership: 'rented', mark: '…', colour: '#6b7280', captionLimit: null }
};

export function isChannelKind(value: unknown): value is ChannelKind {
	return typeof value === 'string' && (CHANNEL_KIND_KEYS as readonly string[]).includes(value);
}

/** Email, SMS, storefront, blog and community audiences survive a platform ban; the rest do not. */
export function defaultOwnership(kind: ChannelKind): Ownership {
	return CHANNEL_KINDS[kind].ownership;
}

export function groupByOwnership<T extends { ownership: Ownership }>(items: readonly T[]) {
	return {
		owned: items.filter((item) => item.ownership === 'owned'),
		rented: items.filter((item) => item.ownership === 'rented')
	};
}
