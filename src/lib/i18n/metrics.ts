import { channelName } from '$lib/i18n/channels';
import type { MetricKind, MetricNature } from '$lib/domain/metrics';
import { m } from '$lib/paraglide/messages';

const NAMES: Record<MetricKind, () => string> = {
	email_subscribers: m.metric_kind_email_subscribers,
	sms_subscribers: m.metric_kind_sms_subscribers,
	followers: m.metric_kind_followers,
	community_members: m.metric_kind_community_members,
	customers: m.metric_kind_customers,
	sessions: m.metric_kind_sessions,
	visitors: m.metric_kind_visitors,
	signups: m.metric_kind_signups,
	unsubscribes: m.metric_kind_unsubscribes,
	orders: m.metric_kind_orders,
	revenue: m.metric_kind_revenue
};

/** The catalogue name of a metric kind in the current language. */
export function metricKindName(kind: MetricKind | string) {
	return (NAMES[kind as MetricKind] ?? m.metric_kind_followers)();
}

export function metricNatureName(nature: MetricNature) {
	return nature === 'stock' ? m.metric_nature_stock() : m.metric_nature_flow();
}

/**
 * How a metric reads everywhere: its own label or its kind, then its channel
 * ("Followers · TikTok", "Welcome list · Email").
 */
export function metricName(metric: {
	kind: MetricKind | string;
	label: string;
	channelKind: string;
	channelLabel: string;
}) {
	return m.metric_of_channel({
		metric: metric.label || metricKindName(metric.kind),
		channel: metric.channelLabel || channelName(metric.channelKind)
	});
}
