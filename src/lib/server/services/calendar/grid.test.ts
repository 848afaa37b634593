import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduleAt } from '../../../domain/schedule';
import { createCampaign } from '../../queries/campaigns';
import { createItem } from '../../queries/items';
import { campaignInput, createTestDatabase, itemInput, makeUserWithBrand } from '../../testing';
import { readGrid, readListPage } from './grid';

const test = await createTestDatabase();
const db = test.db;
afterAll(() => test.cleanup());

let scope: { brandId: string };
let userId: string;
const week = { start: '2026-12-07', end: '2026-12-14' };
const vocabulary = { channels: [], pillars: [], personas: [] };

const on = (date: string, time = '09:00') => scheduleAt(date, time, 'America/New_York');
const add = (title: string, date: string | null, status: 'draft' | 'idea' = 'draft') => {
	const { adjustment: _, ...schedule } = date ? on(date) : { adjustment: null };
	return createItem(db, scope.brandId, itemInput({ title, status, ...schedule }), userId);
};

beforeAll(async () => {
	const ours = await makeUserWithBrand(db);
	scope = { brandId: ours.brandId };
	userId = ours.userId;
	for (const day of ['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-16']) {
		await add(`Post ${day}`, day);
	}
	await add('An idea', null, 'idea');
	await createCampaign(
		db,
		scope.brandId,
		campaignInput({ startDate: '2026-12-13', endDate: '2026-12-20' })
	);
});

const input = (overrides: Partial<Parameters<typeof readGrid>[2]> = {}) => ({
	range: week,
	week,
	max: 10,
	weekMax: 10,
	filters: {},
	vocabulary,
	now: Date.UTC(2026, 11, 7),
	...overrides
});

describe('readGrid', () => {
	it("reads the range's items, the ideas tray and the campaigns over the range", async () => {
		const read = await readGrid(db, scope, input());
		expect(read.scheduled.map((i) => i.title)).toEqual([
			'Post 2026-12-07',
			'Post 2026-12-08',
			'Post 2026-12-09'
		]);
		expect(read.truncated).toBe(false);
		expect(read.ideas.map((i) => i.title)).toEqual(['An idea']);
		// The campaign starts on the week's last day (Sunday the 13th): it is on the grid.
		expect(read.campaigns).toHaveLength(1);
	});

	it('cuts the range at its cap and says so', async () => {
		const read = await readGrid(db, scope, input({ max: 2 }));
		expect(read.scheduled).toHaveLength(2);
		expect(read.truncated).toBe(true);
	});

	it('reads a month uncapped when max is null', async () => {
		const month = { start: '2026-11-30', end: '2027-01-04' };
		const read = await readGrid(db, scope, input({ range: month, max: null }));
		expect(read.scheduled).toHaveLength(4);
		expect(read.truncated).toBe(false);
	});

	it('judges plan health on the whole week, whatever the filters show', async () => {
		const filters = { statuses: ['published' as const] };
		const read = await readGrid(db, scope, input({ filters }));
		expect(read.scheduled).toEqual([]);
		// Three items of the week are judged (and titled for the health panel), none shown.
		expect(read.titles.map((t) => t.title)).toHaveLength(3);
		expect(read.health.withoutBrief).toHaveLength(3);
	});
});

describe('readListPage', () => {
	it('pages the items with the total', async () => {
		const page = { sort: 'date' as const, dir: 'asc' as const, page: 1, size: 2 };
		const read = await readListPage(db, scope, { filters: {}, page });
		expect(read).toMatchObject({ total: 5, page: 1, pages: 3 });
		expect(read.items).toHaveLength(2);
	});

	it('answers the last page for a page past the end', async () => {
		const page = { sort: 'date' as const, dir: 'asc' as const, page: 99, size: 2 };
		const read = await readListPage(db, scope, { filters: {}, page });
		expect(read).toMatchObject({ page: 3, pages: 3 });
		expect(read.items).toHaveLength(1);
	});
});
