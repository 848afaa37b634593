import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduleAt } from '../../domain/schedule';
import {
	createTestDatabase,
	itemInput,
	makeBrand as makeBrandIn,
	makeChannel,
	makeUser,
	personaInput,
	pillarInput
} from '../testing';
import { createPillar } from './pillars';
import { createPersona } from './personas';
import {
	EXPORT_COLUMNS,
	listAllItemsForExport,
	listItemsForExport,
	toCsv,
	type ExportRow
} from './export';
import { createItem, type ItemInput } from './items';

let t: Awaited<ReturnType<typeof createTestDatabase>>;
let userId: string;
let brandId: string;
let otherBrandId: string;
let ny: string; // Instagram, America/New_York
let berlin: string; // email, Europe/Berlin
let pillarId: string;
let personaId: string;

const makeBrand = (workspaceId: string, name: string) =>
	makeBrandIn(t.db, workspaceId, { name, niche: 'chew toys' });

const channel = (b: string, kind: 'instagram' | 'email', label: string, timeZone: string) =>
	makeChannel(t.db, b, kind, { label, weeklyCadence: 3, timeZone });

const at = (date: string, time: string, zone = 'America/New_York') => scheduleAt(date, time, zone);

const add = (title: string, extra: Partial<ItemInput> = {}, b = brandId) =>
	createItem(t.db, b, itemInput({ channelId: ny, title, ...extra }), userId);

beforeAll(async () => {
	t = await createTestDatabase();
	const user = await makeUser(t.db, { name: 'Mei Lin' });
	userId = user.userId;
	brandId = await makeBrand(user.workspaceId, '大嚼家 BigChew');
	otherBrandId = await makeBrand(user.workspaceId, 'Other');
	ny = await channel(brandId, 'instagram', '', 'America/New_York');
	berlin = await channel(brandId, 'email', 'Newsletter DE', 'Europe/Berlin');
	pillarId = await createPillar(
		t.db,
		brandId,
		pillarInput({ name: 'Education', colour: '#1d4ed8', targetShare: 40 })
	);
	personaId = await createPersona(t.db, brandId, personaInput({ name: 'Big-dog owner' }));
});
afterAll(() => t.cleanup());

describe('listItemsForExport', () => {
	// Mon 2026-03-02 … Sun 2026-03-08, end exclusive.
	const from = '2026-03-02';
	const to = '2026-03-09';

	it('keeps [from, to) by wall date, in order, and only this brand', async () => {
		const last = await add('last day', at('2026-03-08', '23:59'));
		const first = await add('first day', at('2026-03-02', '00:00'));
		await add('day before', at('2026-03-01', '23:59'));
		await add('day after', at('2026-03-09', '00:00'));
		await add('idea without date');
		await add('other brand', at('2026-03-03', '09:00'), otherBrandId);

		const rows = await listItemsForExport(t.db, brandId, from, to);
		expect(rows.map((r) => r.id)).toEqual([first, last]);
		expect(rows[0]).toMatchObject({
			date: '2026-03-02',
			time: '00:00',
			time_zone: 'America/New_York',
			utc: '2026-03-02T05:00:00.000Z',
			channel: 'instagram',
			format: 'short_video',
			status: 'draft',
			pillar: '',
			persona: '',
			owner: ''
		});
	});

	it('fills in names and applies the calendar filters', async () => {
		const range = { from: '2026-04-06', to: '2026-04-13' };
		const named = await add('named', {
			...at('2026-04-07', '10:00', 'Europe/Berlin'),
			channelId: berlin,
			pillarId,
			personaId,
			ownerId: userId,
			status: 'approved',
			brief: 'why',
			caption: 'what',
			linkUrl: 'https://example.test/a',
			publishedUrl: 'https://example.test/p'
		});
		const plain = await add('plain', at('2026-04-08', '09:00'));

		const all = await listItemsForExport(t.db, brandId, range.from, range.to);
		expect(all.map((r) => r.id)).toEqual([named, plain]);
		expect(all[0]).toMatchObject({
			time_zone: 'Europe/Berlin',
			utc: '2026-04-07T08:00:00.000Z',
			channel: 'Newsletter DE',
			status: 'approved',
			brief: 'why',
			caption: 'what',
			pillar: 'Education',
			persona: 'Big-dog owner',
			owner: 'Mei Lin',
			link_url: 'https://example.test/a',
			published_url: 'https://example.test/p'
		});

		const ids = async (filters: Parameters<typeof listItemsForExport>[4]) =>
			(await listItemsForExport(t.db, brandId, range.from, range.to, filters)).map((r) => r.id);
		expect(await ids({ channelIds: [berlin] })).toEqual([named]);
		expect(await ids({ statuses: ['draft'] })).toEqual([plain]);
		expect(await ids({ pillarIds: [pillarId] })).toEqual([named]);
		expect(await ids({ personaIds: [personaId] })).toEqual([named]);
		expect(await ids({ ownerIds: [userId] })).toEqual([named]);
		expect(await ids({ channelIds: [ny], statuses: ['approved'] })).toEqual([]);
	});
});

describe('listAllItemsForExport', () => {
	it('holds what the list view shows: every date, then the ideas, only this brand, filtered', async () => {
		const rows = await listAllItemsForExport(t.db, brandId);
		const titles = rows.map((r) => r.title);
		expect(titles).toContain('day before');
		expect(titles).toContain('day after');
		expect(titles).not.toContain('other brand');
		// Scheduled items by date, then the ideas (no date) last.
		const firstIdea = rows.findIndex((r) => r.date === '');
		expect(firstIdea).toBeGreaterThan(0);
		expect(rows.slice(firstIdea).every((r) => r.date === '')).toBe(true);
		const dates = rows.slice(0, firstIdea).map((r) => r.date);
		expect(dates).toEqual([...dates].sort());
		const ideas = await listAllItemsForExport(t.db, brandId, { channelIds: [berlin] });
		expect(ideas.length).toBeGreaterThan(0);
		expect(ideas.every((r) => r.channel === 'Newsletter DE')).toBe(true);
	});
});

describe('toCsv', () => {
	it('round-trips awkward text through Papa.parse, defusing formulas', async () => {
		const title = 'Chew, "tough" toys\nfor 大狗 🐶🦴';
		const id = await add(title, {
			...at('2026-05-05', '08:30'),
			caption: '=HYPERLINK("http://evil.test","click")',
			brief: '+1 then -2 @team; =SUM(A1)'
		});
		const rows = await listItemsForExport(t.db, brandId, '2026-05-04', '2026-05-11');
		const csv = toCsv(rows);

		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv).toContain('\r\n');
		expect(csv.replace(/\r\n/g, '')).not.toMatch(/\r(?!\n)/);
		// Every cell quoted: the header, and the first cell of each line.
		expect(csv.slice(1).split('\r\n')[0]).toBe(EXPORT_COLUMNS.map((c) => `"${c}"`).join(','));

		const parsed = Papa.parse<ExportRow>(csv.slice(1), { header: true });
		expect(parsed.errors).toEqual([]);
		expect(parsed.meta.fields).toEqual([...EXPORT_COLUMNS]);
		expect(parsed.data).toEqual([
			{
				...rows[0],
				caption: `'=HYPERLINK("http://evil.test","click")`,
				brief: "'+1 then -2 @team; '=SUM(A1)"
			}
		]);
		expect(parsed.data[0]).toMatchObject({ id, title, date: '2026-05-05', time: '08:30' });
	});

	it('writes just the header for no rows', () => {
		expect(toCsv([])).toBe(`\uFEFF${EXPORT_COLUMNS.map((c) => `"${c}"`).join(',')}\r\n`);
	});
});
