/**
 * Word lists for the compliance check (compliance.ts). Patterns are regex sources compiled with
 * the `giu` flags; every quantifier is bounded or anchored to a literal so a 1 MB caption scans in
 * linear time.
 */

/**
 * Latin letters, marks, digits and `_` continue a Latin word or hashtag. CJK does not, so "PR投稿"
 * and "#ad好物" still hold a label while "#adventure", "bad" and "shadow" do not.
 */
const E = '[\\p{Script=Latin}\\p{M}\\p{N}_]';
const word = (source: string) => `(?<!${E})[#＃]?${source}(?!${E})`;
const tag = (source: string) => `[#＃]${source}(?!${E})`;
/** CJK has no spaces, so CJK labels match anywhere; the brackets are kept for the evidence. */
const cjk = (source: string) => `[#＃【「\\[]?${source}[】」\\]]?`;
/** Whole Latin words, for the review lists. */
const latin = (...words: string[]) => `(?<!${E})(?:${words.join('|')})(?!${E})`;

/**
 * What a label discloses. A fee needs "sponsored"; free product is also disclosed by "gifted"
 * (the FTC does not accept "gifted" for a paid post); "affiliate" discloses a commission, which
 * neither a fee nor a gift is, so it satisfies neither today.
 */
export type Strength = 'sponsored' | 'gifted' | 'affiliate';

/** `lang` null: understood by every audience (see ENGLISH). */
export type Label = { pattern: string; strength: Strength; lang: string | null };

/**
 * English labels count for every audience: #ad is the label global platforms and the US and UK
 * guidance use, and sellers post one caption in several markets. This is our choice; German
 * regulators, for one, prefer "Werbung". Left out on purpose: #collab, #sp, #spon and
 * #ambassador, which the FTC calls too vague, and bare "ad"/"paid", which are ordinary words.
 */
const ENGLISH: Label[] = [
	...[
		tag('ad'),
		`(?<!${E})ad\\s?[:：|]`,
		`[\\[(（【]ad[\\])）】]`,
		word('advertisement'),
		word('sponsored'),
		tag('paid(?:partnership)?'),
		word('paid\\s+partnership'),
		word('in\\s+partnership\\s+with'),
		tag('partner')
	].map((pattern) => ({ pattern, strength: 'sponsored' as const, lang: null })),
	{ pattern: word('gifted'), strength: 'gifted', lang: null },
	{ pattern: word('affiliate\\s+links?'), strength: 'affiliate', lang: null },
	{ pattern: tag('affiliate'), strength: 'affiliate', lang: null }
];

/**
 * Bare 合作 ("cooperation") is too common to prove a disclosure ("欢迎合作"), so it counts only as
 * a tag or in 品牌合作 / 商业合作 / 与…合作. 种草 is recommendation jargon, not a disclosure.
 */
const CHINESE = [
	cjk('广告'),
	cjk('廣告'),
	cjk('赞助'),
	cjk('贊助'),
	cjk('推广'),
	cjk('推廣'),
	cjk('業配'),
	cjk('(?:品牌|商业|商業)合作'),
	'[#＃]合作|[【「\\[]合作[】」\\]]',
	'[与和跟同與][^，。！？、,.!?\\n]{1,20}?合作'
];
const JAPANESE = [
	cjk('広告'),
	word('PR'),
	cjk('プロモーション'),
	cjk('タイアップ'),
	cjk('提供'),
	cjk('宣伝')
];
const GERMAN = [word('werbung'), word('anzeige')];
const FRENCH = [
	word('publicit[ée]'),
	word('partenariat\\s+r[ée]mun[ée]r[ée]'),
	word('sponsoris[ée]e?'),
	word('collaboration\\s+commerciale')
];
const local = (lang: string, patterns: string[]): Label[] =>
	patterns.map((pattern) => ({ pattern, strength: 'sponsored', lang }));

/** The scan takes the leftmost match, so "unbezahlte Werbung" is read whole, not as "Werbung". */
export const LABELS: Label[] = [
	...ENGLISH,
	...local('zh', CHINESE),
	...local('ja', JAPANESE),
	{ pattern: word('unbezahlte\\s?werbung'), strength: 'gifted', lang: 'de' },
	...local('de', GERMAN),
	...local('fr', FRENCH)
];

/** A negation right before a label ("not sponsored", "这不是广告", "keine Werbung") or after it. */
export const LABEL_NEGATED_BEFORE = new RegExp(
	`(?:(?<!${E})(?:not|no|non|never|isn['’]?t|wasn['’]?t|keine?|nicht|pas|sans|aucune?)` +
		`(?:\\s+(?:an?|un|une|de|d['’]|eine?))?[\\s-]*|不是|并非|非|无|没有|不含|不)$`,
	'iu'
);
export const LABEL_NEGATED_AFTER = /^(?:では|じゃ)(?:ない|なく|ありません)/u;

/** `g` for scanning with matchAll; tests on short windows use `compileTest` (no lastIndex). */
const compile = (...sources: string[]) => new RegExp(sources.join('|'), 'giu');
const compileTest = (...sources: string[]) => new RegExp(sources.join('|'), 'iu');
/** A creator's own review content ("review video", 测评视频) is legitimate, not a store review. */
const REVIEW =
	'reviews?(?!\\s*(?:videos?|vlogs?|reels?|shorts?|content|clips?|articles?|channel' +
	'|on\\s+(?:your|my)\\s+(?:own\\s+)?(?:blog|channel|page|account|feed|profile)))';
const ASK_VERB = '(?:leave|write|drop|give|submit|rate|need|want|ask(?:ing)?\\s+for|expect|get)';
const NEAR = '(?:\\s+[^\\s.!?]{1,15}){0,3}?\\s+';

/** Asking for a positive rating, or brushing: an error on its own, no incentive needed. */
export const REVIEW_DIRECT = compile(
	latin(
		`${ASK_VERB}${NEAR}(?:5|five)[\\s-]*stars?(?:\\s+(?:reviews?|ratings?))?`,
		`${ASK_VERB}${NEAR}(?:positive|good)\\s+${REVIEW}`,
		`${REVIEW}\\s+for\\s+(?:a\\s+|the\\s+)?(?:free|refund)`
	),
	'刷单|[五5]星好评|[留给打求要][五5]星|[求给留写要]好评'
);

/** Asking a shopper for a store review or rating (not a creator's review of the product). */
const ASK = [
	latin(
		`(?:leave|write|drop|give|submit)${NEAR}(?:${REVIEW}|ratings?|stars?)`,
		'rate\\s+(?:us|it|this|the\\s+\\w{1,15}|our\\s+\\w{1,15})'
	),
	'留评|写评|求评|追评|晒图',
	'(?:留下?|写下?|给|求|打)[^，。！？\\s]{0,4}?(?:评价|[五5]星)'
];
export const REVIEW_ASK = compile(...ASK);
/** 好评 and friends name store ratings even when nobody asks (好评率 and 好评如潮 describe). */
export const REVIEW_STORE = compile(...ASK, '好评(?!如潮|率|榜)|差评|星评');

/** Review words that are fine alone and become a store review next to a marketplace name. */
export const REVIEW_GENERIC = compile(
	latin(REVIEW, 'reviewed'),
	'测评(?!视频|笔记|文章)|评测(?!视频|笔记|文章)|评价|评论(?!区)'
);

export const MARKETPLACE = compileTest(
	latin('amazon', 'marketplace', 'asin', 'walmart', 'ebay', 'etsy', 'shopee', 'temu'),
	'亚马逊|亞馬遜|淘宝|天猫|京东|拼多多'
);

/** Money back is a buyer's incentive, so it taints any review word, even a generic one. */
export const INCENTIVE_STRONG = compile(
	latin(
		'refund(?:s|ed)?',
		'reimburs\\w{0,8}',
		'cash\\s?back',
		'money\\s+back',
		'rebates?',
		'in\\s+(?:exchange|return)\\s+for'
	),
	'返(?:现|款|钱|利|(?!回))|退款|报销|红包'
);

/** Ordinary perks: they taint only store-review wording (a creator may get free product). */
export const INCENTIVE_WEAK = compile(
	latin('free', 'gift\\s?cards?', 'gifts?', 'discounts?', 'coupons?', 'vouchers?', 'rewards?'),
	latin('bonus', 'pay(?:s|ing)?', 'paid', 'payment', 'compensat\\w{0,6}'),
	'免费|(?<![发运配递])送(?![货达])|赠|礼品卡|优惠券?|折扣|奖励|报酬|佣金'
);

/** "We don't ask for reviews", "无需留评": a negation shortly before a term cancels it. */
export const TERM_NEGATED_BEFORE = compileTest(
	latin(
		'no',
		'not',
		'never',
		'without',
		'nor',
		"doesn['’]?t",
		"won['’]?t",
		"isn['’]?t",
		"aren['’]?t"
	),
	latin("(?:don['’]?t|do\\s+not)(?!\\s+(?:forget|miss))"),
	'不要求|无需|无须|不需要?|不用|不必|不会要求|禁止|严禁|不得|请勿|不要(?!忘)|不强制|拒绝'
);
/** "Reviews are not required", "评价非必须": a negation shortly after a term cancels it too. */
export const TERM_NEGATED_AFTER = compileTest(
	latin('not\\s+(?:required|necessary|needed|mandatory)', 'optional'),
	'非必须|不是必须|不强制|可选'
);

/** A sentence ends at . ! ? followed by space (not inside "Amazon.com"), CJK stops or a newline. */
export const SENTENCE_END = /[.!?](?=\s|$)|[。！？；;\n]/u;
