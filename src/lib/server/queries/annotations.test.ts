import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, makeChannel, makeMetric, makeUserWithBrand } from '../testing';
import {
	campaigns,
	collaborationEvents,
	collaborations,
	contentItems,
	creators
} from '../db/schema';
import {
	addNote,
	deleteNote,
	listChartNotes,
	listNotes,
	notesForMetric,
	updateNote
} from './annotations';
import { resolveWall } from '../../domain/zoned-time';

type TestDb = Awaited<ReturnType<typeof createTestDatabase>>;
let t: TestDb;
beforeEach(async () => {
	t = await createTestDatabase();
});
afterEach(() => t.cleanup());

const ZONE = 'America/New_York';

async function setup() {
	const { workspaceId, userId, brandId } = await makeUserWithBrand(t.db, { marketTimeZone: ZONE });
	const channel = (kind: 'email' | 'tiktok') =>
		makeChannel(t.db, brandId, kind, { timeZone: ZONE });
	const email = await channel('email');
	const tiktok = await channel('tiktok');
	const list = await makeMetric(t.db, brandId, email, 'email_subscribers');
	const followers = await makeMetric(t.db, brandId, tiktok, 'followers');
	return { workspaceId, userId, brandId, email, tiktok, list, followers };
}

describe('hand-written notes', () => {
	it('adds, edits with a version check and deletes', async () => {
		const s = await setup();
		const added = await addNote(t.db, s.brandId, s.userId, {
			day: '2026-11-10',
			text: 'Price test',
			metricId: s.list
		});
		expect(added.ok).toBe(true);
		const [note] = await listNotes(t.db, s.brandId);
		expect(note).toMatchObject({
			day: '2026-11-10',
			text: 'Price test',
			metricId: s.list,
			version: 1
		});
		const edit = { day: '2026-11-11', text: 'Price test ended', metricId: null };
		expect(await updateNote(t.db, s.brandId, note.id, 1, edit)).toEqual({ ok: true });
		expect(await updateNote(t.db, s.brandId, note.id, 1, { ...edit, text: 'stale' })).toEqual({
			ok: false,
			reason: 'conflict'
		});
		expect((await listNotes(t.db, s.brandId))[0]).toMatchObject({
			text: 'Price test ended',
			version: 2
		});
		expect(await deleteNote(t.db, s.brandId, note.id)).toBe(true);
		expect(await listNotes(t.db, s.brandId)).toEqual([]);
	});

	it('refuses a metric of another brand and touches no other brand’s note', async () => {
		const a = await setup();
		const b = await setup();
		expect(
			await addNote(t.db, a.brandId, a.userId, { day: '2026-11-10', text: 'x', metricId: b.list })
		).toEqual({ ok: false, reason: 'metric' });
		const added = await addNote(t.db, b.brandId, b.userId, {
			day: '2026-11-10',
			text: 'b',
			metricId: null
		});
		if (!added.ok) throw new Error();
		expect(
			await updateNote(t.db, a.brandId, added.id, 1, {
				day: '2026-11-10',
				text: 'a',
				metricId: null
			})
		).toEqual({ ok: false, reason: 'missing' });
		expect(await deleteNote(t.db, a.brandId, added.id)).toBe(false);
		expect(await listNotes(t.db, b.brandId)).toHaveLength(1);
	});
});

describe('listChartNotes', () => {
	it('derives notes from published items, campaign starts and creator content going live', async () => {
		const s = await setup();
		await addNote(t.db, s.brandId, s.userId, {
			day: '2026-11-03',
			text: 'Outage',
			metricId: s.list
		});
		await t.db.insert(contentItems).values([
			{
				id: 'i1',
				brandId: s.brandId,
				channelId: s.tiktok,
				title: 'Unboxing',
				status: 'published',
				scheduledDate: '2026-11-05'
			},
			{
				id: 'i2',
				brandId: s.brandId,
				channelId: s.tiktok,
				title: 'Draft',
				status: 'draft',
				scheduledDate: '2026-11-05'
			},
			{
				id: 'i3',
				brandId: s.brandId,
				channelId: s.tiktok,
				title: 'Old',
				status: 'published',
				scheduledDate: '2026-10-01'
			}
		]);
		await t.db.insert(campaigns).values({
			id: 'c1',
			brandId: s.brandId,
			name: 'Black Friday',
			startDate: '2026-11-27',
			endDate: '2026-11-30'
		});
		await t.db.insert(creators).values({ id: 'cr1', workspaceId: s.workspaceId, name: 'Mia Chen' });
		await t.db.insert(collaborations).values({
			id: 'co1',
			brandId: s.brandId,
			creatorId: 'cr1',
			stageChangedAt: new Date(),
			currency: 'USD'
		});
		// 23:30 on 30 Nov in New York is already 1 Dec in UTC: the note sits on the market day.
		const at = new Date(resolveWall('2026-11-30', '23:30', ZONE).instant);
		await t.db
			.insert(collaborationEvents)
			.values({ id: 'e1', collaborationId: 'co1', kind: 'stage', toStage: 'content_live', at });
		const notes = await listChartNotes(
			t.db,
			s.brandId,
			{ from: '2026-11-01', to: '2026-11-30' },
			ZONE
		);
		expect(notes.map((n) => [n.day, n.source, n.text])).toEqual([
			['2026-11-03', 'manual', 'Outage'],
			['2026-11-05', 'published', 'Unboxing'],
			['2026-11-27', 'campaign', 'Black Friday'],
			['2026-11-30', 'creator', 'Mia Chen']
		]);
		// The published TikTok item belongs on TikTok's chart; the list's note on the list's.
		const onList = notesForMetric(notes, { id: s.list, channelId: s.email }).map((n) => n.text);
		expect(onList).toEqual(['Outage', 'Black Friday', 'Mia Chen']);
		const onFollowers = notesForMetric(notes, { id: s.followers, channelId: s.tiktok }).map(
			(n) => n.text
		);
		expect(onFollowers).toEqual(['Unboxing', 'Black Friday', 'Mia Chen']);
		const other = await setup();
		expect(
			await listChartNotes(t.db, other.brandId, { from: '2026-11-01', to: '2026-11-30' }, ZONE)
		).toEqual([]);
	});
});
