import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduleAt } from '../../../domain/schedule';
import { createItem, getItem } from '../../queries/items';
import { createTestDatabase, itemInput, makeChannel, makeUserWithBrand } from '../../testing';
import { moveItem } from './move';

const test = await createTestDatabase();
const db = test.db;
afterAll(() => test.cleanup());

let scope: { brandId: string; marketTimeZone: string };
let channelId: string;
let userId: string;
let otherChannelId: string;

beforeAll(async () => {
	const ours = await makeUserWithBrand(db);
	const theirs = await makeUserWithBrand(db);
	scope = { brandId: ours.brandId, marketTimeZone: 'UTC' };
	userId = ours.userId;
	channelId = await makeChannel(db, ours.brandId, 'instagram', { timeZone: 'UTC' });
	otherChannelId = await makeChannel(db, theirs.brandId, 'instagram', { timeZone: 'UTC' });
});

/** An item on our channel on 5 March 2026 at 09:00, or an idea in the tray without a time. */
async function add(scheduled = true) {
	const { adjustment: _, ...schedule } = scheduleAt('2026-03-05', '09:00', 'UTC');
	const input = scheduled ? itemInput({ channelId, ...schedule }) : itemInput({ status: 'idea' });
	return createItem(db, scope.brandId, input, userId);
}

describe('moveItem', () => {
	it('moves to a day, keeping the time, and answers where it came from', async () => {
		const id = await add();
		const to = { date: '2026-03-06', channelId, time: null };
		expect(await moveItem(db, scope, { id, version: 1, to })).toMatchObject({
			ok: true,
			version: 2,
			adjustment: null,
			schedule: { scheduledDate: '2026-03-06', scheduledTime: '09:00' },
			from: { date: '2026-03-05', time: '09:00', channelId },
			title: 'Post'
		});
	});

	it('sends an item back to the ideas tray when there is no date', async () => {
		const id = await add();
		const moved = await moveItem(db, scope, {
			id,
			version: 1,
			to: { date: '', channelId, time: null }
		});
		expect(moved).toMatchObject({ ok: true, version: 2, schedule: { scheduledDate: null } });
		expect(await getItem(db, scope.brandId, id)).toMatchObject({ scheduledDate: null, channelId });
	});

	it('answers not-found for a missing item and for another brand’s', async () => {
		const to = { date: '2026-03-06', channelId: null, time: null };
		expect(await moveItem(db, scope, { id: 'missing', version: 1, to })).toEqual({
			ok: false,
			reason: 'not-found'
		});
		const id = await add();
		const elsewhere = { ...scope, brandId: 'other-brand' };
		expect(await moveItem(db, elsewhere, { id, version: 1, to })).toEqual({
			ok: false,
			reason: 'not-found'
		});
	});

	it.each(['2026-03-06', ''])('answers conflict for a stale version (date "%s")', async (date) => {
		const id = await add();
		const to = { date, channelId, time: null };
		expect(await moveItem(db, scope, { id, version: 2, to })).toEqual({
			ok: false,
			reason: 'conflict'
		});
		expect(await getItem(db, scope.brandId, id)).toMatchObject({ version: 1 });
	});

	it('answers time-needed for an idea without a time, and moves it with one', async () => {
		const id = await add(false);
		const to = { date: '2026-03-06', channelId, time: null };
		expect(await moveItem(db, scope, { id, version: 1, to })).toEqual({
			ok: false,
			reason: 'time-needed'
		});
		const timed = { ...to, time: '10:00' };
		expect(await moveItem(db, scope, { id, version: 1, to: timed })).toMatchObject({
			ok: true,
			from: { date: null, time: null, channelId: null }
		});
	});

	it('answers channel-not-found for another brand’s channel', async () => {
		const id = await add();
		const to = { date: '2026-03-06', channelId: otherChannelId, time: null };
		expect(await moveItem(db, scope, { id, version: 1, to })).toEqual({
			ok: false,
			reason: 'channel-not-found'
		});
	});
});
