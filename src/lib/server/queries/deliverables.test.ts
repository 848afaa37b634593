import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	campaignRow,
	collaborationRow,
	createTestDatabase,
	deliverableInput,
	makeBrand,
	makeChannel,
	makeUser
} from '../testing';
import {
	campaigns,
	collaborations,
	contentItems,
	creatorProfiles,
	creators,
	deliverables
} from '../db/schema';
import {
	createDeliverable,
	creatorFirstPlatform,
	deleteDeliverable,
	deliverableForItem,
	getDeliverable,
	listDeliverables,
	putDeliverableOnCalendar,
	saveDeliverableResults,
	updateDeliverable
} from './deliverables';
import { deleteItem, updateItem } from './items';

let t: Awaited<ReturnType<typeof createTestDatabase>>;
let userId: string;
let brandId: string;
let otherBrandId: string;
let losAngeles: string; // tiktok, America/Los_Angeles
let shanghai: string; // xiaohongshu, Asia/Shanghai
let pinterest: string; // caption limit 500
let otherChannel: string; // a channel of the other brand
let workspaceId: string;
const NO_RESULTS = {
	views: null,
	engagements: null,
	clicks: null,
	orders: null,
	revenueMinor: null
};

const channel = (b: string, kind: 'tiktok' | 'xiaohongshu' | 'pinterest', timeZone: string) =>
	makeChannel(t.db, b, kind, { weeklyCadence: 3, timeZone });

const terms = deliverableInput;

beforeAll(async () => {
	t = await createTestDatabase();
	const owner = await makeUser(t.db);
	userId = owner.userId;
	brandId = await makeBrand(t.db, owner.workspaceId);
	otherBrandId = await makeBrand(t.db, owner.workspaceId, { name: 'Other' });
	losAngeles = await channel(brandId, 'tiktok', 'America/Los_Angeles');
	shanghai = await channel(brandId, 'xiaohongshu', 'Asia/Shanghai');
	pinterest = await channel(brandId, 'pinterest', 'America/New_York');
	otherChannel = await channel(otherBrandId, 'tiktok', 'America/Los_Angeles');
	await t.db
		.insert(creators)
		.values({ id: 'ana', workspaceId: owner.workspaceId, name: 'Ana Ruiz' });
	workspaceId = owner.workspaceId;
	await t.db.insert(campaigns).values(campaignRow(brandId));
	await t.db.insert(collaborations).values([
		collaborationRow({
			id: 'collab',
			brandId,
			creatorId: 'ana',
			campaignId: 'spring',
			ownerId: userId,
			brief: 'Show the mat in a morning routine.'
		}),
		collaborationRow({ id: 'second', brandId, creatorId: 'ana' }),
		collaborationRow({ id: 'elsewhere', brandId: otherBrandId, creatorId: 'ana' })
	]);
});
afterAll(() => t.cleanup());

const itemsOf = (b: string) => t.db.select().from(contentItems).where(eq(contentItems.brandId, b));

describe('deliverable terms', () => {
	it('creates in order, reads only through its brand and collaboration, and deletes', async () => {
		const first = await createDeliverable(t.db, brandId, 'collab', terms());
		const second = await createDeliverable(
			t.db,
			brandId,
			'collab',
			terms({ kind: 'story', platform: 'instagram', count: 3 })
		);
		expect(first && second).toBeTruthy();
		const list = await listDeliverables(t.db, brandId, 'collab');
		expect(list.map((d) => [d.id, d.position, d.itemStatus])).toEqual([
			[first, 0, null],
			[second, 1, null]
		]);
		expect(await getDeliverable(t.db, brandId, 'collab', first!)).toMatchObject({
			kind: 'short_video',
			count: 1,
			dueOn: '2026-03-10',
			version: 1
		});
		// Another collaboration of the brand, or the same ids through another brand: not found.
		expect(await getDeliverable(t.db, brandId, 'second', first!)).toBeNull();
		expect(await getDeliverable(t.db, otherBrandId, 'collab', first!)).toBeNull();
		expect(await listDeliverables(t.db, otherBrandId, 'collab')).toEqual([]);
		expect(await createDeliverable(t.db, otherBrandId, 'collab', terms())).toBeNull();
		expect(await deleteDeliverable(t.db, brandId, 'second', second!)).toBe(false);
		expect(await deleteDeliverable(t.db, otherBrandId, 'collab', second!)).toBe(false);
		expect(await deleteDeliverable(t.db, brandId, 'collab', second!)).toBe(true);
		expect((await listDeliverables(t.db, brandId, 'collab')).map((d) => d.id)).toEqual([first]);
	});

	it('saves at the loaded version and refuses a stale one without changing anything', async () => {
		const id = (await createDeliverable(t.db, brandId, 'second', terms()))!;
		const saved = await updateDeliverable(t.db, brandId, 'second', id, 1, terms({ count: 2 }));
		expect(saved).toEqual({ ok: true, version: 2 });
		const stale = await updateDeliverable(t.db, brandId, 'second', id, 1, terms({ count: 9 }));
		expect(stale).toEqual({ ok: false, reason: 'conflict' });
		expect(await getDeliverable(t.db, brandId, 'second', id)).toMatchObject({
			count: 2,
			version: 2
		});
		const foreign = await updateDeliverable(t.db, otherBrandId, 'second', id, 2, terms());
		expect(foreign).toEqual({ ok: false, reason: 'not-found' });
		const wrongCollab = await updateDeliverable(t.db, brandId, 'collab', id, 2, terms());
		expect(wrongCollab).toEqual({ ok: false, reason: 'not-found' });
	});
});

describe('deliverable results', () => {
	it('saves while the stored results are what the form was loaded with, else refuses', async () => {
		const id = (await createDeliverable(t.db, brandId, 'second', terms()))!;
		const ours = { views: 12_300, engagements: 410, clicks: 95, orders: 7, revenueMinor: 20_993 };
		expect(await saveDeliverableResults(t.db, brandId, 'second', id, NO_RESULTS, ours)).toEqual({
			ok: true
		});
		// Someone else's form, loaded before ours was saved, must not overwrite it.
		const theirs = { ...NO_RESULTS, views: 1 };
		expect(await saveDeliverableResults(t.db, brandId, 'second', id, NO_RESULTS, theirs)).toEqual({
			ok: false,
			reason: 'conflict'
		});
		const row = await getDeliverable(t.db, brandId, 'second', id);
		expect(row).toMatchObject({ ...ours, version: 1 });
		const foreign = await saveDeliverableResults(t.db, otherBrandId, 'second', id, ours, theirs);
		expect(foreign).toEqual({ ok: false, reason: 'not-found' });
		// A terms save after a results save is not stale: results do not move the version.
		expect(await updateDeliverable(t.db, brandId, 'second', id, 1, terms())).toMatchObject({
			ok: true
		});
	});
});

describe('putDeliverableOnCalendar', () => {
	const title = 'Ana Ruiz · Short video';

	it('creates exactly one draft on a Los Angeles channel at the wall time there', async () => {
		const id = (await createDeliverable(t.db, brandId, 'collab', terms()))!;
		const before = (await itemsOf(brandId)).length;
		const target = { channelId: losAngeles, date: '2026-03-10', time: '12:00', title };
		const result = await putDeliverableOnCalendar(t.db, brandId, 'collab', id, target, userId);
		expect(result).toMatchObject({ ok: true, adjustment: null });
		if (!result.ok) return;
		expect((await itemsOf(brandId)).length).toBe(before + 1);
		const [item] = await t.db.select().from(contentItems).where(eq(contentItems.id, result.itemId));
		expect(item).toMatchObject({
			brandId,
			channelId: losAngeles,
			format: 'short_video',
			title,
			brief: 'Show the mat in a morning routine.',
			caption: 'Our mat, day 3 of the challenge #ad',
			campaignId: 'spring',
			ownerId: userId,
			status: 'draft',
			scheduledDate: '2026-03-10',
			scheduledTime: '12:00',
			timeZone: 'America/Los_Angeles',
			// 10 March is after the US switch to summer time (8 March): PDT, UTC−7.
			scheduledAt: Date.UTC(2026, 2, 10, 19, 0),
			createdBy: userId
		});
		const row = await getDeliverable(t.db, brandId, 'collab', id);
		expect(row).toMatchObject({
			contentItemId: result.itemId,
			channelId: losAngeles,
			itemStatus: 'draft',
			itemDate: '2026-03-10',
			itemTime: '12:00'
		});

		// A second conversion is refused and adds nothing.
		const again = await putDeliverableOnCalendar(t.db, brandId, 'collab', id, target, userId);
		expect(again).toEqual({ ok: false, reason: 'on-calendar' });
		expect((await itemsOf(brandId)).length).toBe(before + 1);
	});

	it('reads the time in an Asia/Shanghai channel’s zone, and moves a time in a DST gap', async () => {
		const id = (await createDeliverable(t.db, brandId, 'collab', terms()))!;
		const target = { channelId: shanghai, date: '2026-03-10', time: '09:30', title };
		const result = await putDeliverableOnCalendar(t.db, brandId, 'collab', id, target, userId);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const [item] = await t.db.select().from(contentItems).where(eq(contentItems.id, result.itemId));
		expect(item).toMatchObject({
			scheduledDate: '2026-03-10',
			scheduledTime: '09:30',
			timeZone: 'Asia/Shanghai',
			// China Standard Time, UTC+8 all year: 09:30 there is 01:30 UTC the same day.
			scheduledAt: Date.UTC(2026, 2, 10, 1, 30)
		});

		const gapId = (await createDeliverable(t.db, brandId, 'collab', terms()))!;
		const gap = { channelId: losAngeles, date: '2026-03-08', time: '02:30', title };
		const moved = await putDeliverableOnCalendar(t.db, brandId, 'collab', gapId, gap, userId);
		expect(moved).toMatchObject({ ok: true, adjustment: 'gap' });
		if (!moved.ok) return;
		const [late] = await t.db.select().from(contentItems).where(eq(contentItems.id, moved.itemId));
		expect(late).toMatchObject({
			scheduledTime: '03:30',
			scheduledAt: Date.UTC(2026, 2, 8, 10, 30)
		});
	});

	it('refuses another brand’s channel, a caption too long for the channel, and foreign ids', async () => {
		const id = (await createDeliverable(t.db, brandId, 'collab', terms()))!;
		const before = (await itemsOf(brandId)).length;
		const at = { date: '2026-03-10', time: '12:00', title };
		const foreign = { ...at, channelId: otherChannel };
		expect(await putDeliverableOnCalendar(t.db, brandId, 'collab', id, foreign, userId)).toEqual({
			ok: false,
			reason: 'channel-not-found'
		});
		const long = (await createDeliverable(
			t.db,
			brandId,
			'collab',
			terms({ caption: 'x'.repeat(501) })
		))!;
		const onPinterest = { ...at, channelId: pinterest };
		expect(
			await putDeliverableOnCalendar(t.db, brandId, 'collab', long, onPinterest, userId)
		).toEqual({ ok: false, reason: 'caption-too-long', limit: 500 });
		const here = { ...at, channelId: losAngeles };
		expect(await putDeliverableOnCalendar(t.db, otherBrandId, 'collab', id, here, userId)).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await putDeliverableOnCalendar(t.db, brandId, 'second', id, here, userId)).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect((await itemsOf(brandId)).length).toBe(before);
		expect(await getDeliverable(t.db, brandId, 'collab', id)).toMatchObject({
			contentItemId: null,
			channelId: null
		});
	});

	it('the status follows the item; a deleted item takes the deliverable off the calendar', async () => {
		const id = (await createDeliverable(t.db, brandId, 'collab', terms()))!;
		const target = { channelId: losAngeles, date: '2026-03-12', time: '12:00', title };
		const result = await putDeliverableOnCalendar(t.db, brandId, 'collab', id, target, userId);
		if (!result.ok) throw new Error(result.reason);
		expect(
			await updateItem(t.db, brandId, result.itemId, 1, { status: 'published' })
		).toMatchObject({ ok: true });
		expect(await getDeliverable(t.db, brandId, 'collab', id)).toMatchObject({
			itemStatus: 'published'
		});
		// Nothing was copied: the deliverable row itself holds no status.
		const [stored] = await t.db.select().from(deliverables).where(eq(deliverables.id, id));
		expect(stored).not.toHaveProperty('status');

		expect(await deliverableForItem(t.db, brandId, result.itemId)).toEqual({
			deliverableId: id,
			collaborationId: 'collab',
			creatorName: 'Ana Ruiz',
			kind: 'short_video'
		});
		expect(await deliverableForItem(t.db, otherBrandId, result.itemId)).toBeNull();

		expect(await deleteItem(t.db, brandId, result.itemId)).toBe(true);
		const after = await getDeliverable(t.db, brandId, 'collab', id);
		expect(after).toMatchObject({ contentItemId: null, itemStatus: null, channelId: losAngeles });
		expect(await deliverableForItem(t.db, brandId, result.itemId)).toBeNull();
		// Off the calendar, it can be put on it again.
		const again = await putDeliverableOnCalendar(t.db, brandId, 'collab', id, target, userId);
		expect(again.ok).toBe(true);
		const linked = await t.db
			.select()
			.from(deliverables)
			.where(and(eq(deliverables.id, id), eq(deliverables.channelId, losAngeles)));
		expect(linked).toHaveLength(1);
	});
});

describe('creatorFirstPlatform', () => {
	it('is the platform of the creator’s first profile, in their workspace only', async () => {
		expect(await creatorFirstPlatform(t.db, workspaceId, 'ana')).toBeNull();
		await t.db.insert(creatorProfiles).values([
			{
				id: 'p2',
				creatorId: 'ana',
				workspaceId,
				platform: 'instagram',
				handle: 'ana',
				handleKey: 'ana',
				position: 1
			},
			{
				id: 'p1',
				creatorId: 'ana',
				workspaceId,
				platform: 'xiaohongshu',
				handle: 'ana',
				handleKey: 'ana',
				position: 0
			}
		]);
		expect(await creatorFirstPlatform(t.db, workspaceId, 'ana')).toBe('xiaohongshu');
		expect(await creatorFirstPlatform(t.db, 'another-workspace', 'ana')).toBeNull();
	});
});
