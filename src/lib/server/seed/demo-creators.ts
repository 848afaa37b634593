import type { CreatorPlatform, DeliverableKind } from '../../domain/creators';

// The demo's creator directory as data; demo-outreach.ts writes it and the collaborations that
// name these creators.
export type DemoProfile = [
	platform: CreatorPlatform,
	handle: string,
	followers: number,
	engagementBp: number
];
export type DemoCreator = {
	name: string;
	country: string;
	language: string;
	niche: string;
	tags: string[];
	profiles: DemoProfile[];
	email?: string;
	wechat?: string;
	rate?: [DeliverableKind, number, string];
	doNotContact?: string;
};

// Thirty creators across the platforms and markets the two demo brands sell into (a workspace's
// directory is shared by its brands). Numbers are typical of micro and mid-tier creators.
export const DEMO_CREATORS: DemoCreator[] = [
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
