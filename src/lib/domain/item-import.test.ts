import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
	decodeCsv,
	IMPORT_MAX_BYTES,
	IMPORT_FIELDS,
	IMPORT_MAX_ROWS,
	importCellCaps,
	previewImport,
	readDate,
	readTime,
	type ImportIssue,
	type ImportResult,
	type Vocabulary
} from './item-import';
import { scheduleAt } from './schedule';
import { HOSTILE_CELLS } from './testing/hostile-cells';

const vocab: Vocabulary = {
	channels: [
		{
			id: 'ch-ig',
			label: 'IG US',
			kind: 'instagram',
			timeZone: 'America/New_York',
			names: ['IG US', 'instagram', 'Instagram', 'Instagram']
		},
		{
			id: 'ch-red',
			label: '',
			kind: 'xiaohongshu',
			timeZone: 'Asia/Shanghai',
			names: ['Xiaohongshu (RED)', 'xiaohongshu', 'Xiaohongshu (RED)', '小红书']
		},
		{
			id: 'ch-sms',
			label: 'Texts',
			kind: 'sms',
			timeZone: 'Europe/Berlin',
			names: ['Texts', 'sms', 'SMS', '短信']
		},
		{
			id: 'ch-sms2',
			label: 'Texts EU',
			kind: 'sms',
			timeZone: 'Europe/Berlin',
			names: ['Texts EU', 'sms', 'SMS', '短信']
		}
	],
	pillars: [{ id: 'pl-1', names: ['How-to'] }],
	personas: [{ id: 'pe-1', names: ['Expecting Emma'] }],
	members: [
		{ id: 'u-1', names: ['Mei Lin', 'mei@example.test'] },
		{ id: 'u-2', names: ['Sam', 'sam1@example.test'] },
		{ id: 'u-3', names: ['Sam', 'sam2@example.test'] }
	],
	formats: {
		short_video: ['Short video', '短视频'],
		carousel: ['Carousel', '图文轮播'],
		long_video: ['Long video', '长视频'],
		article: ['Article', '文章'],
		email: ['Email', '邮件'],
		live: ['Live stream', '直播'],
		story: ['Story', '快拍'],
		other: ['Other', '其他']
	},
	statuses: {
		idea: ['Idea', '想法'],
		draft: ['Draft', '草稿'],
		in_review: ['In review', '审核中'],
		approved: ['Approved', '已批准'],
		scheduled: ['Scheduled', '已排期'],
		published: ['Published', '已发布'],
		skipped: ['Skipped', '已跳过']
	},
	marketTimeZone: 'America/New_York',
	limits: { title: 200, brief: 5000, caption: 10000, url: 2000 }
};

const ok = (result: ImportResult) => {
	if (!result.ok) throw new Error(`expected rows, got ${JSON.stringify(result.problem)}`);
	return result;
};
const preview = (text: string) => ok(previewImport(text, vocab));
const issues = (text: string) => preview(text).rows.flatMap((r) => r.issues);
const only = (text: string): ImportIssue => {
	const all = issues(text);
	expect(all).toHaveLength(1);
	return all[0];
};

describe('headers', () => {
	it('reads our export headers, Chinese headers and common variants, in any case or spacing', () => {
		const english = preview(
			'Title,DATE, Time ,Channel,Caption,Status\nA,2026-12-01,09:00,IG US,Hi,Draft'
		);
		const chinese = preview(
			'标题,日期,时间,渠道,格式,状态,内容支柱,人群画像,负责人,简介,文案,链接\n' +
				'上新,2026/12/1,9:00,小红书,短视频,草稿,How-to,Expecting Emma,Mei Lin,开箱,文案内容,https://x.test'
		);
		const variants = preview(
			'Post Title;Publish_Date;post-time;PLATFORM;Post Type\nB;2026-12-01;9:00 AM;IG US;story'
		);
		expect(english.rows[0].item).toMatchObject({
			title: 'A',
			channelId: 'ch-ig',
			caption: 'Hi',
			status: 'draft',
			scheduledDate: '2026-12-01',
			scheduledTime: '09:00'
		});
		expect(chinese.rows[0].issues).toEqual([]);
		expect(chinese.rows[0].item).toMatchObject({
			title: '上新',
			channelId: 'ch-red',
			format: 'short_video',
			status: 'draft',
			pillarId: 'pl-1',
			personaId: 'pe-1',
			ownerId: 'u-1',
			brief: '开箱',
			caption: '文案内容',
			linkUrl: 'https://x.test',
			timeZone: 'Asia/Shanghai'
		});
		expect(variants.rows[0].item).toMatchObject({
			title: 'B',
			format: 'story',
			scheduledTime: '09:00'
		});
	});

	it('lists unknown, repeated and export-only columns as ignored', () => {
		const result = preview('id,title,utc,Likes,Title\nx,A,2026-01-01T00:00:00Z,5,B');
		expect(result.ignored).toEqual(['id', 'utc', 'Likes', 'Title']);
		expect(result.rows[0].item?.title).toBe('A');
	});

	it('needs a title column and at least one row', () => {
		expect(previewImport('name?,date\nA,2026-01-01', vocab)).toEqual({
			ok: false,
			problem: { code: 'no_title', headers: ['name?', 'date'] }
		});
		expect(previewImport('title\n\n', vocab)).toEqual({ ok: false, problem: { code: 'empty' } });
		expect(previewImport('  \n', vocab)).toEqual({ ok: false, problem: { code: 'empty' } });
	});
});

describe('file shapes', () => {
	it('handles a BOM, CRLF, quoted multi-line cells and skips empty lines, keeping row numbers', () => {
		const result = preview(
			'\uFEFFtitle,caption\r\nA,"line one\r\nline two, with comma"\r\n\r\nB,\r\n'
		);
		expect(result.rows.map((r) => [r.row, r.item?.title])).toEqual([
			[2, 'A'],
			[4, 'B']
		]);
		expect(result.rows[0].item?.caption).toBe('line one\nline two, with comma');
	});

	it('reads semicolon-delimited files from European Excel', () => {
		const result = preview('title;caption\nA;"one, two"\nB;three');
		expect(result.rows.map((r) => r.item?.caption)).toEqual(['one, two', 'three']);
	});

	it('finds the delimiter from the header, even in a two-line file with blank lines', () => {
		const result = preview('\n\ntitle;brief\r\nMat care;"week 2; short"\r\n\r\n');
		expect(result.rows.map((r) => [r.row, r.item?.brief])).toEqual([[4, 'week 2; short']]);
		expect(preview('title\tcaption\nA\tB, C').rows[0].item?.caption).toBe('B, C');
		expect(preview('title\nA, B; C').rows[0].item?.title).toBe('A, B; C');
	});

	it('reports an unterminated quote with its row', () => {
		const result = previewImport('title,caption\nA,ok\nB,"never closed', vocab);
		expect(result).toEqual({ ok: false, problem: { code: 'quotes', row: 3 } });
	});

	it('strips the apostrophe our export puts before formula-like cells, and only that one', () => {
		const result = preview("title,caption\n'=1+1,'@everyone\n'Tis the season,'-5% off");
		expect(result.rows.map((r) => [r.item?.title, r.item?.caption])).toEqual([
			['=1+1', '@everyone'],
			["'Tis the season", '-5% off']
		]);
	});

	it('refuses more rows than the limit', () => {
		const text = `title\n${'x\n'.repeat(IMPORT_MAX_ROWS + 1)}`;
		expect(previewImport(text, vocab)).toMatchObject({
			ok: false,
			problem: { code: 'too_many_rows', limit: IMPORT_MAX_ROWS }
		});
		expect(preview(`title\n${'x\n'.repeat(IMPORT_MAX_ROWS)}`).rows).toHaveLength(IMPORT_MAX_ROWS);
	});
});

describe('decodeCsv', () => {
	const utf8 = (text: string) => new TextEncoder().encode(text);

	it('reads UTF-8 with and without a BOM', () => {
		expect(decodeCsv(utf8('\uFEFF标题\n上新'))).toMatchObject({ ok: true, text: '标题\n上新' });
		expect(decodeCsv(utf8('标题\n上新'))).toMatchObject({ ok: true, encoding: 'utf-8' });
	});

	it('reads GBK/GB18030 files from Chinese Excel', () => {
		// "标题,日期\n上新,2026-12-01" as Chinese Excel saves it (GBK).
		const gbk = new Uint8Array([
			0xb1,
			0xea,
			0xcc,
			0xe2,
			0x2c,
			0xc8,
			0xd5,
			0xc6,
			0xda,
			0x0a,
			0xc9,
			0xcf,
			0xd0,
			0xc2,
			0x2c,
			...utf8('2026-12-01')
		]);
		const decoded = decodeCsv(gbk);
		expect(decoded).toEqual({ ok: true, text: '标题,日期\n上新,2026-12-01', encoding: 'gb18030' });
	});

	it('reads UTF-16 with a BOM (Excel "Unicode text")', () => {
		const text = 'title\tcaption\nA\tB';
		const bytes = new Uint8Array(2 + text.length * 2);
		bytes.set([0xff, 0xfe]);
		for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
		const decoded = decodeCsv(bytes);
		expect(decoded.ok && preview(decoded.text).rows[0].item?.caption).toBe('B');
	});

	it('refuses Latin-1 text rather than showing it as nonsense Chinese, and files over the limit', () => {
		// "Café,Müller" in Windows-1252.
		const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x2c, 0x4d, 0xfc, 0x6c, 0x6c]);
		expect(decodeCsv(latin1)).toEqual({ ok: false, problem: { code: 'encoding' } });
		// GBK under the limit that grows past it as UTF-8 (2 → 3 bytes a character) is too big too.
		const chinese = new Uint8Array(Math.ceil(IMPORT_MAX_BYTES / 3) * 2 + 2).fill(0xb1);
		expect(decodeCsv(chinese)).toMatchObject({ ok: false, problem: { code: 'too_big' } });
		expect(decodeCsv(new Uint8Array(IMPORT_MAX_BYTES + 1))).toEqual({
			ok: false,
			problem: { code: 'too_big', limit: IMPORT_MAX_BYTES }
		});
	});
});

describe('dates and times', () => {
	it('reads the spellings people use', () => {
		expect(['2026-12-01', '2026/12/1', '2026.12.01', '2026年12月1日'].map(readDate)).toEqual(
			Array(4).fill('2026-12-01')
		);
		expect(['2026-02-30', '12/01/2026', '01.12.2026', 'tomorrow'].map(readDate)).toEqual(
			Array(4).fill(null)
		);
		expect(['09:00', '9:00', '09:00:00', '9:00 AM', '9 am', '9:00 a.m.'].map(readTime)).toEqual(
			Array(6).fill('09:00')
		);
		expect(['9:30 PM', '下午9:30', '21:30'].map(readTime)).toEqual(Array(3).fill('21:30'));
		expect(['12:00 AM', '12:05 PM'].map(readTime)).toEqual(['00:00', '12:05']);
		expect(['9', '24:00', '9:60', '13:00 PM', '9h'].map(readTime)).toEqual(Array(5).fill(null));
	});

	it('reads times on the channel wall clock, and the market zone without a channel', () => {
		const result = preview(
			'title,date,time,channel\nA,2026-12-01,09:00,小红书\nB,2026-12-01,09:00,'
		);
		const { adjustment: _, ...shanghai } = scheduleAt('2026-12-01', '09:00', 'Asia/Shanghai');
		expect(result.rows[0].item).toMatchObject(shanghai);
		expect(result.rows[1].item?.scheduledAt).toBe(
			scheduleAt('2026-12-01', '09:00', 'America/New_York').scheduledAt
		);
	});

	it('shows a DST gap or overlap as a notice, not an error', () => {
		const result = preview(
			'title,date,time,channel\nGap,2026-03-08,02:30,IG US\nTwice,2026-11-01,01:30,IG US'
		);
		expect(result.errors).toBe(0);
		expect(result.rows[0].notice).toEqual({
			kind: 'gap',
			date: '2026-03-08',
			asked: '02:30',
			saved: '03:30'
		});
		expect(result.rows[0].item?.scheduledTime).toBe('03:30');
		expect(result.rows[1].notice).toMatchObject({ kind: 'overlap', asked: '01:30' });
	});
});

describe('row errors, each naming the row and the column as the file spells it', () => {
	it('title is required and limited', () => {
		expect(only('Title,caption\n,hello')).toMatchObject({
			row: 2,
			column: 'Title',
			code: 'required'
		});
		expect(only(`标题\n${'长'.repeat(201)}`)).toMatchObject({
			column: '标题',
			code: 'too_long',
			limit: 200
		});
	});

	it('a date needs a time and a time a date; both must be readable', () => {
		expect(only('title,日期\nA,2026-12-01')).toMatchObject({ field: 'time', code: 'need_time' });
		expect(only('title,time\nA,09:00')).toMatchObject({ field: 'date', code: 'need_date' });
		expect(only('title,date,time\nA,31/12/2026,09:00')).toMatchObject({
			column: 'date',
			code: 'date',
			value: '31/12/2026'
		});
		expect(only('title,date,时间\nA,2026-12-31,9h')).toMatchObject({
			column: '时间',
			code: 'time'
		});
	});

	it('channels, pillars, personas and owners must be the brand’s, and unambiguous', () => {
		expect(only('title,channel\nA,Myspace')).toMatchObject({
			code: 'unknown',
			options: ['IG US', 'Xiaohongshu (RED)', 'Texts', 'Texts EU']
		});
		// Two SMS channels: the kind name is ambiguous, the label is not.
		expect(only('title,channel\nA,SMS')).toMatchObject({ code: 'ambiguous' });
		expect(preview('title,channel\nA,texts eu').rows[0].item?.channelId).toBe('ch-sms2');
		expect(only('title,pillar\nA,Memes')).toMatchObject({ field: 'pillar', options: ['How-to'] });
		expect(only('title,persona\nA,Nobody')).toMatchObject({ field: 'persona', code: 'unknown' });
		expect(only('title,owner\nA,Sam')).toMatchObject({ field: 'owner', code: 'ambiguous' });
		expect(preview('title,owner\nA,SAM2@example.test').rows[0].item?.ownerId).toBe('u-3');
	});

	it('format and status by key or by label in either language', () => {
		const result = preview(
			'title,format,status,channel\nA,long_video,in review,IG US\nB,直播,已发布,小红书'
		);
		expect(result.errors).toBe(0);
		expect(result.rows.map((r) => [r.item?.format, r.item?.status])).toEqual([
			['long_video', 'in_review'],
			['live', 'published']
		]);
	});

	it('unknown format or status lists what is accepted', () => {
		expect(only('title,format\nA,Reel')).toMatchObject({
			code: 'unknown',
			options: expect.arrayContaining(['Short video'])
		});
		expect(only('title,status\nA,Done')).toMatchObject({ field: 'status', code: 'unknown' });
	});

	it('a status past idea needs a channel, as in the item form', () => {
		expect(only('title,status\nA,Draft')).toMatchObject({ field: 'channel', code: 'need_channel' });
	});

	it('captions must fit the channel; links must be web links', () => {
		expect(only(`title,channel,caption\nA,Texts,${'x'.repeat(161)}`)).toMatchObject({
			code: 'caption_over',
			limit: 160
		});
		expect(only('title,link\nA,javascript:alert(1)')).toMatchObject({
			field: 'link_url',
			code: 'url'
		});
		expect(only('title,published_url\nA,http://x.test')).toMatchObject({ code: 'https' });
	});

	it('a time_zone that is not the channel’s is an error, not a silent shift', () => {
		expect(
			only('title,date,time,time_zone,channel\nA,2026-12-01,09:00,Europe/Paris,IG US')
		).toMatchObject({ field: 'time_zone', code: 'zone', options: ['America/New_York'] });
		expect(
			issues('title,date,time,time_zone,channel\nA,2026-12-01,09:00,America/New_York,IG US')
		).toEqual([]);
	});

	it('counts rows with errors and keeps the good rows’ items', () => {
		const result = preview('title,date\nA,\n,\nC,2026-01-01\n');
		expect(result.errors).toBe(1);
		expect(result.rows.map((r) => r.row)).toEqual([2, 4]);
	});
});

describe('hostile cells', () => {
	// Every column the import reads, beside a row that is fine, with one 100 kB cell in it.
	const fields = IMPORT_FIELDS.filter((f) => f !== 'utc' && f !== 'id');
	const good: Record<string, string> = { title: 'Fine', date: '2026-03-02', time: '09:00' };
	const cases = fields.flatMap((field) =>
		Object.entries(HOSTILE_CELLS).map(([shape, cell]) => ({ field, shape, cell }))
	);
	it.each(cases)('reads a 100 kB $field cell of $shape in under a second', ({ field, cell }) => {
		const row = fields.map((f) => (f === field ? cell : (good[f] ?? '')));
		const text = Papa.unparse({ fields: [...fields], data: [row] });
		const started = performance.now();
		const result = preview(text);
		expect(performance.now() - started).toBeLessThan(1000);
		const limit = importCellCaps(vocab.limits)[field];
		expect(result.rows[0].issues.filter((i) => i.field === field)).toEqual([
			expect.objectContaining({ row: 2, field, code: 'too_long', limit })
		]);
		expect(result.rows[0].item).toBeNull();
	});
});
