import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rule } from '../../domain/recurrence';
import { createTestDatabase, itemInput, makeBrand, makeChannel, makeUser } from '../testing';
import { contentItems, itemSeries } from '../db/schema';
import { getItem, moveItem, updateItem } from './items';
import {
	createSeries,
	deleteSeriesFrom,
	getSeries,
	saveSeries,
	type OccurrenceInput
} from './series';

let t: Awaited<ReturnType<typeof createTestDatabase>>;
let userId: string;
let brandId: string;
let otherBrandId: string;
let ny: string; // email, America/New_York

const NY = 'America/New_York';
// Thursday 4 November 2027; New York leaves summer time on Sunday 7 November.
const MON_THU: Rule = {
	frequency: 'weekly',
	interval: 1,
	weekdays: [1, 4],
	startDate: '2027-11-04',
	until: null,
	count: 6
};
const DATES = ['2027-11-04', '2027-11-08', '2027-11-11', '2027-11-15', '2027-11-18', '2027-11-22'];

// An occurrence is an item without a schedule: the series gives each one its own.
const input = (title: string): OccurrenceInput => {
	const item = itemInput({ channelId: ny, format: 'email', title, brief: 'What is new this week' });
	const {
		scheduledDate: _d,
		scheduledTime: _t,
		timeZone: _z,
		scheduledAt: _a,
		...occurrence
	} = item;
	return occurrence;
};

async function newSeries(title: string, rule = MON_THU, time = '09:00') {
	const result = await createSeries(t.db, brandId, rule, input(title), { time, zone: NY }, userId);
	if (!result.ok) throw new Error(result.reason);
	return result;
}

const rowsOf = (seriesId: string) =>
	t.db
		.select()
		.from(contentItems)
		.where(eq(contentItems.seriesId, seriesId))
		.orderBy(contentItems.scheduledDate);

beforeAll(async () => {
	t = await createTestDatabase();
	const user = await makeUser(t.db);
	userId = user.userId;
	brandId = await makeBrand(t.db, user.workspaceId);
	otherBrandId = await makeBrand(t.db, user.workspaceId, { name: 'Other' });
	ny = await makeChannel(t.db, brandId, 'email', { weeklyCadence: 2, timeZone: NY });
});
afterAll(() => t.cleanup());

describe('createSeries', () => {
	it('creates the rule and one item per date, at 09:00 New York on each side of DST', async () => {
		const { seriesId, itemIds, adjusted } = await newSeries('Weekly tips');
		const rows = await rowsOf(seriesId);
		expect(rows.map((r) => r.scheduledDate)).toEqual(DATES);
		expect(rows.map((r) => r.id).sort()).toEqual([...itemIds].sort());
		expect(new Set(rows.map((r) => r.scheduledTime))).toEqual(new Set(['09:00']));
		expect(rows[0].scheduledAt).toBe(Date.UTC(2027, 10, 4, 13, 0)); // EDT, UTC−4
		expect(rows[1].scheduledAt).toBe(Date.UTC(2027, 10, 8, 14, 0)); // EST, UTC−5
		expect(rows.every((r) => r.title === 'Weekly tips' && r.brandId === brandId)).toBe(true);
		expect(adjusted).toEqual([]);
		const [series] = await t.db.select().from(itemSeries).where(eq(itemSeries.id, seriesId));
		expect(series).toMatchObject({ frequency: 'weekly', weekdays: [1, 4], count: 6, until: null });
	});

	it('moves a time in a DST gap forward on that date only', async () => {
		const rule: Rule = { ...MON_THU, weekdays: [7], startDate: '2027-03-07', count: 3 };
		const { seriesId, adjusted } = await newSeries('Sunday live', rule, '02:30');
		const rows = await rowsOf(seriesId);
		expect(rows.map((r) => `${r.scheduledDate} ${r.scheduledTime}`)).toEqual([
			'2027-03-07 02:30',
			'2027-03-14 03:30',
			'2027-03-21 02:30'
		]);
		expect(adjusted).toEqual(['2027-03-14']);
	});

	it('creates nothing for a refused rule, nor when an insert fails', async () => {
		const before = (await t.db.select().from(itemSeries)).length;
		const refused = await createSeries(
			t.db,
			brandId,
			{ ...MON_THU, count: 0 },
			input('x'),
			{ time: '09:00', zone: NY },
			userId
		);
		expect(refused).toEqual({ ok: false, reason: 'bad-count' });
		// An unknown user breaks the items' foreign key after the series row was written.
		await expect(
			createSeries(t.db, brandId, MON_THU, input('x'), { time: '09:00', zone: NY }, 'nobody')
		).rejects.toThrow();
		expect((await t.db.select().from(itemSeries)).length).toBe(before);
	});
});

describe('getSeries', () => {
	it('lists the occurrences in date order, only through the series’ brand', async () => {
		const { seriesId } = await newSeries('Listed');
		const found = await getSeries(t.db, brandId, seriesId);
		expect(found?.occurrences.map((o) => o.scheduledDate)).toEqual(DATES);
		expect(found?.stamp).toMatch(/^\d+\.6\.6$/);
		expect(await getSeries(t.db, otherBrandId, seriesId)).toBeNull();
	});

	it('reads the occurrences through the series index', async () => {
		const plan = await t.client.execute({
			sql: 'EXPLAIN QUERY PLAN SELECT id FROM content_items WHERE series_id = ? AND brand_id = ? ORDER BY scheduled_date',
			args: ['x', brandId]
		});
		const detail = plan.rows.map((r) => String(r.detail)).join('\n');
		expect(detail).toMatch(/USING INDEX content_items_series_idx/);
	});
});

describe('saveSeries', () => {
	it('copies content and time of day to the unsettled occurrences, each on its own date', async () => {
		const { seriesId, itemIds } = await newSeries('Before');
		const rows = await rowsOf(seriesId);
		// One already went out and one was skipped: a series edit leaves both alone.
		await updateItem(t.db, brandId, rows[0].id, 1, { status: 'published' });
		await updateItem(t.db, brandId, rows[5].id, 1, { status: 'skipped' });
		const { stamp } = (await getSeries(t.db, brandId, seriesId))!;
		const target = rows[2];
		const result = await saveSeries(
			t.db,
			brandId,
			target.id,
			{ version: target.version, stamp },
			{
				...input('After'),
				status: 'approved',
				scheduledDate: target.scheduledDate,
				scheduledTime: '10:15',
				timeZone: NY,
				scheduledAt: Date.UTC(2027, 10, 11, 15, 15)
			},
			'10:15'
		);
		expect(result).toMatchObject({ ok: true, version: 2, updated: 3 });
		const after = await rowsOf(seriesId);
		expect(after.map((r) => [r.title, r.scheduledTime, r.status])).toEqual([
			['Before', '09:00', 'published'],
			['After', '10:15', 'draft'],
			['After', '10:15', 'approved'],
			['After', '10:15', 'draft'],
			['After', '10:15', 'draft'],
			['Before', '09:00', 'skipped']
		]);
		// Each keeps its date; the instant follows that date's offset.
		expect(after.map((r) => r.scheduledDate)).toEqual(DATES);
		expect(after[1].scheduledAt).toBe(Date.UTC(2027, 10, 8, 15, 15));
		expect(itemIds).toContain(target.id);
	});

	it('moves a new time that falls in a DST gap forward on that date only', async () => {
		const rule: Rule = { ...MON_THU, weekdays: [7], startDate: '2027-03-07', count: 3 };
		const { seriesId } = await newSeries('Sunday live', rule, '09:00');
		const [first] = await rowsOf(seriesId);
		const { stamp } = (await getSeries(t.db, brandId, seriesId))!;
		const result = await saveSeries(
			t.db,
			brandId,
			first.id,
			{ version: first.version, stamp },
			{ scheduledTime: '02:30', timeZone: NY, scheduledAt: Date.UTC(2027, 2, 7, 7, 30) },
			'02:30'
		);
		expect(result).toMatchObject({ ok: true, updated: 2, adjusted: ['2027-03-14'] });
		const rows = await rowsOf(seriesId);
		expect(rows.map((r) => `${r.scheduledDate} ${r.scheduledTime}`)).toEqual([
			'2027-03-07 02:30',
			'2027-03-14 03:30',
			'2027-03-21 02:30'
		]);
		// 03:30 EDT and 02:30 EDT: UTC−4 from the 14th.
		expect(rows.slice(1).map((r) => r.scheduledAt)).toEqual([
			Date.UTC(2027, 2, 14, 7, 30),
			Date.UTC(2027, 2, 21, 6, 30)
		]);
	});

	it('refuses a stale item version or a series changed since the page was loaded', async () => {
		const { seriesId } = await newSeries('Stable');
		const rows = await rowsOf(seriesId);
		const { stamp } = (await getSeries(t.db, brandId, seriesId))!;
		const save = (version: number, s: string) =>
			saveSeries(t.db, brandId, rows[1].id, { version, stamp: s }, input('Changed'), null);
		expect(await save(7, stamp)).toEqual({ ok: false, reason: 'conflict' });
		// Someone moves another occurrence meanwhile: the stamp moves with it.
		const moved = await moveItem(t.db, brandId, rows[3].id, 1, { date: '2027-11-16' }, NY);
		expect(moved.ok).toBe(true);
		expect(await save(1, stamp)).toEqual({ ok: false, reason: 'conflict' });
		expect((await rowsOf(seriesId)).every((r) => r.title === 'Stable')).toBe(true);
		const fresh = (await getSeries(t.db, brandId, seriesId))!.stamp;
		expect(await save(1, fresh)).toMatchObject({ ok: true, updated: 5 });
	});

	it('does not reach another brand’s item', async () => {
		const { itemIds } = await newSeries('Mine');
		const { stamp } = (await getSeries(
			t.db,
			brandId,
			(await getItem(t.db, brandId, itemIds[0]))!.seriesId!
		))!;
		const result = await saveSeries(
			t.db,
			otherBrandId,
			itemIds[0],
			{ version: 1, stamp },
			input('Theirs'),
			null
		);
		expect(result).toEqual({ ok: false, reason: 'not-found' });
	});
});

describe('deleteSeriesFrom', () => {
	it('deletes the item and every unpublished occurrence, keeping published ones', async () => {
		const { seriesId, itemIds } = await newSeries('Doomed');
		const rows = await rowsOf(seriesId);
		await updateItem(t.db, brandId, rows[0].id, 1, { status: 'published' });
		expect(await deleteSeriesFrom(t.db, otherBrandId, itemIds[2])).toBe(0);
		expect(await deleteSeriesFrom(t.db, brandId, rows[3].id)).toBe(5);
		expect((await rowsOf(seriesId)).map((r) => r.id)).toEqual([rows[0].id]);
		// The published occurrence still names its series, so the rule stays.
		expect(await getSeries(t.db, brandId, seriesId)).not.toBeNull();
		expect(await deleteSeriesFrom(t.db, brandId, rows[0].id)).toBe(1);
		expect(await getSeries(t.db, brandId, seriesId)).toBeNull();
	});

	it('deletes a lone item like an ordinary delete', async () => {
		const { seriesId } = await newSeries('Alone', { ...MON_THU, count: 1 });
		const [row] = await rowsOf(seriesId);
		await t.db
			.update(contentItems)
			.set({ seriesId: null })
			.where(and(eq(contentItems.id, row.id)));
		expect(await deleteSeriesFrom(t.db, brandId, row.id)).toBe(1);
	});
});
