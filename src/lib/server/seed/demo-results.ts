import { and, eq, isNull } from 'drizzle-orm';
import type { Results } from '../../domain/results';
import type { Db } from '../db/client';
import { brands, channels, contentItems } from '../db/schema';

/** A small deterministic generator (mulberry32) seeded from a string, so demo data is stable. */
export function random(seed: string) {
	let state = [...seed].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 2_654_435_761), 7) >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

// Typical reach per post for a small brand, by channel (views; opens for email and SMS).
const REACH: Record<string, [number, number]> = {
	email: [600, 1400],
	sms: [300, 700],
	tiktok: [2000, 15000],
	douyin: [2000, 15000],
	instagram: [800, 5000],
	xiaohongshu: [600, 4000],
	youtube: [400, 3000]
};

/**
 * Realistic results for one published demo post: engagement of a few per cent of views, clicks
 * about 1 %, a tenth of the clicks signing up. Inboxes have no likes, shares or saves.
 */
export function demoResults(seed: string, channelKind: string | null): Results {
	const next = random(seed);
	const [low, high] = REACH[channelKind ?? ''] ?? [500, 3000];
	const views = Math.round(low + next() * (high - low));
	const share = (min: number, max: number) => Math.round(views * (min + next() * (max - min)));
	const inbox = channelKind === 'email' || channelKind === 'sms';
	const clicks = share(inbox ? 0.03 : 0.004, inbox ? 0.08 : 0.015);
	return {
		views,
		likes: inbox ? null : share(0.02, 0.06),
		comments: inbox ? null : share(0.002, 0.008),
		shares: inbox ? null : share(0.001, 0.006),
		saves: inbox ? null : share(0.004, 0.02),
		clicks,
		signUps: Math.round(clicks * (0.05 + next() * 0.12))
	};
}

/** Fills results for the workspace's published items that have none yet (safe to run twice). */
export async function seedDemoResults(db: Db, workspaceId: string) {
	const rows = await db
		.select({ id: contentItems.id, kind: channels.kind })
		.from(contentItems)
		.innerJoin(brands, eq(brands.id, contentItems.brandId))
		.leftJoin(channels, eq(channels.id, contentItems.channelId))
		.where(
			and(
				eq(brands.workspaceId, workspaceId),
				eq(contentItems.status, 'published'),
				isNull(contentItems.views)
			)
		);
	for (const row of rows) {
		await db
			.update(contentItems)
			.set(demoResults(row.id, row.kind))
			.where(eq(contentItems.id, row.id));
	}
	return rows.length;
}
