/**
 * The metric catalogue of the owned-audience dashboard.
 *
 * A metric belongs to one channel of a brand and inherits that channel's owned/rented mark.
 * Values are kept per calendar day (YYYY-MM-DD in the brand's market time zone, no instant):
 * - a **stock** is a level read at the end of a day (subscribers, followers, members, customers):
 *   a period's value is its last recorded day; change is last minus the level before the period;
 * - a **flow** is a count that happened during a day (sessions, sign-ups, orders, revenue):
 *   a period's value is the sum of its days.
 * Money (revenue) is stored in the brand currency's minor units, like money elsewhere.
 */
import type { ChannelKind, Ownership } from './channels';

export const METRIC_NATURES = ['stock', 'flow'] as const;
export type MetricNature = (typeof METRIC_NATURES)[number];

export const METRIC_KIND_KEYS = [
	'email_subscribers',
	'sms_subscribers',
	'followers',
	'community_members',
	'customers',
	'sessions',
	'visitors',
	'signups',
	'unsubscribes',
	'orders',
	'revenue'
] as const;
export type MetricKind = (typeof METRIC_KIND_KEYS)[number];

type MetricInfo = {
	nature: MetricNature;
	unit: 'count' | 'money';
	/**
	 * Counts people who chose to hear from the brand, so it enters the owned-audience share
	 * (owned audience ÷ owned + rented audience). Customers are left out: most of them are on the
	 * email list too, and counting both would inflate what the brand owns.
	 */
	audience: boolean;
	/** A fall is good news (unsubscribes). */
	lowerIsBetter: boolean;
};

export const METRIC_INFO: Record<MetricKind, MetricInfo> = {
	email_subscribers: { nature: 'stock', unit: 'count', audience: true, lowerIsBetter: false },
	sms_subscribers: { nature: 'stock', unit: 'count', audience: true, lowerIsBetter: false },
	followers: { nature: 'stock', unit: 'count', audience: true, lowerIsBetter: false },
	community_members: { nature: 'stock', unit: 'count', audience: true, lowerIsBetter: false },
	customers: { nature: 'stock', unit: 'count', audience: false, lowerIsBetter: false },
	sessions: { nature: 'flow', unit: 'count', audience: false, lowerIsBetter: false },
	visitors: { nature: 'flow', unit: 'count', audience: false, lowerIsBetter: false },
	signups: { nature: 'flow', unit: 'count', audience: false, lowerIsBetter: false },
	unsubscribes: { nature: 'flow', unit: 'count', audience: false, lowerIsBetter: true },
	orders: { nature: 'flow', unit: 'count', audience: false, lowerIsBetter: false },
	revenue: { nature: 'flow', unit: 'money', audience: false, lowerIsBetter: false }
};

export function isMetricKind(value: unknown): value is MetricKind {
	return typeof value === 'string' && (METRIC_KIND_KEYS as readonly string[]).includes(value);
}

export function metricNature(kind: MetricKind): MetricNature {
	return METRIC_INFO[kind].nature;
}

/** What a channel of each kind usually measures, first the one that sizes its audience. */
export const SUGGESTED_METRICS: Record<ChannelKind, MetricKind[]> = {
	xiaohongshu: ['followers'],
	douyin: ['followers'],
	tiktok: ['followers'],
	instagram: ['followers'],
	youtube: ['followers'],
	facebook: ['followers'],
	pinterest: ['followers'],
	wechat: ['followers'],
	weibo: ['followers'],
	bilibili: ['followers'],
	email: ['email_subscribers', 'signups', 'unsubscribes'],
	sms: ['sms_subscribers', 'signups', 'unsubscribes'],
	storefront: ['sessions', 'visitors', 'orders', 'revenue', 'customers'],
	blog: ['sessions', 'visitors'],
	amazon_store: ['followers', 'sessions', 'orders', 'revenue'],
	amazon_posts: ['followers'],
	community: ['community_members'],
	other: ['followers']
};

/** Where a day's value came from: typed in, or a row of an import batch. */
export const VALUE_SOURCES = ['manual', 'import'] as const;
export type ValueSource = (typeof VALUE_SOURCES)[number];

/** A metric as the dashboard reads it: its kind's rules plus its channel's ownership. */
export type MetricRef = {
	id: string;
	kind: MetricKind;
	channelId: string;
	ownership: Ownership;
};

/** The largest value a day can hold: beyond any real count, inside SQLite's exact integers. */
export const METRIC_VALUE_MAX = 1_000_000_000_000;
