import { and, eq, gte, inArray, lt } from 'drizzle-orm';
import type { Format, Status } from '../../domain/content';
import { scheduleAt } from '../../domain/schedule';
import { addDays, today } from '../../domain/zoned-time';
import type { Db } from '../db/client';
import {
	brands,
	campaigns,
	channels,
	contentItems,
	itemComments,
	personas,
	pillars
} from '../db/schema';
import { newId } from '../db/ids';
import { createItem } from '../queries/items';
import { createSeries } from '../queries/series';

type Plan = { kind: string; weekdays: number[]; time: string; format: Format; titles: string[] };

// What each demo brand publishes in a typical week (0 = Sunday), with rotating titles.
const PLANS: Record<string, Plan[]> = {
	'Bump & Bloom': [
		{
			kind: 'instagram',
			weekdays: [1, 3, 5],
			time: '19:30',
			format: 'carousel',
			titles: [
				'3 poses for second-trimester back pain',
				'What our mat’s guide lines mean',
				'Sarah’s 20-minute evening flow',
				'Ask an instructor: is it safe?'
			]
		},
		{
			kind: 'tiktok',
			weekdays: [2, 4, 6],
			time: '12:00',
			format: 'short_video',
			titles: [
				'Mat unroll + knee test',
				'Trimester 1 vs 3: same pose, two ways',
				'Instructor Ines answers comments'
			]
		},
		{
			kind: 'pinterest',
			weekdays: [0, 3],
			time: '20:00',
			format: 'carousel',
			titles: ['Prenatal yoga checklist', 'Nursery corner yoga space ideas']
		},
		{
			kind: 'email',
			weekdays: [4],
			time: '08:00',
			format: 'email',
			titles: ['Trimester letter: week by week', 'Bloom club: new pose guide']
		}
	],
	'大嚼家 BigChew': [
		{
			kind: 'instagram',
			weekdays: [1, 3, 5],
			time: '18:00',
			format: 'carousel',
			titles: ['30 天咬力实测：拉布拉多', '用户晒图：Emma 家的 Max', '天然橡胶是怎么做出来的']
		},
		{
			kind: 'tiktok',
			weekdays: [2, 4, 6],
			time: '17:30',
			format: 'short_video',
			titles: ['德牧 vs 磨牙棒 挑战', '一分钟看懂体重分级', '工厂质检幕后']
		},
		{
			kind: 'youtube',
			weekdays: [6],
			time: '10:00',
			format: 'long_video',
			titles: ['训犬师 Jonas 测评 (德语)', '大型犬分离焦虑 5 个方法']
		},
		{
			kind: 'email',
			weekdays: [2],
			time: '07:30',
			format: 'email',
			titles: ['大狗俱乐部周报', '黑五预告：会员先享']
		}
	]
};

const weekdayOf = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay();

/** Eight weeks around today of a realistic plan per demo brand, plus ideas, a campaign, comments. */
export async function seedDemoCalendar(
	db: Db,
	workspaceId: string,
	userIds: string[],
	now = Date.now()
) {
	const demoBrands = await db.select().from(brands).where(eq(brands.workspaceId, workspaceId));
	for (const brand of demoBrands) {
		const plans = PLANS[brand.name];
		if (!plans) continue;
		const brandChannels = await db.select().from(channels).where(eq(channels.brandId, brand.id));
		const brandPillars = await db.select().from(pillars).where(eq(pillars.brandId, brand.id));
		const brandPersonas = await db.select().from(personas).where(eq(personas.brandId, brand.id));
		const start = addDays(today(brand.marketTimeZone, now), -28);
		const campaignId = newId();
		await db.insert(campaigns).values({
			id: campaignId,
			brandId: brand.id,
			name: brand.currency === 'USD' ? 'Holiday gifting for moms-to-be' : '黑五大促 Black Friday',
			goal:
				brand.currency === 'USD'
					? 'Grow the Bloom club list by 800'
					: '邮件名单 +1000，独立站订单 +30%',
			personaId: brandPersonas[0]?.id ?? null,
			startDate: addDays(start, 28 - 5),
			endDate: addDays(start, 28 + 12),
			budgetMinor: 150_000,
			utmCampaign: brand.currency === 'USD' ? 'holiday-2026' : 'black-friday-2026'
		});
		let n = 0;
		for (let day = 0; day < 56; day++) {
			const date = addDays(start, day);
			for (const plan of plans) {
				if (!plan.weekdays.includes(weekdayOf(date))) continue;
				const channel = brandChannels.find((c) => c.kind === plan.kind);
				if (!channel) continue;
				n++;
				const past = day < 28;
				const status: Status = past
					? n % 9 === 0
						? 'skipped'
						: 'published'
					: day < 31
						? 'scheduled'
						: day < 38
							? n % 2
								? 'approved'
								: 'in_review'
							: n % 3
								? 'draft'
								: 'idea';
				const { adjustment: _, ...schedule } = scheduleAt(date, plan.time, channel.timeZone);
				const id = await createItem(
					db,
					brand.id,
					{
						channelId: channel.id,
						format: plan.format,
						title: plan.titles[n % plan.titles.length],
						brief:
							n % 5 === 0
								? ''
								: 'Hook in the first 2 seconds; show the product in use; end with the club sign-up.',
						caption: '',
						pillarId: brandPillars[n % brandPillars.length]?.id ?? null,
						personaId: brandPersonas[n % brandPersonas.length]?.id ?? null,
						campaignId: day >= 23 && day <= 40 ? campaignId : null,
						ownerId: n % 7 === 0 ? null : userIds[n % userIds.length],
						status,
						linkUrl: brand.websiteUrl,
						publishedUrl: '',
						...schedule
					},
					userIds[0]
				);
				if (n === 40) {
					await db.insert(itemComments).values([
						{
							id: newId(),
							itemId: id,
							authorId: userIds[1] ?? userIds[0],
							body:
								brand.currency === 'USD'
									? 'Can we show the knee padding close-up in the first frame?'
									: '开头三秒先放咬力测试画面？',
							createdAt: new Date(now - 3_600_000)
						},
						{
							id: newId(),
							itemId: id,
							authorId: userIds[0],
							body:
								brand.currency === 'USD'
									? 'Yes — swapping the order now.'
									: '好的，我调整一下顺序。',
							createdAt: new Date(now - 1_800_000)
						}
					]);
				}
			}
		}
		const ideas =
			brand.currency === 'USD'
				? [
						'Partner with a doula for a live Q&A',
						'Mat care guide (cleaning, storage)',
						'Dad’s perspective: supporting prenatal practice'
					]
				: ['和宠物医院合作的牙齿护理直播', '圣诞款礼盒开箱', '德国用户采访系列'];
		for (const title of ideas) {
			await createItem(
				db,
				brand.id,
				{
					channelId: null,
					format: 'other',
					title,
					brief: '',
					caption: '',
					pillarId: null,
					personaId: null,
					campaignId: null,
					ownerId: null,
					status: 'idea',
					linkUrl: '',
					publishedUrl: '',
					scheduledDate: null,
					scheduledTime: null,
					timeZone: null,
					scheduledAt: null
				},
				userIds[0]
			);
		}
	}
}

type SeriesPlan = {
	kind: string;
	/** ISO weekdays (1 = Monday). */
	weekdays: number[];
	interval: number;
	count: number;
	time: string;
	format: Format;
	title: string;
	brief: string;
};

// Recurring items per demo brand: a weekly newsletter and a fortnightly live stream. The
// newsletter avoids the day the brand's PLANS already send an email on.
const SERIES_PLANS: Record<string, SeriesPlan[]> = {
	'Bump & Bloom': [
		{
			kind: 'email',
			weekdays: [1],
			interval: 1,
			count: 8,
			time: '07:00',
			format: 'email',
			title: 'Monday mat notes',
			brief: 'One pose, one tip from an instructor, one club perk. Under 200 words.'
		},
		{
			kind: 'instagram',
			weekdays: [7],
			interval: 2,
			count: 4,
			time: '19:00',
			format: 'live',
			title: 'Live: Sunday evening flow with Ines',
			brief: '30-minute gentle flow; answer questions about the mat at the end.'
		}
	],
	'大嚼家 BigChew': [
		{
			kind: 'email',
			weekdays: [4],
			interval: 1,
			count: 8,
			time: '08:00',
			format: 'email',
			title: '周四咬力周报',
			brief: '本周测评一款 + 用户晒图一张 + 会员优惠码。'
		},
		{
			kind: 'tiktok',
			weekdays: [6],
			interval: 2,
			count: 4,
			time: '20:00',
			format: 'live',
			title: '直播：大狗磨牙挑战',
			brief: '现场测试三款磨牙棒，回答体重分级问题。'
		}
	]
};

/**
 * Eight weeks of recurring items per demo brand, laid out by real series rules from four weeks
 * ago: occurrences already past are published, the coming week's scheduled, later ones drafts.
 */
export async function seedDemoSeries(
	db: Db,
	workspaceId: string,
	userIds: string[],
	now = Date.now()
) {
	const demoBrands = await db.select().from(brands).where(eq(brands.workspaceId, workspaceId));
	for (const brand of demoBrands) {
		const brandChannels = await db.select().from(channels).where(eq(channels.brandId, brand.id));
		const brandPillars = await db.select().from(pillars).where(eq(pillars.brandId, brand.id));
		for (const [n, plan] of (SERIES_PLANS[brand.name] ?? []).entries()) {
			const channel = brandChannels.find((c) => c.kind === plan.kind);
			if (!channel) continue;
			const day = today(channel.timeZone, now);
			const created = await createSeries(
				db,
				brand.id,
				{
					frequency: 'weekly',
					interval: plan.interval,
					weekdays: plan.weekdays,
					startDate: addDays(day, -28),
					until: null,
					count: plan.count
				},
				{
					channelId: channel.id,
					format: plan.format,
					title: plan.title,
					brief: plan.brief,
					caption: '',
					pillarId: brandPillars[n % Math.max(brandPillars.length, 1)]?.id ?? null,
					personaId: null,
					campaignId: null,
					ownerId: userIds[n % userIds.length] ?? null,
					status: 'draft',
					linkUrl: brand.websiteUrl,
					publishedUrl: ''
				},
				{ time: plan.time, zone: channel.timeZone },
				userIds[0]
			);
			if (!created.ok) continue;
			const ids = inArray(contentItems.id, created.itemIds);
			await db
				.update(contentItems)
				.set({ status: 'published' })
				.where(and(ids, lt(contentItems.scheduledDate, day)));
			await db
				.update(contentItems)
				.set({ status: 'scheduled' })
				.where(
					and(
						ids,
						gte(contentItems.scheduledDate, day),
						lt(contentItems.scheduledDate, addDays(day, 7))
					)
				);
		}
	}
}
