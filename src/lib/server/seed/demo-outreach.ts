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

type Profile = [platform: CreatorPlatform, handle: string, followers: number, engagementBp: number];
type DemoCreator = {
	name: string;
	country: string;
	language: string;
	niche: string;
	tags: string[];
	profiles: Profile[];
	email?: string;
	wechat?: string;
	rate?: [DeliverableKind, number, string];
	doNotContact?: string;
};

// Thirty creators across the platforms and markets the two demo brands sell into (a workspace's
// directory is shared by its brands). Numbers are typical of micro and mid-tier creators.
const CREATORS: DemoCreator[] = [
	// Prenatal and postnatal fitness, US and Canada (Bump & Bloom)
	{
		name: 'Maya Chen',
		country: 'US',
		language: 'en',
		niche: 'prenatal yoga',
		tags: ['yoga', 'pregnancy'],
		profiles: [
			['instagram', 'mayamovesmama', 48_200, 420],
			['tiktok', 'mayamovesmama', 131_000, 610]
		],
		email: 'maya@mayamoves.example',
		rate: ['short_video', 60_000, 'USD']
	},
	{
		name: 'Brooke Alvarez',
		country: 'US',
		language: 'en',
		niche: 'pregnancy fitness',
		tags: ['fitness', 'pregnancy'],
		profiles: [['tiktok', 'fitbumpbrooke', 286_000, 540]],
		email: 'brooke@collabs.example',
		rate: ['short_video', 120_000, 'USD']
	},
	{
		name: 'Dr. Priya Natarajan',
		country: 'US',
		language: 'en',
		niche: 'pelvic floor physio',
		tags: ['physio', 'expert'],
		profiles: [
			['instagram', 'pelvicpriya', 92_500, 380],
			['youtube', 'PelvicPriyaPT', 41_300, 290]
		],
		email: 'hello@pelvicpriya.example',
		rate: ['long_video', 180_000, 'USD']
	},
	{
		name: 'Jess Whitfield',
		country: 'CA',
		language: 'en',
		niche: 'mom life',
		tags: ['mom', 'lifestyle'],
		profiles: [['instagram', 'jesswhitfieldhome', 23_900, 510]],
		email: 'jess.whitfield@mail.example',
		rate: ['carousel', 35_000, 'CAD']
	},
	{
		name: 'Lauren Brooks',
		country: 'US',
		language: 'en',
		niche: 'birth doula',
		tags: ['doula', 'expert'],
		profiles: [
			['instagram', 'doulalauren', 15_400, 720],
			['pinterest', 'doulalauren', 8_100, 150]
		],
		email: 'lauren@doulalauren.example'
	},
	{
		name: 'Amara Okafor',
		country: 'US',
		language: 'en',
		niche: 'yoga teacher',
		tags: ['yoga', 'teacher'],
		profiles: [
			['youtube', 'AmaraFlows', 212_000, 340],
			['instagram', 'amaraflows', 77_000, 260]
		],
		email: 'team@amaraflows.example',
		rate: ['long_video', 250_000, 'USD']
	},
	{
		name: 'Sophie Tremblay',
		country: 'CA',
		language: 'fr',
		niche: 'yoga prénatal',
		tags: ['yoga', 'québec'],
		profiles: [['instagram', 'sophie.yoga.mtl', 18_700, 480]],
		email: 'sophie@yogamtl.example'
	},
	{
		name: 'Kayla Nguyen',
		country: 'US',
		language: 'en',
		niche: 'first-time mom',
		tags: ['mom', 'ugc'],
		profiles: [['tiktok', 'kaylaexpecting', 54_800, 880]],
		email: 'kayla.ugc@mail.example',
		rate: ['short_video', 25_000, 'USD']
	},
	{
		name: 'Rachel Kim',
		country: 'US',
		language: 'en',
		niche: 'pilates',
		tags: ['pilates', 'fitness'],
		profiles: [
			['instagram', 'rachelpilatesbump', 33_100, 390],
			['tiktok', 'rachelpilatesbump', 61_000, 470]
		]
	},
	{
		name: 'Hannah Schultz',
		country: 'US',
		language: 'en',
		niche: 'nursery design',
		tags: ['home', 'nursery'],
		profiles: [['pinterest', 'hannahsnursery', 145_000, 120]],
		email: 'hannah@nurserynotes.example'
	},
	{
		name: 'Olivia Grant',
		country: 'CA',
		language: 'en',
		niche: 'postpartum recovery',
		tags: ['postpartum', 'fitness'],
		profiles: [['youtube', 'OliviaGrantFit', 38_600, 510]],
		email: 'olivia@grantfit.example'
	},
	{
		name: 'Megan Price',
		country: 'US',
		language: 'en',
		niche: 'mom humour',
		tags: ['mom', 'comedy'],
		profiles: [['tiktok', 'megan.mommin', 402_000, 930]],
		doNotContact: 'Asked not to be contacted by brands again (March).'
	},
	{
		name: '林晓雨 Xiaoyu Lin',
		country: 'CN',
		language: 'zh',
		niche: '孕期瑜伽',
		tags: ['瑜伽', '孕期'],
		profiles: [['xiaohongshu', 'xiaoyu_yoga', 36_500, 640]],
		wechat: 'xiaoyu-yoga',
		rate: ['carousel', 300_000, 'CNY']
	},
	{
		name: 'Emily Carter',
		country: 'US',
		language: 'en',
		niche: 'baby gear reviews',
		tags: ['reviews', 'baby'],
		profiles: [['youtube', 'EmilyTestsBabyGear', 96_400, 310]],
		email: 'emily@babygear.example',
		rate: ['long_video', 150_000, 'USD']
	},
	{
		name: 'Grace Liu',
		country: 'CA',
		language: 'en',
		niche: 'bilingual mom',
		tags: ['mom', 'bilingual'],
		profiles: [
			['instagram', 'graceliumama', 12_300, 690],
			['xiaohongshu', 'grace_mama_ca', 8_900, 550]
		]
	},
	// Large-dog owners and trainers, UK and Germany, plus Chinese pet creators (大嚼家 BigChew)
	{
		name: 'Tom Hughes',
		country: 'GB',
		language: 'en',
		niche: 'large dog training',
		tags: ['training', 'labrador'],
		profiles: [
			['youtube', 'TomTrainsDogs', 188_000, 420],
			['tiktok', 'tomtrainsdogs', 243_000, 560]
		],
		email: 'tom@tomtrainsdogs.example',
		rate: ['long_video', 90_000, 'GBP']
	},
	{
		name: 'Chloe & Bear',
		country: 'GB',
		language: 'en',
		niche: 'newfoundland life',
		tags: ['newfoundland', 'big dogs'],
		profiles: [['instagram', 'chloeandbear', 64_300, 710]],
		email: 'chloeandbear@mail.example',
		rate: ['carousel', 40_000, 'GBP']
	},
	{
		name: 'Jonas Weber',
		country: 'DE',
		language: 'de',
		niche: 'Hundetraining',
		tags: ['training', 'schäferhund'],
		profiles: [
			['youtube', 'JonasHundeschule', 121_000, 380],
			['instagram', 'jonas.hundeschule', 45_800, 330]
		],
		email: 'kontakt@hundeschule-weber.example',
		rate: ['long_video', 80_000, 'EUR']
	},
	{
		name: 'Lena Fischer',
		country: 'DE',
		language: 'de',
		niche: 'Doggen-Alltag',
		tags: ['dogge', 'big dogs'],
		profiles: [['tiktok', 'lenas.doggen', 88_200, 820]],
		email: 'lena@doggenliebe.example'
	},
	{
		name: 'Aisha Rahman',
		country: 'GB',
		language: 'en',
		niche: 'rescue dogs',
		tags: ['rescue', 'adoption'],
		profiles: [
			['instagram', 'rescuewithaisha', 29_700, 560],
			['tiktok', 'rescuewithaisha', 51_000, 640]
		],
		email: 'aisha@rescuewith.example'
	},
	{
		name: 'Ollie Bennett',
		country: 'GB',
		language: 'en',
		niche: 'dog product reviews',
		tags: ['reviews', 'chew toys'],
		profiles: [['youtube', 'OllieReviewsDogStuff', 57_900, 350]],
		email: 'ollie@ollieviews.example',
		rate: ['long_video', 60_000, 'GBP']
	},
	{
		name: 'Max Müller',
		country: 'DE',
		language: 'de',
		niche: 'Rottweiler',
		tags: ['rottweiler', 'big dogs'],
		profiles: [['instagram', 'rotti.max', 22_400, 490]]
	},
	{
		name: 'Freya Scott',
		country: 'GB',
		language: 'en',
		niche: 'dog-friendly travel',
		tags: ['travel', 'lifestyle'],
		profiles: [
			['instagram', 'freyaandfinn', 71_500, 300],
			['pinterest', 'freyaandfinn', 19_000, 90]
		],
		email: 'freya@freyaandfinn.example'
	},
	{
		name: '阿福爸爸 Afu Dad',
		country: 'CN',
		language: 'zh',
		niche: '大型犬日常',
		tags: ['金毛', '大型犬'],
		profiles: [
			['douyin', 'afu_baba', 512_000, 710],
			['xiaohongshu', 'afu_baba', 88_000, 520]
		],
		wechat: 'afubaba-biz',
		rate: ['short_video', 800_000, 'CNY']
	},
	{
		name: '汪星测评局',
		country: 'CN',
		language: 'zh',
		niche: '宠物用品测评',
		tags: ['测评', '宠物用品'],
		profiles: [
			['bilibili', 'wangxing_lab', 134_000, 460],
			['xiaohongshu', 'wangxing_lab', 42_000, 380]
		],
		wechat: 'wangxinglab',
		rate: ['long_video', 500_000, 'CNY']
	},
	{
		name: '德牧小黑 Heidi',
		country: 'DE',
		language: 'zh',
		niche: '德国养狗',
		tags: ['德牧', '海外生活'],
		profiles: [['xiaohongshu', 'heidi_in_berlin', 15_600, 830]],
		wechat: 'heidi-berlin'
	},
	{
		name: 'Sam Patel',
		country: 'GB',
		language: 'en',
		niche: 'dog nutrition',
		tags: ['nutrition', 'vet nurse'],
		profiles: [['tiktok', 'vetnursesam', 167_000, 690]],
		email: 'sam@vetnursesam.example',
		rate: ['short_video', 70_000, 'GBP']
	},
	{
		name: 'Katrin Vogel',
		country: 'DE',
		language: 'de',
		niche: 'Hundesport',
		tags: ['agility', 'sport'],
		profiles: [['instagram', 'katrin.agility', 9_800, 910]]
	},
	{
		name: 'Daniel Reid',
		country: 'GB',
		language: 'en',
		niche: 'working dogs',
		tags: ['farm', 'big dogs'],
		profiles: [['youtube', 'FarmDogDan', 34_200, 410]],
		email: 'dan@farmdogdan.example'
	},
	{
		name: 'Mia Hoffmann',
		country: 'DE',
		language: 'de',
		niche: 'Welpenerziehung',
		tags: ['welpen', 'training'],
		profiles: [['tiktok', 'mia.welpenzeit', 43_900, 760]],
		email: 'mia@welpenzeit.example'
	}
];

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
	for (const creator of CREATORS) {
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
	const handle = CREATORS.find((c) => c.name === plan.creator)?.profiles.find(
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
