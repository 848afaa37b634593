import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNEL_KIND_KEYS } from './channels';
import {
	COMPLIANCE_RULES,
	DEFAULT_FOLD,
	FOLDS,
	RULE_SEVERITY,
	blocksPayment,
	checkCompliance,
	compensationOf,
	findDisclosure,
	foldEnd,
	type ComplianceDeliverable,
	type ComplianceInput
} from './compliance';
import { LABELS } from './compliance-labels';
import { EXITS, STAGES } from './pipeline';

const input = (overrides: Partial<ComplianceInput> = {}): ComplianceInput => ({
	stage: 'agreed',
	compensation: 'paid',
	brief: '',
	creator: { doNotContact: false },
	deliverables: [],
	...overrides
});
const post = (caption: string, extra: Partial<ComplianceDeliverable> = {}) => ({
	id: 'd1',
	platform: 'instagram' as const,
	caption,
	...extra
});
/** The rules found for one caption. */
const captionRules = (caption: string, overrides: Partial<ComplianceInput> = {}) =>
	checkCompliance(input({ deliverables: [post(caption)], ...overrides })).map((f) => f.rule);
const briefFindings = (brief: string) =>
	checkCompliance(input({ brief, compensation: 'none' })).map((f) => [f.rule, f.evidence]);

describe('compensationOf', () => {
	it('calls any fee paid, product alone gifted, and nothing none', () => {
		expect(compensationOf(50_00, 'Desk lamp')).toBe('paid');
		expect(compensationOf(0, 'Desk lamp')).toBe('gifted');
		expect(compensationOf(null, '  ')).toBe('none');
		expect(compensationOf(null, '')).toBe('none');
	});
});

describe('LABELS', () => {
	it('has no capturing groups, since the scan names a label by its group', () => {
		for (const { pattern } of LABELS)
			expect(new RegExp(`${pattern}|`).exec('')?.length, pattern).toBe(1);
	});
});

describe('findDisclosure', () => {
	it('finds English labels with hashtag and word boundaries', () => {
		expect(findDisclosure('Love this lamp #ad')).toMatchObject({ label: '#ad', index: 15 });
		expect(findDisclosure('Ad: my desk setup')?.label).toBe('Ad:');
		expect(findDisclosure('Paid partnership with @lumen')?.label).toBe('Paid partnership');
		expect(findDisclosure('#SPONSORED by Lumen')?.label).toBe('#SPONSORED');
		expect(findDisclosure('new gear#ad')?.label).toBe('#ad');
	});

	it('does not take words that merely contain "ad" for a label', () => {
		for (const text of ['#adventure time', 'bad: day', 'shadow', '#addict', 'made', '#ad_hoc']) {
			expect(findDisclosure(text), text).toBeNull();
		}
	});

	it('ignores negated labels', () => {
		expect(findDisclosure('Not sponsored, I just love it')).toBeNull();
		expect(findDisclosure('non-sponsored review')).toBeNull();
		expect(findDisclosure('这不是广告，真心推荐')).toBeNull();
		expect(findDisclosure('keine Werbung')).toBeNull();
		expect(findDisclosure('これは広告ではありません')).toBeNull();
		expect(findDisclosure('不与任何品牌合作')).toBeNull();
	});

	it('finds Chinese, Japanese, German and French labels', () => {
		expect(findDisclosure('【广告】夏日好物')?.label).toBe('【广告】');
		expect(findDisclosure('本篇与Lumen品牌合作')?.label).toBe('与Lumen品牌合作');
		expect(findDisclosure('#合作 新品')?.label).toBe('#合作');
		expect(findDisclosure('PR投稿です')?.label).toBe('PR');
		expect(findDisclosure('タイアップ企画')?.label).toBe('タイアップ');
		expect(findDisclosure('#Werbung für Lumen')?.label).toBe('#Werbung');
		expect(findDisclosure('Partenariat rémunéré avec Lumen')?.label).toBe('Partenariat rémunéré');
	});

	it('treats 种草 and bare 合作 as no disclosure', () => {
		expect(findDisclosure('种草了这款台灯')).toBeNull();
		expect(findDisclosure('欢迎合作')).toBeNull();
	});

	it('lets gift labels disclose gifts but not fees', () => {
		expect(findDisclosure('#gifted by Lumen', { compensation: 'gifted' })?.label).toBe('#gifted');
		expect(findDisclosure('#gifted by Lumen', { compensation: 'paid' })).toBeNull();
		const german = 'Unbezahlte Werbung, selbst gekauft';
		expect(findDisclosure(german, { compensation: 'gifted' })?.strength).toBe('gifted');
		expect(findDisclosure(german, { compensation: 'paid' })).toBeNull();
		expect(findDisclosure('affiliate link below', { compensation: 'paid' })).toBeNull();
	});

	it('counts a label only for an audience that reads it; English counts everywhere', () => {
		expect(findDisclosure('广告 new lamp', { audienceLanguage: 'en' })).toBeNull();
		expect(findDisclosure('广告 新品', { audienceLanguage: 'zh-Hans' })?.label).toBe('广告');
		expect(findDisclosure('#ad 新品', { audienceLanguage: 'zh' })?.label).toBe('#ad');
		expect(findDisclosure('Werbung', { audienceLanguage: 'fr' })).toBeNull();
		expect(findDisclosure('広告 新商品', { audienceLanguage: 'ja' })?.label).toBe('広告');
	});
});

describe('foldEnd', () => {
	it('counts characters as a reader does: CJK and emoji are one each', () => {
		const fold = { chars: 3, lines: 2 };
		expect(foldEnd('广告牌子', fold)).toBe(3);
		expect(foldEnd('👍🏽👩‍👩‍👧ab', fold)).toBe('👍🏽👩‍👩‍👧a'.length);
	});

	it('stops at the end of the last visible line', () => {
		expect(foldEnd('one\ntwo\nthree', { chars: 125, lines: 2 })).toBe('one\ntwo'.length);
		expect(foldEnd('short', DEFAULT_FOLD)).toBe(5);
	});
});

describe('missing-disclosure and disclosure-hidden', () => {
	it('flags a paid caption without a label, in English and Chinese', () => {
		expect(captionRules('Loving my new desk lamp!')).toEqual(['missing-disclosure']);
		expect(captionRules('种草！这款台灯太好用了', { audienceLanguage: 'zh' })).toEqual([
			'missing-disclosure'
		]);
		expect(captionRules('#ad Loving my new desk lamp!')).toEqual([]);
		expect(captionRules('【广告】这款台灯太好用了', { audienceLanguage: 'zh' })).toEqual([]);
	});

	it('quotes a label that does not count for this post', () => {
		const paid = checkCompliance(input({ deliverables: [post('gifted by @lumen')] }));
		expect(paid).toEqual([
			{
				rule: 'missing-disclosure',
				severity: 'error',
				where: { kind: 'deliverable', id: 'd1' },
				evidence: 'gifted'
			}
		]);
		const english = checkCompliance(
			input({ audienceLanguage: 'en', deliverables: [post('广告 new lamp')] })
		);
		expect(english.map((f) => [f.rule, f.evidence])).toEqual([['missing-disclosure', '广告']]);
	});

	it('accepts gift labels on gifted posts and skips posts with nothing to disclose', () => {
		expect(captionRules('#gifted desk lamp', { compensation: 'gifted' })).toEqual([]);
		expect(captionRules('desk lamp', { compensation: 'none' })).toEqual([]);
		expect(captionRules('desk lamp', { disclosureRequired: false })).toEqual([]);
		expect(captionRules('   ')).toEqual([]);
	});

	it('accepts Japanese and German labels for their audiences', () => {
		expect(captionRules('#PR 新しいランプ', { audienceLanguage: 'ja' })).toEqual([]);
		expect(captionRules('Anzeige | Meine Lampe', { audienceLanguage: 'de' })).toEqual([]);
		expect(captionRules('Anzeige | Meine Lampe', { audienceLanguage: 'en' })).toEqual([
			'missing-disclosure'
		]);
	});

	it('flags hashtags at the end of a long caption as hidden', () => {
		const long = `${'My desk setup tour, with the lamp I use every evening. '.repeat(4)}#desk #ad`;
		const found = checkCompliance(input({ deliverables: [post(long)] }));
		expect(found.map((f) => [f.rule, f.severity, f.evidence])).toEqual([
			['disclosure-hidden', 'warning', '#ad']
		]);
	});

	it('folds by lines and by the platform table', () => {
		expect(captionRules('Line one\nLine two\n#ad')).toEqual(['disclosure-hidden']);
		const chinese = `${'这款台灯真的很好用'.repeat(2)}，广告`;
		const xhs = { platform: 'xiaohongshu' as const };
		const onXhs = (caption: string, title?: string) =>
			checkCompliance(
				input({ audienceLanguage: 'zh', deliverables: [post(caption, { ...xhs, title })] })
			).map((f) => f.rule);
		expect(onXhs(chinese)).toEqual(['disclosure-hidden']);
		expect(onXhs(chinese, '【广告】台灯测评')).toEqual([]);
		expect(onXhs(`${'这款台灯真的很好'.repeat(2)}广告`)).toEqual([]);
	});

	it('counts CJK and emoji as one character each when folding', () => {
		// 122 characters, then a label ending at the 125th: inside the fold, though 185 UTF-16 units.
		const caption = `${'🌙'.repeat(60)}${'灯'.repeat(62)}#ad`;
		expect(caption.length).toBeGreaterThan(125);
		expect(captionRules(caption)).toEqual([]);
		expect(captionRules(`${'灯'.repeat(123)} #ad`)).toEqual(['disclosure-hidden']);
	});

	it('has a fold for every platform', () => {
		for (const kind of CHANNEL_KIND_KEYS) {
			expect((FOLDS[kind] ?? DEFAULT_FOLD).chars, kind).toBeGreaterThan(0);
		}
	});
});

describe('review-incentive and review-request', () => {
	it('flags incentives tied to reviews or ratings in English', () => {
		const cases: [string, string][] = [
			['Please leave a 5-star review on Amazon.', 'leave a 5-star review'],
			['Rate us 5 stars!', 'Rate us 5 stars'],
			['Leave us a review and get a refund.', 'Leave us a review and get a refund'],
			['Honest review in exchange for free product', 'review in exchange for'],
			['Full refund after you post your review.', 'refund after you post your review'],
			['Review for free product, DM me', 'Review for free'],
			['We need positive reviews this month', 'need positive reviews'],
			['Review it on Amazon and we send a gift card', 'Review it on Amazon and we send a gift card']
		];
		for (const [brief, evidence] of cases) {
			expect(briefFindings(brief), brief).toEqual([['review-incentive', evidence]]);
		}
	});

	it('flags incentives tied to reviews in Chinese', () => {
		const cases: [string, string][] = [
			['好评返现，欢迎购买', '好评返现'],
			['晒图返现5元', '晒图返现'],
			['五星好评送赠品', '五星好评'],
			['免费送，换好评', '送，换好评'],
			['测评返款，全额', '测评返款'],
			['本周需要刷单', '刷单'],
			['亚马逊评论后免费送一台', '评论后免费'],
			['请在亚马逊留评，返10美元', '留评，返'],
			['记得留五星哦', '留五星']
		];
		for (const [brief, evidence] of cases) {
			expect(briefFindings(brief), brief).toEqual([['review-incentive', evidence]]);
		}
	});

	it('does not flag creator review content or plain mentions of reviews', () => {
		for (const brief of [
			'Read our reviews before filming.',
			'A YouTube review video of the lamp; we send a free sample.',
			'We send you a free lamp to review on your channel.',
			'请拍一条测评视频，样品免费寄送',
			'Mention our 5-star reviews and free shipping.',
			'Cashback offer: 满100返10',
			'评论区抽奖送礼品',
			'30-day refund guarantee, customers love our reviews',
			'Check out our Amazon store, free shipping, great reviews',
			'Give us feedback on the sample and we send a discount code',
			'Write a review on your blog, we pay $100',
			'好评率很高，免费包邮',
			'我们在亚马逊有很多好评'
		]) {
			expect(briefFindings(brief), brief).toEqual([]);
		}
	});

	it('does not flag negated asks', () => {
		for (const brief of [
			"We don't ask for Amazon reviews in exchange for free product.",
			'Free sample, no Amazon review required.',
			'Amazon reviews are not required for the free lamp.',
			'不要求好评，产品免费送',
			'无需在亚马逊留评，样品免费',
			'Free product. No review required.'
		]) {
			expect(briefFindings(brief), brief).toEqual([]);
		}
		expect(briefFindings("Don't forget to leave a 5-star review")).toHaveLength(1);
	});

	it('warns about asking for a marketplace review without an incentive', () => {
		expect(briefFindings('Please leave a review on Amazon.')).toEqual([
			['review-request', 'leave a review']
		]);
		expect(briefFindings('请在亚马逊上留下评价')).toEqual([['review-request', '留下评价']]);
		expect(RULE_SEVERITY['review-request']).toBe('warning');
	});

	it('checks titles and captions too', () => {
		const found = checkCompliance(
			input({ deliverables: [post('#ad my lamp. Leave a 5 star review and get a coupon!')] })
		);
		expect(found.map((f) => [f.rule, f.where])).toEqual([
			['review-incentive', { kind: 'deliverable', id: 'd1' }]
		]);
	});
});

describe('do-not-contact', () => {
	const dnc = (stage: ComplianceInput['stage']) =>
		checkCompliance(input({ stage, creator: { doNotContact: true } })).map((f) => f.rule);

	it('is an error once an open collaboration is past prospect, a warning on a prospect', () => {
		expect(dnc('contacted')).toEqual(['do-not-contact']);
		expect(dnc('content_live')).toEqual(['do-not-contact']);
		expect(dnc('prospect')).toEqual(['do-not-contact-prospect']);
	});

	it('stays quiet on closed rows and creators who may be contacted', () => {
		for (const stage of [...EXITS, 'paid' as const]) expect(dnc(stage), stage).toEqual([]);
		expect(checkCompliance(input({ stage: 'contacted' }))).toEqual([]);
	});
});

describe('checkCompliance', () => {
	const messy = input({
		stage: 'negotiating',
		brief: 'Leave a 5-star review on Amazon for a refund.',
		creator: { doNotContact: true },
		deliverables: [
			post('no label here', { id: 'a' }),
			post('', { id: 'b' }),
			post('好评返现 #ad', { id: 'c' })
		]
	});

	it('orders findings brief, deliverables as given, then creator', () => {
		expect(checkCompliance(messy).map((f) => [f.where, f.rule])).toEqual([
			[{ kind: 'brief' }, 'review-incentive'],
			[{ kind: 'deliverable', id: 'a' }, 'missing-disclosure'],
			[{ kind: 'deliverable', id: 'c' }, 'review-incentive'],
			[{ kind: 'creator' }, 'do-not-contact']
		]);
		expect(checkCompliance(messy)).toEqual(checkCompliance(structuredClone(messy)));
	});

	it('blocks payment on any open finding, warnings included', () => {
		expect(blocksPayment(checkCompliance(messy))).toBe(true);
		expect(
			blocksPayment(checkCompliance(input({ stage: 'prospect', creator: { doNotContact: true } })))
		).toBe(true);
		expect(blocksPayment([])).toBe(false);
	});

	it('lists every rule with a severity', () => {
		expect(Object.keys(RULE_SEVERITY).sort()).toEqual([...COMPLIANCE_RULES].sort());
	});

	it('scans a 1 MB caption and brief without blowing up', () => {
		const chunk = 'review free refund #adventure 好评 返 leave a ';
		const huge = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
		const negatedLabels = 'not #ad 与'.repeat(100_000);
		const found = checkCompliance(
			input({
				brief: huge,
				deliverables: [post(huge), post(negatedLabels), post(`${'x'.repeat(1_000_000)} #ad`)]
			})
		);
		expect(found.map((f) => f.rule)).toEqual([
			'review-incentive',
			'missing-disclosure',
			'review-incentive',
			'missing-disclosure',
			'disclosure-hidden'
		]);
	});
});

describe('properties', () => {
	const platform = fc.constantFrom(null, ...CHANNEL_KIND_KEYS);
	const visible: [string | undefined, string][] = [
		[undefined, '#ad'],
		['en', 'Sponsored'],
		['zh', '【广告】'],
		['ja', '#PR'],
		['de', 'Werbung'],
		['fr', '#publicité']
	];

	it('never reports a disclosure problem when a visible label opens the caption', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: 'binary' }),
				fc.constantFrom(...visible),
				fc.constantFrom('paid' as const, 'gifted' as const),
				platform,
				(caption, [audienceLanguage, label], compensation, kind) => {
					const found = checkCompliance(
						input({
							compensation,
							audienceLanguage,
							deliverables: [post(`${label} ${caption}`, { platform: kind })]
						})
					);
					const rules = found.map((f) => f.rule);
					expect(rules).not.toContain('missing-disclosure');
					expect(rules).not.toContain('disclosure-hidden');
				}
			)
		);
	});

	it('never throws, and every evidence is a substring of the text it names', () => {
		const text = fc.oneof(
			fc.string({ unit: 'binary' }),
			fc.string({
				unit: fc.constantFrom(
					...[' ', '.', '\n', '#ad', '#adventure', '广告', '好评', '返现', '种草', 'review'],
					...['refund', 'leave a', 'not ', '5-star', 'Amazon', '亚马逊', '👩‍👩‍👧']
				)
			})
		);
		fc.assert(
			fc.property(
				fc.record({
					stage: fc.constantFrom(...STAGES, ...EXITS),
					compensation: fc.constantFrom('paid' as const, 'gifted' as const, 'none' as const),
					brief: text,
					creator: fc.record({ doNotContact: fc.boolean() }),
					audienceLanguage: fc.option(fc.string(), { nil: undefined }),
					deliverables: fc.array(
						fc.record({ id: fc.string(), platform, title: text, caption: text }),
						{ maxLength: 3 }
					)
				}),
				(value) => {
					const deliverables = value.deliverables.map((d, i) => ({ ...d, id: `d${i}` }));
					const findings = checkCompliance({ ...value, deliverables });
					expect(findings.every((f) => RULE_SEVERITY[f.rule] === f.severity)).toBe(true);
					for (const f of findings) {
						if (f.evidence === null) continue;
						const item = deliverables.find(
							(d) => f.where.kind === 'deliverable' && d.id === f.where.id
						);
						expect(item ? `${item.title}\n${item.caption}` : value.brief).toContain(f.evidence);
					}
				}
			)
		);
	});
});
