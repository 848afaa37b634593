import type { Db } from '../db/client';
import { createBrand, type BrandInput } from '../queries/brands';
import { createChannel, type ChannelInput } from '../queries/channels';
import { createPillar, type PillarInput } from '../queries/pillars';
import { createPersona, type PersonaInput } from '../queries/personas';

type DemoBrand = {
	brand: BrandInput;
	personas: Omit<PersonaInput, 'note'>[];
	pillars: PillarInput[];
	channels: Omit<ChannelInput, 'timeZone'>[];
};

const persona = (p: Partial<PersonaInput> & { name: string }): Omit<PersonaInput, 'note'> => ({
	summary: '',
	ageMin: null,
	ageMax: null,
	lifeStage: '',
	pains: '',
	goals: '',
	objections: '',
	buyingTriggers: '',
	channelKinds: [],
	...p
});

const BUMP_AND_BLOOM: DemoBrand = {
	brand: {
		name: 'Bump & Bloom',
		niche: 'Yoga mats for pregnant women',
		positioning:
			'For expecting mothers who want to stay active safely, Bump & Bloom is the prenatal yoga mat that supports a changing body, because it is wider, thicker at the knees and printed with trimester-safe pose guides.',
		valueProposition:
			'Designed with prenatal instructors; extra-wide, non-toxic TPE, pose guides for every trimester — not a generic mat with a pink print.',
		toneOfVoice: 'Warm, calm and expert. We reassure, we never lecture. No "bounce back" talk.',
		targetMarkets: ['US', 'CA'],
		homeTimeZone: 'Asia/Shanghai',
		marketTimeZone: 'America/New_York',
		currency: 'USD',
		colour: '#be185d',
		websiteUrl: 'https://bumpandbloom.example',
		trademarkStatus: 'registered',
		trademarkOffice: 'USPTO',
		trademarkNumber: '7123456',
		trademarkFiledOn: '2024-03-11',
		trademarkRegisteredOn: '2025-06-24',
		brandRegistryStatus: 'enrolled'
	},
	personas: [
		persona({
			name: 'Second-trimester Sarah',
			summary: 'First baby, used to work out, now unsure what is safe.',
			ageMin: 27,
			ageMax: 36,
			lifeStage: 'Pregnant with her first child, office job, suburban',
			pains:
				'Back pain and sore knees on a thin mat\nConflicting advice on what exercise is safe\nFeels out of place in regular yoga classes',
			goals: 'Stay strong for labour\nSleep better\nA calm 20 minutes a day for herself',
			objections: 'Is a special mat really needed?\nWill I use it after the baby arrives?',
			buyingTriggers:
				'Her midwife recommends prenatal yoga\nA friend’s baby-shower registry\nMother’s Day',
			channelKinds: ['instagram', 'pinterest', 'tiktok', 'email']
		}),
		persona({
			name: 'Instructor Ines',
			summary: 'Teaches prenatal classes and recommends gear to dozens of students.',
			ageMin: 30,
			ageMax: 48,
			lifeStage: 'Certified prenatal yoga teacher, runs a small studio',
			pains: 'Students bring mats that are too narrow\nNo brand takes instructors seriously',
			goals: 'Safe, comfortable classes\nA side income from recommendations',
			objections: 'Price for a whole studio',
			buyingTriggers: 'Studio discount code\nFree sample for her class',
			channelKinds: ['instagram', 'youtube', 'community']
		})
	],
	pillars: [
		{
			name: 'Safe movement',
			description: 'Trimester-by-trimester poses, what to avoid and why.',
			colour: '#0f766e',
			targetShare: 35
		},
		{
			name: 'Real moms',
			description: 'Customer stories and UGC, with consent.',
			colour: '#be185d',
			targetShare: 25
		},
		{
			name: 'Product in use',
			description: 'The mat’s width, grip and guides, shown not told.',
			colour: '#7c3aed',
			targetShare: 25
		},
		{
			name: 'Instructor tips',
			description: 'Short lessons from prenatal teachers we work with.',
			colour: '#ca8a04',
			targetShare: 15
		}
	],
	channels: [
		{
			kind: 'instagram',
			label: '',
			handle: '@bumpandbloom',
			ownership: 'rented',
			weeklyCadence: 4
		},
		{ kind: 'tiktok', label: '', handle: '@bumpandbloom', ownership: 'rented', weeklyCadence: 5 },
		{
			kind: 'pinterest',
			label: '',
			handle: 'pinterest.com/bumpandbloom',
			ownership: 'rented',
			weeklyCadence: 3
		},
		{
			kind: 'amazon_posts',
			label: '',
			handle: 'Bump & Bloom Brand Store',
			ownership: 'rented',
			weeklyCadence: 3
		},
		{
			kind: 'email',
			label: 'Trimester letters',
			handle: 'Klaviyo list "Bloom club"',
			ownership: 'owned',
			weeklyCadence: 1
		},
		{
			kind: 'storefront',
			label: '',
			handle: 'https://bumpandbloom.example',
			ownership: 'owned',
			weeklyCadence: 1
		},
		{
			kind: 'community',
			label: 'Bloom Circle',
			handle: 'Private Facebook group for members',
			ownership: 'owned',
			weeklyCadence: 2
		}
	]
};

const BIG_CHEW: DemoBrand = {
	brand: {
		name: '大嚼家 BigChew',
		niche: '大型犬专用耐咬磨牙玩具',
		positioning:
			'面向英国和德国的大型犬家庭，大嚼家是真正咬不烂的磨牙玩具：每一款都经过拉布拉多和德牧的 30 天实测，因为普通玩具对大狗来说只能撑一个下午。',
		valueProposition: '天然橡胶、无异味；按犬只体重分级；咬坏 90 天内免费换新。',
		toneOfVoice: '幽默、接地气，像一位懂狗的朋友。对外内容用英语和德语，团队内部用中文沟通。',
		targetMarkets: ['GB', 'DE'],
		homeTimeZone: 'Asia/Shanghai',
		marketTimeZone: 'Europe/London',
		currency: 'GBP',
		colour: '#c2410c',
		websiteUrl: 'https://bigchew.example',
		trademarkStatus: 'filed',
		trademarkOffice: 'UKIPO',
		trademarkNumber: 'UK00004012345',
		trademarkFiledOn: '2026-05-08',
		trademarkRegisteredOn: null,
		brandRegistryStatus: 'pending'
	},
	personas: [
		persona({
			name: '拉布拉多家庭 Emma',
			summary: '英国郊区双职工家庭，狗狗一天能咬坏一个玩具。',
			ageMin: 30,
			ageMax: 50,
			lifeStage: '有孩子的家庭，养了两岁的拉布拉多',
			pains: '玩具几小时就被咬烂\n担心碎片被吞下\n每月在玩具上花太多钱',
			goals: '找到一个能用几个月的玩具\n让狗狗在主人上班时不拆家',
			objections: '价格比超市玩具贵三倍\n“咬不烂”听起来像夸大宣传',
			buyingTriggers: '又一个玩具被咬坏\n宠物店店员推荐\n黑色星期五促销 🐶',
			channelKinds: ['instagram', 'youtube', 'email']
		}),
		persona({
			name: '德国训犬师 Jonas',
			summary: '训练德牧和马犬的专业训犬师，在 YouTube 上有一批粉丝。',
			ageMin: 28,
			ageMax: 45,
			lifeStage: '自由职业训犬师',
			pains: '训练奖励玩具消耗快',
			goals: '耐用、安全的训练工具',
			objections: '',
			buyingTriggers: '免费试用样品\n合作推广佣金',
			channelKinds: ['youtube', 'instagram', 'community']
		})
	],
	pillars: [
		{
			name: '耐咬实测',
			description: '大狗实测视频：咬了多久、什么样子。',
			colour: '#c2410c',
			targetShare: 40
		},
		{
			name: '狗狗健康',
			description: '牙齿护理、分离焦虑等实用知识。',
			colour: '#15803d',
			targetShare: 25
		},
		{
			name: '用户晒图',
			description: '顾客的狗狗和玩具合影（已获授权）。',
			colour: '#2563eb',
			targetShare: 20
		},
		{
			name: '幕后故事',
			description: '工厂质检、材料选择、团队日常。',
			colour: '#6b7280',
			targetShare: 15
		}
	],
	channels: [
		{ kind: 'instagram', label: '', handle: '@bigchew.uk', ownership: 'rented', weeklyCadence: 4 },
		{
			kind: 'youtube',
			label: '',
			handle: 'youtube.com/@bigchew',
			ownership: 'rented',
			weeklyCadence: 1
		},
		{ kind: 'tiktok', label: '', handle: '@bigchew', ownership: 'rented', weeklyCadence: 5 },
		{
			kind: 'amazon_store',
			label: 'Amazon.co.uk / Amazon.de',
			handle: '',
			ownership: 'rented',
			weeklyCadence: 0
		},
		{
			kind: 'email',
			label: '大狗俱乐部邮件',
			handle: 'Klaviyo',
			ownership: 'owned',
			weeklyCadence: 1
		},
		{
			kind: 'storefront',
			label: '',
			handle: 'https://bigchew.example',
			ownership: 'owned',
			weeklyCadence: 0
		},
		{
			kind: 'community',
			label: 'Big Chewers Club',
			handle: 'Discord',
			ownership: 'owned',
			weeklyCadence: 3
		}
	]
};

export async function seedDemoBrands(db: Db, workspaceId: string) {
	for (const demo of [BUMP_AND_BLOOM, BIG_CHEW]) {
		const brandId = await createBrand(db, workspaceId, demo.brand);
		for (const p of demo.personas) await createPersona(db, brandId, { ...p, note: '' });
		for (const p of demo.pillars) await createPillar(db, brandId, p);
		for (const c of demo.channels) {
			await createChannel(db, brandId, { ...c, timeZone: demo.brand.marketTimeZone });
		}
	}
}
