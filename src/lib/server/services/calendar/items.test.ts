import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rule } from '../../../domain/recurrence';
import { getItem } from '../../queries/items';
import { getSeries } from '../../queries/series';
import { createTestDatabase, makeChannel, makeUser, makeUserWithBrand } from '../../testing';
import {
	createItem,
	deleteItem,
	prepareItem,
	saveItem,
	type ItemDraft,
	type ItemScope
} from './items';

const test = await createTestDatabase();
const db = test.db;
afterAll(() => test.cleanup());

let scope: ItemScope;
let userId: string;
let channelId: string;
let otherChannelId: string;

beforeAll(async () => {
	const ours = await makeUserWithBrand(db);
	const theirs = await makeUserWithBrand(db);
	userId = ours.userId;
	scope = { workspaceId: ours.workspaceId, brandId: ours.brandId, marketTimeZone: 'UTC' };
	channelId = await makeChannel(db, ours.brandId, 'instagram', { timeZone: 'America/New_York' });
	otherChannelId = await makeChannel(db, theirs.brandId, 'instagram');
});

/** A draft as the form sends it: on our channel, 5 March 2026 at 09:00. */
const draft = (overrides: Partial<ItemDraft> = {}): ItemDraft => ({
	channelId,
	format: 'short_video',
	title: 'Post',
	brief: 'Line one\r\nline two',
	caption: '',
	pillarId: '',
	personaId: '',
	campaignId: '',
	ownerId: '',
	status: 'draft',
	linkUrl: '',
	publishedUrl: '',
	scheduledDate: '2026-03-05',
	scheduledTime: '09:00',
	...overrides
});

const weekly: Rule = {
	frequency: 'weekly',
	interval: 1,
	weekdays: [4],
	startDate: '2026-03-05',
	until: null,
	count: 3
};

async function create(overrides: Partial<ItemDraft> = {}, rule: Rule | null = null) {
	const created = await createItem(db, scope, { draft: draft(overrides), rule, userId });
	if (!created.ok) throw new Error(created.reason);
	return created.id;
}

describe('prepareItem', () => {
	it("reads the time in the channel's zone and normalises line breaks", async () => {
		const prepared = await prepareItem(db, scope, draft());
		expect(prepared).toMatchObject({
			ok: true,
			adjustment: null,
			input: { brief: 'Line one\nline two', timeZone: 'America/New_York', pillarId: null }
		});
	});

	it('reports a time moved out of a DST gap', async () => {
		const gap = draft({ scheduledDate: '2026-03-08', scheduledTime: '02:30' });
		expect(await prepareItem(db, scope, gap)).toMatchObject({ ok: true, adjustment: 'gap' });
	});

	it('answers unknown-reference for every chosen id that is not the brand’s', async () => {
		const outsider = await makeUser(db);
		const result = await prepareItem(
			db,
			scope,
			draft({ channelId: otherChannelId, campaignId: 'nope', ownerId: outsider.userId })
		);
		expect(result).toEqual({
			ok: false,
			reason: 'unknown-reference',
			field: 'channelId',
			refusals: [
				{ reason: 'unknown-reference', field: 'channelId' },
				{ reason: 'unknown-reference', field: 'campaignId' },
				{ reason: 'unknown-reference', field: 'ownerId' }
			]
		});
	});

	it("answers caption-over for a caption over the channel's limit, beside other refusals", async () => {
		const long = draft({ caption: 'x'.repeat(2201) });
		expect(await prepareItem(db, scope, long)).toEqual({
			ok: false,
			reason: 'caption-over',
			field: 'caption',
			limit: 2200,
			refusals: [{ reason: 'caption-over', field: 'caption', limit: 2200 }]
		});
		const both = await prepareItem(db, scope, { ...long, pillarId: 'nope' });
		expect(!both.ok && both.refusals.map((r) => r.reason)).toEqual([
			'unknown-reference',
			'caption-over'
		]);
	});
});

describe('createItem', () => {
	it('creates one item', async () => {
		const id = await create();
		expect(await getItem(db, scope.brandId, id)).toMatchObject({ scheduledDate: '2026-03-05' });
	});

	it('creates a series and answers its first occurrence', async () => {
		const id = await create({}, weekly);
		const first = (await getItem(db, scope.brandId, id))!;
		expect(first.scheduledDate).toBe('2026-03-05');
		const series = await getSeries(db, scope.brandId, first.seriesId!);
		expect(series?.occurrences).toHaveLength(3);
	});

	it('stores nothing for a refused draft', async () => {
		const result = await createItem(db, scope, {
			draft: draft({ personaId: 'nope' }),
			rule: null,
			userId
		});
		expect(result).toMatchObject({ ok: false, reason: 'unknown-reference', field: 'personaId' });
	});
});

describe('saveItem', () => {
	const save = (id: string, extra: Partial<Parameters<typeof saveItem>[2]> = {}) =>
		saveItem(db, scope, {
			id,
			version: 1,
			draft: draft({ title: 'Saved' }),
			wholeSeries: false,
			seriesStamp: '',
			...extra
		});

	it('saves one item, version-checked', async () => {
		const id = await create();
		expect(await save(id)).toMatchObject({ ok: true, version: 2, series: null });
		expect(await getItem(db, scope.brandId, id)).toMatchObject({ title: 'Saved' });
	});

	it('saves the whole series with its stamp', async () => {
		const id = await create({}, weekly);
		const stamp = (await getSeries(
			db,
			scope.brandId,
			(await getItem(db, scope.brandId, id))!.seriesId!
		))!.stamp;
		expect(await save(id, { wholeSeries: true, seriesStamp: stamp })).toMatchObject({
			ok: true,
			series: { updated: 2, adjusted: [] } // the other two occurrences
		});
	});

	it('answers conflict with the item as stored, for the item and for the series', async () => {
		const id = await create({}, weekly);
		const one = await save(id, { version: 7 });
		expect(one).toMatchObject({ ok: false, reason: 'conflict', wholeSeries: false });
		expect(!one.ok && one.reason === 'conflict' && one.theirs.title).toBe('Post');
		expect(!one.ok && one.reason === 'conflict' && one.seriesStamp).toEqual(expect.any(String));
		const series = await save(id, { wholeSeries: true, seriesStamp: 'stale' });
		expect(series).toMatchObject({ ok: false, reason: 'conflict', wholeSeries: true });
	});

	it('saves an item no longer in a series alone', async () => {
		const id = await create();
		expect(await save(id, { wholeSeries: true, seriesStamp: 'x' })).toMatchObject({
			ok: true,
			series: null
		});
	});

	it('answers not-found for an item deleted meanwhile', async () => {
		expect(await save('missing')).toEqual({ ok: false, reason: 'not-found' });
	});

	it('answers the refusals of the draft and stores nothing', async () => {
		const id = await create();
		const refused = await save(id, { draft: draft({ ownerId: 'nope' }) });
		expect(refused).toMatchObject({ ok: false, reason: 'unknown-reference', field: 'ownerId' });
		expect(await getItem(db, scope.brandId, id)).toMatchObject({ version: 1 });
	});
});

describe('deleteItem', () => {
	it('deletes one occurrence, or the whole series', async () => {
		const id = await create({}, weekly);
		const { seriesId } = (await getItem(db, scope.brandId, id))!;
		expect(await deleteItem(db, scope, { id, wholeSeries: false })).toEqual({ ok: true });
		const [next] = (await getSeries(db, scope.brandId, seriesId!))!.occurrences;
		expect(await deleteItem(db, scope, { id: next.id, wholeSeries: true })).toEqual({ ok: true });
		expect((await getSeries(db, scope.brandId, seriesId!))?.occurrences ?? []).toEqual([]);
	});

	it('answers not-found for a missing item, alone or with its series', async () => {
		for (const wholeSeries of [false, true]) {
			expect(await deleteItem(db, scope, { id: 'missing', wholeSeries })).toEqual({
				ok: false,
				reason: 'not-found'
			});
		}
	});
});
