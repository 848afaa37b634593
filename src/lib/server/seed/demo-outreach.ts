import { eq } from 'drizzle-orm';
import { handleKey, type CreatorPlatform, type DeliverableKind } from '../../domain/creators';
import { proposeFollowUp, STAGES, type Stage } from '../../domain/pipeline';
import { scheduleAt } from '../../domain/schedule';
import { addDays, today } from '../../domain/zoned-time';
import type { Db } from '../db/client';
import {
	brands,
	campaigns,
	channels,
	collaborationEvents,
	collaborations,
	contentItems,
	creatorProfiles,
	creators,
	deliverables,
	samples
} from '../db/schema';
import { newId } from '../db/ids';
import { DEMO_CREATORS } from './demo-creators';

type DemoCollab = {
	creator: string;
	stage: Stage;
	/** Days since the stage was reached (positive = in the past). */
	daysInStage: number;
	feeMinor?: number;
	currency?: string;
	product?: string;
	brief: string;
	promoCode?: string;
	campaign?: boolean;
	deliverable?: {
		kind: DeliverableKind;
		platform: CreatorPlatform;
		caption: string;
		dueIn: number;
	};
	/** Views, engagements, clicks, orders, revenue in minor units (content live and paid only). */
	results?: [number, number, number, number, number];
	sample?: {
		product: string;
		sku: string;
		shipFrom: 'china' | 'overseas_warehouse' | 'fba_removal' | 'third_party';
		carrier: string;
		tracking: string;
		landed: number;
		shipping: number;
		delivered: boolean;
	};
};

const MAT_SAMPLE = { product: 'Bloom prenatal mat', sku: 'BB-MAT-01', landed: 1_850 };
const CHEW_SAMPLE = { product: '耐咬磨牙棒 XL 三件装', sku: 'BC-CHEW-XL3', landed: 620 };

// Ten per brand across every stage; exactly one collaboration has an open compliance finding
// (Brooke's live TikTok caption has no disclosure although she is paid) for the demo to fix.
const COLLABS: Record<string, DemoCollab[]> = {
	'Bump & Bloom': [
		{
			creator: 'Rachel Kim',
			stage: 'prospect',
			daysInStage: 1,
			brief: 'Pilates-for-pregnancy angle; check audience is US.'
		},
		{
			creator: 'Hannah Schultz',
			stage: 'contacted',
			daysInStage: 6,
			brief: 'Pinterest nursery-corner idea board featuring the mat.'
		},
		{
			creator: 'Jess Whitfield',
			stage: 'negotiating',
			daysInStage: 2,
			feeMinor: 30_000,
			brief: 'One carousel on her evening routine; gifted mat + fee.',
			product: 'Bloom prenatal mat'
		},
		{
			creator: 'Lauren Brooks',
			stage: 'agreed',
			daysInStage: 1,
			product: 'Bloom prenatal mat',
			brief: 'Gifted mat in exchange for an honest post if she likes it. Disclose as #gifted.',
			campaign: true,
			deliverable: { kind: 'carousel', platform: 'instagram', caption: '', dueIn: 12 }
		},
		{
			creator: 'Maya Chen',
			stage: 'sample_shipped',
			daysInStage: 4,
			feeMinor: 60_000,
			product: 'Bloom prenatal mat',
			promoCode: 'MAYA15',
			campaign: true,
			brief: 'TikTok: unroll + knee test, second-trimester flow. Paid partnership label on.',
			deliverable: {
				kind: 'short_video',
				platform: 'tiktok',
				caption: 'Paid partnership with @bumpandbloom — my knees finally stopped hurting 🧘‍♀️ #ad',
				dueIn: 6
			},
			sample: {
				...MAT_SAMPLE,
				shipFrom: 'overseas_warehouse',
				carrier: 'UPS',
				tracking: '1Z999AA10123456784',
				shipping: 1_200,
				delivered: false
			}
		},
		{
			creator: 'Emily Carter',
			stage: 'sample_shipped',
			daysInStage: 9,
			feeMinor: 150_000,
			product: 'Bloom prenatal mat',
			brief: 'Long-form review among three prenatal mats; our mat must be disclosed as sponsored.',
			deliverable: { kind: 'long_video', platform: 'youtube', caption: '', dueIn: 10 },
			sample: {
				...MAT_SAMPLE,
				shipFrom: 'fba_removal',
				carrier: 'USPS',
				tracking: '9400111899223197428490',
				shipping: 900,
				delivered: true
			}
		},
		{
			creator: 'Brooke Alvarez',
			stage: 'content_live',
			daysInStage: 3,
			feeMinor: 120_000,
			product: 'Bloom prenatal mat',
			promoCode: 'BROOKE20',
			campaign: true,
			brief: 'Two TikToks: trimester 1 vs 3, same pose two ways.',
			deliverable: {
				kind: 'short_video',
				platform: 'tiktok',
				caption:
					'Trimester 1 vs trimester 3 — same pose, two ways 🤰 The mat with the knee lines is from Bump & Bloom, code BROOKE20 for 20% off',
				dueIn: -3
			},
			results: [96_400, 7_150, 1_310, 41, 266_500],
			sample: {
				...MAT_SAMPLE,
				shipFrom: 'overseas_warehouse',
				carrier: 'UPS',
				tracking: '1Z999AA10123456785',
				shipping: 1_200,
				delivered: true
			}
		},
		{
			creator: 'Dr. Priya Natarajan',
			stage: 'content_live',
			daysInStage: 5,
			feeMinor: 90_000,
			product: 'Bloom prenatal mat',
			promoCode: 'PRIYA10',
			brief: 'Reel: three pelvic-floor safe poses. Disclose as paid partnership.',
			deliverable: {
				kind: 'short_video',
				platform: 'instagram',
				caption:
					'#ad Paid partnership with @bumpandbloom. 3 pelvic-floor-safe poses for the second trimester…',
				dueIn: -5
			},
			results: [38_900, 3_020, 640, 18, 117_000],
			sample: {
				...MAT_SAMPLE,
				shipFrom: 'overseas_warehouse',
				carrier: 'FedEx',
				tracking: '771234567890',
				shipping: 1_400,
				delivered: true
			}
		},
		{
			creator: 'Kayla Nguyen',
			stage: 'paid',
			daysInStage: 12,
			feeMinor: 25_000,
			product: 'Bloom prenatal mat',
			promoCode: 'KAYLA10',
			brief: 'UGC-style unboxing, usage rights 90 days for ads.',
			deliverable: {
				kind: 'short_video',
				platform: 'tiktok',
				caption: '#ad unboxing my @bumpandbloom mat at 24 weeks',
				dueIn: -20
			},
			results: [21_300, 1_880, 402, 9, 58_500],
			sample: {
				...MAT_SAMPLE,
				shipFrom: 'overseas_warehouse',
				carrier: 'USPS',
				tracking: '9400111899223197428491',
				shipping: 900,
				delivered: true
			}
		},
		{
			creator: 'Olivia Grant',
			stage: 'no_reply',
			daysInStage: 15,
			brief: 'Postpartum recovery series; three emails, no answer.'
		}
	],
	'大嚼家 BigChew': [
		{
			creator: 'Max Müller',
			stage: 'prospect',
			daysInStage: 0,
			brief: 'Rottweiler-Kauprobe: 30 Tage Haltbarkeit.'
		},
		{
			creator: 'Freya Scott',
			stage: 'contacted',
			daysInStage: 8,
			brief: '旅行途中的耐咬玩具，英国市场。'
		},
		{
			creator: 'Aisha Rahman',
			stage: 'negotiating',
			daysInStage: 3,
			feeMinor: 25_000,
			product: '耐咬磨牙棒 XL 三件装',
			brief: 'Rescue-dog enrichment reel; fee + products for the shelter.'
		},
		{
			creator: 'Ollie Bennett',
			stage: 'agreed',
			daysInStage: 2,
			feeMinor: 60_000,
			product: '耐咬磨牙棒 XL 三件装',
			campaign: true,
			brief: 'Review video: 30-day chew test vs two rivals. Sponsored segment disclosed up front.',
			deliverable: { kind: 'long_video', platform: 'youtube', caption: '', dueIn: 14 }
		},
		{
			creator: 'Tom Hughes',
			stage: 'sample_shipped',
			daysInStage: 5,
			feeMinor: 90_000,
			product: '耐咬磨牙棒 XL 三件装',
			promoCode: 'TOMCHEW',
			campaign: true,
			brief: 'Training session using the chew as a reward; paid partnership label.',
			deliverable: {
				kind: 'long_video',
				platform: 'youtube',
				caption: 'Paid partnership with BigChew. The only chew my lab hasn’t destroyed in a week…',
				dueIn: 9
			},
			sample: {
				...CHEW_SAMPLE,
				shipFrom: 'china',
				carrier: 'YunExpress',
				tracking: 'YT2433421266003917',
				shipping: 780,
				delivered: false
			}
		},
		{
			creator: '汪星测评局',
			stage: 'content_live',
			daysInStage: 4,
			feeMinor: 500_000,
			currency: 'CNY',
			product: '耐咬磨牙棒 XL 三件装',
			promoCode: 'WXLAB',
			brief: 'B站测评：大型犬磨牙棒横评，品牌合作需在开头口播说明。',
			deliverable: {
				kind: 'long_video',
				platform: 'bilibili',
				caption: '【品牌合作】大型犬磨牙棒横评｜三款实测30天',
				dueIn: -4
			},
			results: [182_000, 12_400, 2_050, 63, 1_890_000],
			sample: {
				...CHEW_SAMPLE,
				shipFrom: 'china',
				carrier: 'SF Express',
				tracking: 'SF1428309442785',
				shipping: 0,
				delivered: true
			}
		},
		{
			creator: 'Sam Patel',
			stage: 'content_live',
			daysInStage: 2,
			feeMinor: 70_000,
			product: '耐咬磨牙棒 XL 三件装',
			promoCode: 'VETSAM',
			campaign: true,
			brief: 'Vet nurse explains safe chewing for big dogs. #ad in the first line.',
			deliverable: {
				kind: 'short_video',
				platform: 'tiktok',
				caption: '#ad Vet nurse here: what makes a chew safe for a 40 kg dog?',
				dueIn: -2
			},
			results: [74_300, 6_210, 980, 27, 94_500],
			sample: {
				...CHEW_SAMPLE,
				shipFrom: 'third_party',
				carrier: 'Royal Mail',
				tracking: 'AB123456789GB',
				shipping: 450,
				delivered: true
			}
		},
		{
			creator: 'Chloe & Bear',
			stage: 'paid',
			daysInStage: 10,
			feeMinor: 40_000,
			product: '耐咬磨牙棒 XL 三件装',
			promoCode: 'BEAR15',
			brief: 'Carousel: Bear’s week with the XL chew. #ad on slide one.',
			deliverable: {
				kind: 'carousel',
				platform: 'instagram',
				caption: '#ad Bear (68 kg) vs the BigChew XL — day 1 to day 7 🐻',
				dueIn: -18
			},
			results: [29_800, 3_460, 512, 14, 49_000],
			sample: {
				...CHEW_SAMPLE,
				shipFrom: 'overseas_warehouse',
				carrier: 'DPD',
				tracking: '15501234567890',
				shipping: 520,
				delivered: true
			}
		},
		{
			creator: '阿福爸爸 Afu Dad',
			stage: 'paid',
			daysInStage: 20,
			feeMinor: 800_000,
			currency: 'CNY',
			product: '耐咬磨牙棒 XL 三件装',
			promoCode: 'AFU88',
			brief: '抖音短视频：金毛阿福的磨牙挑战，视频开头标注“广告”。',
			deliverable: {
				kind: 'short_video',
				platform: 'douyin',
				caption: '广告｜阿福挑战大嚼家磨牙棒，能撑几天？',
				dueIn: -25
			},
			results: [640_000, 41_200, 5_300, 188, 6_020_000],
			sample: {
				...CHEW_SAMPLE,
				shipFrom: 'china',
				carrier: 'SF Express',
				tracking: 'SF1428309442786',
				shipping: 0,
				delivered: true
			}
		},
		{
			creator: 'Lena Fischer',
			stage: 'declined',
			daysInStage: 6,
			brief: 'Doggen-Kauspielzeug; sie arbeitet nur mit Bio-Marken.'
		}
	]
};

/**
 * Thirty creators in the demo workspace's directory and ten collaborations per demo brand spread
 * over the pipeline: samples on their way or delivered, promo codes, deliverables that are items
 * on the brand's calendar (published ones with results) and a stage log for each.
 */
export async function seedDemoOutreach(
	db: Db,
	workspaceId: string,
	userIds: string[],
	now = Date.now()
) {
	const creatorIds = new Map<string, string>();
	for (const creator of DEMO_CREATORS) {
		const id = newId();
		creatorIds.set(creator.name, id);
		await db.insert(creators).values({
			id,
			workspaceId,
			name: creator.name,
			niche: creator.niche,
			tags: creator.tags,
			country: creator.country,
			language: creator.language,
			email: creator.email ?? '',
			wechat: creator.wechat ?? '',
			rateCard: creator.rate
				? [{ kind: creator.rate[0], priceMinor: creator.rate[1], currency: creator.rate[2] }]
				: [],
			doNotContact: Boolean(creator.doNotContact),
			doNotContactReason: creator.doNotContact ?? '',
			totalFollowers: creator.profiles.reduce((sum, p) => sum + p[2], 0),
			createdBy: userIds[0] ?? null
		});
		await db.insert(creatorProfiles).values(
			creator.profiles.map(([platform, handle, followers, engagementBp], position) => ({
				id: newId(),
				creatorId: id,
				workspaceId,
				platform,
				handle,
				handleKey: handleKey(handle),
				url: profileUrl(platform, handle),
				followers,
				engagementBp,
				measuredOn: addDays(today('UTC', now), -14),
				position
			}))
		);
	}
	const demoBrands = await db.select().from(brands).where(eq(brands.workspaceId, workspaceId));
	for (const brand of demoBrands) {
		const plan = COLLABS[brand.name];
		if (!plan) continue;
		const brandChannels = await db.select().from(channels).where(eq(channels.brandId, brand.id));
		const [campaign] = await db.select().from(campaigns).where(eq(campaigns.brandId, brand.id));
		const day = today(brand.marketTimeZone, now);
		for (const [n, c] of plan.entries()) {
			const creatorId = creatorIds.get(c.creator);
			if (!creatorId) continue;
			await seedCollaboration(db, {
				brand,
				plan: c,
				creatorId,
				campaign: c.campaign ? (campaign ?? null) : null,
				channels: brandChannels,
				ownerId: userIds[n % userIds.length] ?? null,
				day,
				now
			});
		}
	}
}

type Context = {
	brand: typeof brands.$inferSelect;
	plan: DemoCollab;
	creatorId: string;
	campaign: typeof campaigns.$inferSelect | null;
	channels: (typeof channels.$inferSelect)[];
	ownerId: string | null;
	day: string;
	now: number;
};

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

async function seedCollaboration(db: Db, ctx: Context) {
	const { brand, plan, day, now } = ctx;
	const id = newId();
	const reached = now - plan.daysInStage * DAY_MS;
	const stageDay = addDays(day, -plan.daysInStage);
	const followUp = proposeFollowUp(plan.stage, stageDay);
	const currency = plan.currency ?? brand.currency;
	const live = plan.stage === 'content_live' || plan.stage === 'paid';
	await db.insert(collaborations).values({
		id,
		brandId: brand.id,
		creatorId: ctx.creatorId,
		campaignId: ctx.campaign?.id ?? null,
		ownerId: ctx.ownerId,
		stage: plan.stage,
		stageChangedAt: new Date(reached),
		nextStep: followUp?.step ?? '',
		followUpOn: followUp?.due ?? null,
		brief: plan.brief,
		currency,
		feeMinor: plan.feeMinor ?? null,
		productGiven: plan.product ?? '',
		promoCode: plan.promoCode ?? '',
		linkUrl: brand.websiteUrl,
		paymentStatus: plan.stage === 'paid' ? 'paid' : live ? 'invoiced' : 'unpaid',
		paymentMinor: plan.stage === 'paid' || live ? (plan.feeMinor ?? null) : null,
		paidOn: plan.stage === 'paid' ? addDays(stageDay, 0) : null,
		createdBy: ctx.ownerId
	});
	await db.insert(collaborationEvents).values(stageLog(id, plan, reached, ctx.ownerId));
	if (plan.sample) {
		const shippedOn = addDays(stageDay, plan.stage === 'sample_shipped' ? 0 : -8);
		await db.insert(samples).values({
			id: newId(),
			collaborationId: id,
			product: plan.sample.product,
			sku: plan.sample.sku,
			quantity: 1,
			shipFrom: plan.sample.shipFrom,
			carrier: plan.sample.carrier,
			trackingNumber: plan.sample.tracking,
			shippedOn,
			deliveredOn: plan.sample.delivered ? addDays(shippedOn, 5) : null,
			landedCostMinor: plan.sample.landed,
			shippingCostMinor: plan.sample.shipping
		});
	}
	if (plan.deliverable) await seedDeliverable(db, ctx, id);
}

/** The way the collaboration came to its stage: created, then one move per step reached. */
function stageLog(
	collaborationId: string,
	plan: DemoCollab,
	reached: number,
	userId: string | null
) {
	const path: Stage[] =
		plan.stage === 'declined' || plan.stage === 'no_reply'
			? ['prospect', 'contacted', plan.stage]
			: STAGES.slice(0, STAGES.indexOf(plan.stage) + 1).filter(
					(s) => s !== 'sample_shipped' || plan.sample
				);
	return path.map((stage, i) => ({
		id: newId(),
		collaborationId,
		kind: i === 0 ? ('created' as const) : ('stage' as const),
		fromStage: i === 0 ? null : path[i - 1],
		toStage: stage,
		userId,
		// Steps a few days apart, at different times of the working day.
		at: new Date(reached - (path.length - 1 - i) * (4 * DAY_MS + ((i * 5) % 7) * HOUR_MS))
	}));
}

async function seedDeliverable(db: Db, ctx: Context, collaborationId: string) {
	const { brand, plan, day } = ctx;
	const d = plan.deliverable!;
	const channel = ctx.channels.find((c) => c.kind === d.platform) ?? null;
	const dueOn = addDays(day, d.dueIn);
	const live = plan.stage === 'content_live' || plan.stage === 'paid';
	const handle = DEMO_CREATORS.find((c) => c.name === plan.creator)?.profiles.find(
		(p) => p[0] === d.platform
	)?.[1];
	const publishedUrl = live && handle ? profileUrl(d.platform, handle) : '';
	let contentItemId: string | null = null;
	// Deliverables already agreed are planned on the brand's calendar; published once live.
	if (channel && plan.stage !== 'agreed') {
		contentItemId = newId();
		const { adjustment: _, ...schedule } = scheduleAt(dueOn, '18:00', channel.timeZone);
		await db.insert(contentItems).values({
			id: contentItemId,
			brandId: brand.id,
			channelId: channel.id,
			format: d.kind,
			title: `${plan.creator} · ${d.platform}`,
			brief: plan.brief,
			caption: d.caption,
			campaignId: ctx.campaign?.id ?? null,
			ownerId: ctx.ownerId,
			status: live ? 'published' : 'scheduled',
			...schedule,
			linkUrl: brand.websiteUrl,
			publishedUrl,
			// The calendar shows the creator's post with the numbers the deliverable reports.
			views: plan.results?.[0] ?? null,
			likes: plan.results?.[1] ?? null,
			clicks: plan.results?.[2] ?? null,
			createdBy: ctx.ownerId
		});
	}
	const [views, engagements, clicks, orders, revenueMinor] = plan.results ?? [];
	await db.insert(deliverables).values({
		id: newId(),
		collaborationId,
		kind: d.kind,
		platform: d.platform,
		count: 1,
		dueOn,
		caption: d.caption,
		contentItemId,
		channelId: channel?.id ?? null,
		publishedUrl,
		views: views ?? null,
		engagements: engagements ?? null,
		clicks: clicks ?? null,
		orders: orders ?? null,
		revenueMinor: revenueMinor ?? null
	});
}

const PROFILE_URL: Partial<Record<CreatorPlatform, string>> = {
	tiktok: 'https://www.tiktok.com/@',
	instagram: 'https://www.instagram.com/',
	youtube: 'https://www.youtube.com/@',
	pinterest: 'https://www.pinterest.com/',
	douyin: 'https://www.douyin.com/search/',
	xiaohongshu: 'https://www.xiaohongshu.com/search_result?keyword=',
	bilibili: 'https://search.bilibili.com/all?keyword='
};

function profileUrl(platform: CreatorPlatform, handle: string) {
	const base = PROFILE_URL[platform];
	return base ? `${base}${encodeURIComponent(handle.replace(/\s+/g, ''))}` : '';
}
