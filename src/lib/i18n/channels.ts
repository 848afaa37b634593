import type { ChannelKind } from '$lib/domain/channels';
import { m } from '$lib/paraglide/messages';

const NAMES: Record<ChannelKind, () => string> = {
	xiaohongshu: m.channel_xiaohongshu,
	douyin: m.channel_douyin,
	tiktok: m.channel_tiktok,
	instagram: m.channel_instagram,
	youtube: m.channel_youtube,
	facebook: m.channel_facebook,
	pinterest: m.channel_pinterest,
	wechat: m.channel_wechat,
	weibo: m.channel_weibo,
	bilibili: m.channel_bilibili,
	email: m.channel_email,
	sms: m.channel_sms,
	storefront: m.channel_storefront,
	blog: m.channel_blog,
	amazon_store: m.channel_amazon_store,
	amazon_posts: m.channel_amazon_posts,
	community: m.channel_community,
	other: m.channel_other
};

/** The catalogue name of a channel kind in the current language. */
export function channelName(kind: ChannelKind | string) {
	return (NAMES[kind as ChannelKind] ?? m.channel_other)();
}

export function ownershipName(ownership: 'owned' | 'rented' | string) {
	return ownership === 'owned' ? m.ownership_owned() : m.ownership_rented();
}
