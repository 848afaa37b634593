import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FORMATS } from './content';
import { decodeCsv, key } from './csv-read';
import {
	CREATOR_CELL_MAX,
	CREATOR_CSV_FIELDS,
	CREATOR_HEADERS,
	CHINESE_HEADERS,
	creatorsToCsv,
	readCreatorCsv,
	type CreatorCsvResult,
	type CreatorCsvVocabulary,
	type CreatorIssue,
	type ExportCreator
} from './creator-csv';
import type { DeliverableKind } from './creators';
import { HOSTILE_CELLS } from './testing/hostile-cells';

const vocab: CreatorCsvVocabulary = {
	platforms: { tiktok: ['TikTok（海外抖音）'] },
	kinds: Object.fromEntries(FORMATS.map((f) => [f, []])) as unknown as Record<
		DeliverableKind,
		string[]
	>
};
vocab.kinds.short_video = ['Short video', '短视频'];

const ok = (result: CreatorCsvResult) => {
	if (!result.ok) throw new Error(`expected rows, got ${JSON.stringify(result.problem)}`);
	return result;
};
const read = (text: string) => ok(readCreatorCsv(text, vocab));
const issues = (text: string) => read(text).rows.flatMap((r) => r.issues);
const only = (text: string): CreatorIssue => {
	const all = issues(text);
	expect(all).toHaveLength(1);
	return all[0];
};
const fixture = (name: string) => {
	const decoded = decodeCsv(readFileSync(join('tests', 'fixtures', name)));
	if (!decoded.ok) throw new Error(`${name}: ${decoded.problem.code}`);
	return decoded;
};

describe('headers', () => {
	it('every spelling names one field only', () => {
		const owners = new Map<string, string>();
		for (const field of CREATOR_CSV_FIELDS) {
			for (const name of CREATOR_HEADERS[field]) {
				const other = owners.get(key(name));
				expect(other === undefined || other === field, `${name}: ${other} and ${field}`).toBe(true);
				owners.set(key(name), field);
			}
		}
	});

	it('needs a name column', () => {
		expect(readCreatorCsv('handle,platform\nx,tiktok', vocab)).toEqual({
			ok: false,
			problem: { code: 'no_column', headers: ['handle', 'platform'] }
		});
	});

	it('reads a Modash-like export: derived platforms and handles, scaled numbers, names of countries', () => {
		const result = read(fixture('creators-modash.csv').text);
		expect(result.errors).toBe(0);
		expect(result.ignored).toEqual(['Avg likes']);
		expect(result.creators.map((c) => [c.name, c.country, c.email])).toEqual([
			['Mia Chen', 'US', 'mia@example.com'],
			['Jen Park', 'US', 'jen@example.com'],
			['Priya Nair', 'GB', 'priya@example.co.uk'],
			['Lena Vogel', 'DE', '']
		]);
		const jen = result.creators[1];
		expect(jen.rows).toEqual([3, 4]);
		expect(jen.profiles).toMatchObject([
			{ platform: 'tiktok', handle: 'yogawithjen', followers: 1_200_000, avgViews: 310_000 },
			{ platform: 'instagram', handle: 'jenparkyoga', followers: 86_400, avgViews: null }
		]);
		expect(result.creators[0].profiles[0]).toMatchObject({
			platform: 'instagram',
			handle: '@mia.moves',
			handleKey: 'mia.moves',
			url: 'https://www.instagram.com/mia.moves/',
			followers: 48_200,
			avgViews: 12_100,
			engagementBp: 342
		});
	});

	it('reads a semicolon-separated European file with decimal commas and dot thousands', () => {
		const result = read(fixture('creators-semicolon.csv').text);
		expect(result.errors).toBe(0);
		const [sophie, marco] = result.creators;
		expect(
			sophie.profiles.map((p) => [p.platform, p.handleKey, p.followers, p.engagementBp])
		).toEqual([
			['instagram', 'sophie.bouge', 12_300, 340],
			['tiktok', 'sophiebouge', 45_000, 625]
		]);
		expect(sophie.rateCard).toEqual([{ kind: 'story', priceMinor: 12000, currency: 'EUR' }]);
		expect(sophie.language).toBe('fr');
		expect(marco).toMatchObject({ country: 'IT', notes: 'Prefers email; replies in a week' });
		expect(marco.profiles[0]).toMatchObject({ followers: 1_200_000, avgViews: 85_000 });
	});

	it('reads a GBK file from Chinese Excel with Chinese headers and values', () => {
		const decoded = fixture('creators-gbk.csv');
		expect(decoded.encoding).toBe('gb18030');
		const result = read(decoded.text);
		expect(result.rows.flatMap((r) => r.issues)).toMatchObject([
			{ row: 4, column: '粉丝数', code: 'number', value: '很多' }
		]);
		const [diary, max] = result.creators;
		expect(diary).toMatchObject({
			name: '大狗日记',
			country: 'CN',
			language: 'zh',
			wechat: 'bigdog_wx',
			tags: ['大型犬', '咀嚼玩具'],
			rateCard: [{ kind: 'short_video', priceMinor: 300000, currency: 'CNY' }],
			notes: '回复快'
		});
		expect(diary.profiles.map((p) => [p.platform, p.handle, p.followers])).toEqual([
			['xiaohongshu', 'bigdogdiary', 12_000],
			['douyin', 'bigdogdiary_dy', 34_000]
		]);
		expect(max).toMatchObject({ country: 'DE', language: 'de', doNotContact: true });
	});
});

describe('creators and profiles', () => {
	it('groups rows by name and email; a different email is a different person', () => {
		const result = read(
			'name,email,platform,handle\n' +
				'Mia,mia@x.test,tiktok,mia1\n' +
				'MIA ,MIA@x.test,instagram,mia2\n' +
				'Mia,other@x.test,tiktok,mia3\n' +
				'Mia,,youtube,mia4\n' +
				'Mia,,,'
		);
		expect(result.creators.map((c) => [c.name, c.rows, c.profiles.length])).toEqual([
			['Mia', [2, 3], 2],
			['Mia', [4], 1],
			['Mia', [5, 6], 1]
		]);
		expect(result.rows.map((r) => r.creator)).toEqual([0, 0, 1, 2, 2]);
		expect(result.rows[4].profile).toBeNull();
	});

	it('keeps the first value of each creator field and joins tags', () => {
		const result = read(
			'name,country,notes,tags,platform,handle\n' +
				'Mia,,First,yoga,tiktok,a\n' +
				'Mia,US,Second,"yoga, pregnancy",instagram,b'
		);
		expect(result.creators[0]).toMatchObject({
			country: 'US',
			notes: 'First',
			tags: ['yoga', 'pregnancy']
		});
	});

	it('a creator without a profile is allowed; profile columns need a platform', () => {
		expect(read('name,platform,handle\nMia,,').creators[0].profiles).toEqual([]);
		expect(only('name,platform,handle,followers\nMia,,,5000')).toMatchObject({
			field: 'platform',
			code: 'need_platform'
		});
		expect(only('name,platform,handle\nMia,tiktok,')).toMatchObject({
			column: 'handle',
			code: 'need_handle'
		});
	});

	it('takes platform and handle from a profile address when the cells are empty', () => {
		const result = read(
			'name,platform,handle,url\nMia,,,https://www.tiktok.com/@mia.moves\nLi,小红书,,www.xiaohongshu.com/user/profile/abc123'
		);
		expect(result.creators.map((c) => c.profiles[0])).toMatchObject([
			{ platform: 'tiktok', handle: 'mia.moves', url: 'https://www.tiktok.com/@mia.moves' },
			{ platform: 'xiaohongshu', handle: 'abc123' }
		]);
	});
});

describe('row problems, each naming the row and the column as the file spells it', () => {
	it('names the problems of the malformed fixture', () => {
		const result = read(fixture('creators-malformed.csv').text);
		const found = result.rows.flatMap((r) => r.issues).map((i) => [i.row, i.column, i.code]);
		expect(found).toEqual([
			[2, 'followers', 'number'],
			[3, 'name', 'required'],
			[4, 'platform', 'platform'],
			[5, 'handle', 'duplicate'],
			[6, 'email', 'email'],
			[6, 'rate_card', 'rate_card'],
			[6, 'engagement_rate', 'engagement'],
			[6, 'measured_on', 'date']
		]);
		expect(result.errors).toBe(5);
		expect(result.creators).toEqual([]);
		expect(result.rows[3].issues[0]).toMatchObject({ value: '@AvaStone', firstRow: 2 });
		expect(result.rows[2].issues[0].options).toContain('xiaohongshu');
	});

	it('limits text, tags, and checks countries, languages and yes/no', () => {
		expect(only(`名称\n${'长'.repeat(201)}`)).toMatchObject({
			column: '名称',
			code: 'too_long',
			limit: 200
		});
		expect(
			only(`name,tags\nMia,${Array.from({ length: 21 }, (_, i) => `t${i}`).join(';')}`)
		).toMatchObject({ code: 'too_many', limit: 20 });
		expect(only('name,country\nMia,Atlantis')).toMatchObject({
			code: 'country',
			value: 'Atlantis'
		});
		expect(only('name,语言\nMia,Elvish')).toMatchObject({ column: '语言', code: 'language' });
		expect(only('name,勿联系\nMia,maybe')).toMatchObject({ code: 'yes_no' });
		expect(only('name,platform,handle,url\nMia,tiktok,mia,javascript:alert(1)')).toMatchObject({
			code: 'url'
		});
	});

	it('the same platform and handle twice is a problem on the second row, even across creators', () => {
		expect(
			only('name,platform,handle\nMia,tiktok,mia\nMia B,TikTok（海外抖音）,@MIA')
		).toMatchObject({
			row: 3,
			code: 'duplicate',
			firstRow: 2
		});
		expect(issues('name,platform,handle\nMia,tiktok,mia\nMia,instagram,mia')).toEqual([]);
	});

	it('strips the apostrophe our export puts before formula-like cells', () => {
		expect(read("name,notes\n'=HYPERLINK(1),'+1 call first").creators[0]).toMatchObject({
			name: '=HYPERLINK(1)',
			notes: '+1 call first'
		});
	});
});

const directory: ExportCreator[] = [
	{
		name: 'Mia Chen',
		niche: 'prenatal yoga',
		tags: ['yoga', 'pregnancy'],
		country: 'US',
		language: 'en',
		email: 'mia@example.com',
		wechat: '',
		whatsapp: '+1 555 0100',
		agent: 'Bloom Talent',
		rateCard: [
			{ kind: 'short_video', priceMinor: 50000, currency: 'USD' },
			{ kind: 'story', priceMinor: 12050, currency: 'USD' }
		],
		shippingAddress: '1 Main St\nBrooklyn, NY',
		notes: '=not a formula',
		doNotContact: false,
		doNotContactReason: '',
		profiles: [
			{
				platform: 'instagram',
				handle: '@mia.moves',
				url: 'https://www.instagram.com/mia.moves/',
				followers: 48200,
				avgViews: 12100,
				engagementBp: 342,
				measuredOn: '2026-05-01'
			},
			{
				platform: 'tiktok',
				handle: 'miamoves',
				url: '',
				followers: null,
				avgViews: null,
				engagementBp: 5,
				measuredOn: null
			}
		]
	},
	{
		name: '大狗日记',
		niche: '大型犬',
		tags: [],
		country: 'CN',
		language: 'zh',
		email: '',
		wechat: 'bigdog_wx',
		whatsapp: '',
		agent: '',
		rateCard: [{ kind: 'short_video', priceMinor: 300000, currency: 'CNY' }],
		shippingAddress: '',
		notes: '',
		doNotContact: true,
		doNotContactReason: '报价太高',
		profiles: []
	}
];

describe('export', () => {
	it('writes a BOM, our headers, one row per profile and defused cells', () => {
		const text = creatorsToCsv(directory);
		expect(text.startsWith('\uFEFF"name","platform","handle","url","followers"')).toBe(true);
		const [header, ...rows] = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
		expect(header).toEqual([...CREATOR_CSV_FIELDS]);
		expect(rows).toHaveLength(3);
		const cell = (row: string[], field: string) => row[header.indexOf(field)];
		expect(cell(rows[0], 'engagement_rate')).toBe('3.42%');
		expect(cell(rows[1], 'engagement_rate')).toBe('0.05%');
		expect(cell(rows[0], 'rate_card')).toBe('short_video: 500.00 USD; story: 120.50 USD');
		expect(cell(rows[0], 'notes')).toBe("'=not a formula");
		expect(cell(rows[0], 'whatsapp')).toBe("'+1 555 0100");
		expect(cell(rows[2], 'platform')).toBe('');
		expect(cell(rows[2], 'do_not_contact')).toBe('yes');
	});

	it('writes Chinese headers for a Chinese user', () => {
		const text = creatorsToCsv(directory, 'zh-CN');
		const [header, , , last] = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
		expect(header).toEqual(CREATOR_CSV_FIELDS.map((f) => CHINESE_HEADERS[f]));
		expect(last[header.indexOf('勿联系')]).toBe('是');
	});

	it('quotes every cell and guards formulas after separators, numbers left as numbers', () => {
		const hostile: ExportCreator = {
			...directory[1],
			name: 'x;=1+1',
			notes: 'a,=HYPERLINK("http://evil.example","x")',
			profiles: [{ ...directory[0].profiles[0], handle: 'hostile', followers: 1200 }]
		};
		const text = creatorsToCsv([hostile]);
		const line = text.split('\r\n')[1];
		expect(line.startsWith(`"x;'=1+1","instagram","hostile",`)).toBe(true);
		expect(line).toContain(`"a,'=HYPERLINK(""http://evil.example"",""x"")"`);
		expect(line).toContain('"1200"');
		const back = read(text);
		expect(back.errors).toBe(0);
		expect(back.creators[0]).toMatchObject({ name: hostile.name, notes: hostile.notes });
	});

	it('reads its own export back as the same creators and profiles, in either language', () => {
		for (const language of ['en', 'zh-CN'] as const) {
			const result = read(creatorsToCsv(directory, language));
			expect(result.errors).toBe(0);
			expect(result.ignored).toEqual([]);
			const back = result.creators.map(({ identity: _, rows: __, profiles, ...fields }) => ({
				...fields,
				profiles: profiles.map(({ row: _, handleKey: __, ...p }) => p)
			}));
			expect(back).toEqual(directory);
		}
	});
});

describe('hostile cells', () => {
	// Every column, beside cells that make a good profile, with one 100 kB cell in it.
	const good: Partial<Record<string, string>> = {
		name: 'Fine',
		platform: 'tiktok',
		handle: 'fine'
	};
	const cases = CREATOR_CSV_FIELDS.flatMap((field) =>
		Object.entries(HOSTILE_CELLS).map(([shape, cell]) => ({ field, shape, cell }))
	);
	it.each(cases)('reads a 100 kB $field cell of $shape in under a second', ({ field, cell }) => {
		const row = CREATOR_CSV_FIELDS.map((f) => (f === field ? cell : (good[f] ?? '')));
		const text = Papa.unparse({ fields: [...CREATOR_CSV_FIELDS], data: [row] });
		const started = performance.now();
		const result = read(text);
		expect(performance.now() - started).toBeLessThan(1000);
		expect(result.rows[0].issues).toEqual([
			expect.objectContaining({ row: 2, field, code: 'too_long', limit: CREATOR_CELL_MAX[field] })
		]);
		expect(result.creators).toEqual([]);
	});
});
