import { eq } from 'drizzle-orm';
import type { Format, Status } from '../domain/content';
import { scheduleAt } from '../domain/schedule';
import { addDays, today } from '../domain/zoned-time';
import type { Db } from './db/client';
import { brands, campaigns, channels, itemComments, personas, pillars } from './db/schema';
import { newId } from './crypto';
import { createItem } from './queries/items';

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

/** Results for the published demo items (see demo-results.ts); call after seedDemoCalendar. */
export { seedDemoResults } from './demo-results';
