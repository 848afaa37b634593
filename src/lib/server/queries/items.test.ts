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
	cardColumns,
	createItem,
	getItem,
	itemsPageQuery,
	listItemsInRange,
	listItemsPage,
	listUnscheduled,
	moveItem,
	type ItemInput
} from './items';
import { contentItems } from '../db/schema';
import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';

let t: Awaited<ReturnType<typeof createTestDatabase>>;
let userId: string;
let brandId: string;
let otherBrandId: string;
let ny: string; // Instagram, America/New_York
let berlin: string; // email, Europe/Berlin
let otherChannel: string; // a channel of another brand
let pillarId: string;
let personaId: string;

const makeBrand = (workspaceId: string) =>
	makeBrandIn(t.db, workspaceId, { niche: 'prenatal yoga mats' });

const channel = (b: string, kind: 'instagram' | 'email', timeZone: string) =>
	makeChannel(t.db, b, kind, { weeklyCadence: 3, timeZone });

const item = (title: string, extra: Partial<ItemInput> = {}) =>
	itemInput({ channelId: ny, title, brief: 'a long brief', ...extra });

const at = (date: string, time: string, zone = 'America/New_York') => scheduleAt(date, time, zone);
const add = (title: string, extra: Partial<ItemInput> = {}, b = brandId) =>
	createItem(t.db, b, item(title, extra), userId);

beforeAll(async () => {
	t = await createTestDatabase();
	const user = await makeUser(t.db);
	userId = user.userId;
	brandId = await makeBrand(user.workspaceId);
	otherBrandId = await makeBrand(user.workspaceId);
	ny = await channel(brandId, 'instagram', 'America/New_York');
	berlin = await channel(brandId, 'email', 'Europe/Berlin');
	otherChannel = await channel(otherBrandId, 'instagram', 'America/New_York');
	pillarId = await createPillar(
		t.db,
		brandId,
		pillarInput({ name: 'Education', colour: '#1d4ed8', targetShare: 40 })
	);
	personaId = await createPersona(t.db, brandId, personaInput({ name: 'First-time mum' }));
});
afterAll(() => t.cleanup());

describe('listItemsInRange', () => {
	// The week Mon 2026-03-02 … Sun 2026-03-08, end exclusive.
	const from = '2026-03-02';
	const to = '2026-03-09';

	it('includes the first and last day of the week and nothing outside', async () => {
		const first = await add('first day', at('2026-03-02', '00:00'));
		const last = await add('last day, late', at('2026-03-08', '23:30'));
		const next = await add('next week', at('2026-03-09', '00:00'));
		const before = await add('week before', at('2026-03-01', '23:59'));
		const ids = (await listItemsInRange(t.db, brandId, from, to)).map((i) => i.id);
		expect(ids).toEqual(expect.arrayContaining([first, last]));
		expect(ids).not.toContain(next);
		expect(ids).not.toContain(before);
	});

	it('places an item on its own channel wall date, whatever the instant is elsewhere', async () => {
		// 00:30 Monday 9 March in Berlin is still Sunday 8 March in New York: it is Berlin's Monday.
		const id = await add('berlin monday', {
			channelId: berlin,
			...at('2026-03-09', '00:30', 'Europe/Berlin')
		});
		// 23:30 Sunday 8 March in New York is already Monday in Berlin: it is New York's Sunday.
		const sunday = await add('new york sunday', at('2026-03-08', '23:30'));
		const ids = (await listItemsInRange(t.db, brandId, from, to)).map((i) => i.id);
		expect(ids).not.toContain(id);
		expect(ids).toContain(sunday);
		const nextWeek = await listItemsInRange(t.db, brandId, '2026-03-09', '2026-03-16');
		expect(nextWeek.find((i) => i.id === id)?.scheduledDate).toBe('2026-03-09');
	});

	it('sends cards only (no brief or caption) and keeps other brands out', async () => {
		await add(
			'other brand',
			{ channelId: otherChannel, ...at('2026-03-03', '10:00') },
			otherBrandId
		);
		const cards = await listItemsInRange(t.db, brandId, from, to);
		expect(cards.every((c) => !('brief' in c) && !('caption' in c))).toBe(true);
		expect(cards.map((c) => c.title)).not.toContain('other brand');
	});

	it('filters by channel, status, pillar, persona and owner', async () => {
		const a = await add('filtered', {
			channelId: berlin,
			status: 'approved',
			pillarId,
			personaId,
			ownerId: userId,
			...at('2026-03-04', '10:00', 'Europe/Berlin')
		});
		const only = async (filters: Parameters<typeof listItemsInRange>[4]) =>
			(await listItemsInRange(t.db, brandId, from, to, filters)).map((i) => i.id);
		expect(await only({ channelIds: [berlin] })).toEqual([a]);
		expect(await only({ statuses: ['approved'] })).toEqual([a]);
		expect(await only({ pillarIds: [pillarId] })).toEqual([a]);
		expect(await only({ personaIds: [personaId] })).toEqual([a]);
		expect(await only({ ownerIds: [userId] })).toEqual([a]);
		expect(await only({ channelIds: [berlin], statuses: ['draft'] })).toEqual([]);
	});

	it('reads through content_items_brand_date_idx, never a full scan', async () => {
		// listItemsInRange is async (it runs its query), so its SQL is rebuilt here from the same
		// columns, conditions and order, with a filter as the grid sends one.
		const query = t.db
			.select(cardColumns)
			.from(contentItems)
			.where(
				and(
					eq(contentItems.brandId, brandId),
					gte(contentItems.scheduledDate, from),
					lt(contentItems.scheduledDate, to),
					inArray(contentItems.status, ['draft', 'approved'])
				)
			)
			.orderBy(
				asc(contentItems.scheduledDate),
				asc(contentItems.scheduledTime),
				asc(contentItems.id)
			);
		const { sql, params } = query.toSQL();
		const plan = await t.client.execute({
			sql: `EXPLAIN QUERY PLAN ${sql}`,
			args: params as never
		});
		const detail = plan.rows.map((r) => String(r.detail)).join('\n');
		expect(detail).toMatch(/SEARCH content_items USING INDEX content_items_brand_date_idx/);
		expect(detail).not.toMatch(/SCAN content_items/);
		// Ordered by the index itself: at most the id tie-break is sorted, never the whole week.
		expect(detail).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/);
	});
});

describe('listUnscheduled', () => {
	it('lists the ideas with no date, filtered like the grid', async () => {
		const idea = await add('an idea', { status: 'idea', channelId: null });
		const other = await add('an email idea', { status: 'idea', channelId: berlin });
		const ideas = (await listUnscheduled(t.db, brandId)).map((i) => i.id);
		expect(ideas).toEqual(expect.arrayContaining([idea, other]));
		expect(ideas.every(Boolean)).toBe(true);
		expect(
			(await listUnscheduled(t.db, brandId, { channelIds: [berlin] })).map((i) => i.id)
		).toEqual([other]);
		expect(await listUnscheduled(t.db, otherBrandId)).toEqual([]);
	});
});

describe('listItemsPage', () => {
	// A brand of its own, so the counts are exact whatever the other tests add.
	let listBrand: string;
	let chA: string;
	let chB: string;
	const total = 23;

	beforeAll(async () => {
		const user = await makeUser(t.db);
		listBrand = await makeBrand(user.workspaceId);
		chA = await channel(listBrand, 'instagram', 'America/New_York');
		chB = await channel(listBrand, 'email', 'Europe/Berlin');
		for (let i = 0; i < total; i += 1) {
			// Several items share a day and time, and some have none: the order must still be total.
			const scheduled =
				i % 5 === 0 ? {} : at(`2026-04-${String(10 + (i % 4)).padStart(2, '0')}`, '09:00');
			await add(
				`Item ${String.fromCharCode(65 + ((i * 7) % 26))}${i}`,
				{ channelId: i % 2 ? chA : chB, status: i % 3 ? 'draft' : 'approved', ...scheduled },
				listBrand
			);
		}
	});

	const page = (n: number, extra: Partial<Parameters<typeof listItemsPage>[3]> = {}) =>
		listItemsPage(t.db, listBrand, {}, { sort: 'date', dir: 'asc', page: n, size: 5, ...extra });

	it('pages are disjoint and together hold every item, for every sort and direction', async () => {
		for (const sort of ['date', 'title', 'channel', 'status', 'owner', 'pillar'] as const)
			for (const dir of ['asc', 'desc'] as const) {
				const seen: string[] = [];
				for (let n = 1; n <= 5; n += 1) {
					const result = await page(n, { sort, dir });
					expect(result.total).toBe(total);
					expect(result.items.length).toBe(n < 5 ? 5 : 3);
					seen.push(...result.items.map((i) => i.id));
				}
				expect(new Set(seen).size, `${sort} ${dir}`).toBe(total);
				expect((await page(6, { sort, dir })).items).toEqual([]);
			}
	});

	it('sorts by date (ideas with no date first), by title, and by status in lifecycle order', async () => {
		const all = await page(1, { size: 100 });
		const dates = all.items.map((i) => i.scheduledDate ?? '');
		expect(dates).toEqual([...dates].sort());
		const titles = (await page(1, { size: 100, sort: 'title', dir: 'desc' })).items.map(
			(i) => i.title
		);
		expect(titles).toEqual([...titles].sort((a, b) => b.localeCompare(a)));
		const statuses = (await page(1, { size: 100, sort: 'status' })).items.map((i) => i.status);
		expect(statuses.indexOf('approved')).toBeGreaterThan(statuses.lastIndexOf('draft'));
	});

	it('filters, counts only what matches, and keeps other brands out', async () => {
		const email = await listItemsPage(
			t.db,
			listBrand,
			{ channelIds: [chB], statuses: ['approved'] },
			{ sort: 'date', dir: 'asc', page: 1, size: 50 }
		);
		expect(email.total).toBe(email.items.length);
		expect(email.items.every((i) => i.channelId === chB && i.status === 'approved')).toBe(true);
		const other = await listItemsPage(
			t.db,
			otherBrandId,
			{},
			{
				sort: 'title',
				dir: 'asc',
				page: 1,
				size: 50
			}
		);
		expect(other.items.map((i) => i.title)).not.toContain('Item A0');
	});

	const planOf = async (query: ReturnType<typeof itemsPageQuery>) => {
		const { sql, params } = query.toSQL();
		const plan = await t.client.execute({
			sql: `EXPLAIN QUERY PLAN ${sql}`,
			args: params as never
		});
		return plan.rows.map((r) => String(r.detail)).join('\n');
	};

	it('reads one page by date straight from content_items_brand_date_idx, in index order', async () => {
		for (const dir of ['asc', 'desc'] as const) {
			const detail = await planOf(
				itemsPageQuery(
					t.db,
					listBrand,
					{ statuses: ['draft'] },
					{
						sort: 'date',
						dir,
						page: 3,
						size: 50
					}
				)
			);
			expect(detail).toMatch(/SEARCH content_items USING INDEX content_items_brand_date_idx/);
			expect(detail).not.toMatch(/SCAN content_items/);
			expect(detail).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/);
		}
	});

	it('other sorts search the brand through an index, never scan the table', async () => {
		for (const sort of ['title', 'channel', 'status', 'owner', 'pillar'] as const) {
			const detail = await planOf(
				itemsPageQuery(t.db, listBrand, {}, { sort, dir: 'asc', page: 1, size: 50 })
			);
			expect(detail, sort).toMatch(
				/SEARCH content_items USING (COVERING )?INDEX content_items_brand/
			);
			expect(detail, sort).not.toMatch(/SCAN content_items/);
		}
	});
});

describe('moveItem', () => {
	it('keeps 09:00 on the wall clock across the New York DST change', async () => {
		const id = await add('dst', at('2026-03-07', '09:00'));
		const before = (await getItem(t.db, brandId, id))!;
		const result = await moveItem(t.db, brandId, id, 1, { date: '2026-03-09' }, 'America/New_York');
		expect(result).toMatchObject({ ok: true, version: 2, adjustment: null });
		const after = (await getItem(t.db, brandId, id))!;
		expect(after).toMatchObject({ scheduledDate: '2026-03-09', scheduledTime: '09:00' });
		// Two calendar days later, but one hour less in between: clocks sprang forward on the 8th.
		expect(after.scheduledAt! - before.scheduledAt!).toBe((48 - 1) * 3_600_000);
		expect(after.scheduledAt).toBe(Date.UTC(2026, 2, 9, 13, 0));
	});

	it('keeps the wall time when moving to a channel in another zone', async () => {
		const id = await add('zones', at('2026-03-03', '09:00'));
		const result = await moveItem(
			t.db,
			brandId,
			id,
			1,
			{ date: '2026-03-04', channelId: berlin },
			'America/New_York'
		);
		expect(result.ok).toBe(true);
		expect(await getItem(t.db, brandId, id)).toMatchObject({
			channelId: berlin,
			scheduledDate: '2026-03-04',
			scheduledTime: '09:00',
			timeZone: 'Europe/Berlin',
			scheduledAt: Date.UTC(2026, 2, 4, 8, 0)
		});
	});

	it('reports a time moved forward out of a DST gap', async () => {
		const id = await add('gap', at('2026-03-07', '02:30'));
		const result = await moveItem(t.db, brandId, id, 1, { date: '2026-03-08' }, 'America/New_York');
		expect(result).toMatchObject({
			ok: true,
			adjustment: 'gap',
			schedule: { scheduledTime: '03:30' }
		});
	});

	it('refuses a stale version and changes nothing', async () => {
		const id = await add('stale', at('2026-03-05', '12:00'));
		expect((await moveItem(t.db, brandId, id, 1, { date: '2026-03-06' }, 'UTC')).ok).toBe(true);
		const stale = await moveItem(t.db, brandId, id, 1, { date: '2026-03-02' }, 'UTC');
		expect(stale).toEqual({ ok: false, reason: 'conflict' });
		expect(await getItem(t.db, brandId, id)).toMatchObject({
			scheduledDate: '2026-03-06',
			version: 2
		});
	});

	it('asks for a time when an idea from the tray has none, and takes the one given', async () => {
		const id = await add('tray', { status: 'idea' });
		const target = { date: '2026-03-05', channelId: ny };
		expect(await moveItem(t.db, brandId, id, 1, target, 'UTC')).toEqual({
			ok: false,
			reason: 'time-needed'
		});
		const moved = await moveItem(t.db, brandId, id, 1, { ...target, time: '09:00' }, 'UTC');
		expect(moved).toMatchObject({
			ok: true,
			schedule: { scheduledDate: '2026-03-05', scheduledTime: '09:00' }
		});
	});

	it('refuses a channel of another brand, and an item of another brand', async () => {
		const id = await add('mine', at('2026-03-05', '09:00'));
		expect(
			await moveItem(t.db, brandId, id, 1, { date: '2026-03-06', channelId: otherChannel }, 'UTC')
		).toEqual({ ok: false, reason: 'channel-not-found' });
		expect(await moveItem(t.db, otherBrandId, id, 1, { date: '2026-03-06' }, 'UTC')).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await getItem(t.db, brandId, id)).toMatchObject({
			scheduledDate: '2026-03-05',
			version: 1
		});
	});
});
