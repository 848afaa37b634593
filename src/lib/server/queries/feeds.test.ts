import ICAL from 'ical.js';
import { channelName } from '$lib/i18n/channels';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduleAt, UNSCHEDULED } from '$lib/domain/schedule';
import { setMemberAccess } from './access';
import {
	addMember,
	createTestDatabase,
	makeBrand as makeBrandIn,
	itemInput,
	makeChannel,
	makeUser,
	makeUserWithBrand
} from '../testing';
import {
	createFeedToken,
	findFeedBrand,
	listFeedTokens,
	renderFeed,
	revokeFeedToken
} from './feeds';
import { createItem, getItem } from './items';
import { removeMember } from './workspaces';

let t: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(() => t.cleanup());

// The feed window is relative to "now"; a fixed now keeps the DST days of 2026 inside it.
const NOW = Date.UTC(2026, 1, 1, 12);
const ORIGIN = 'https://plan.example';

const makeBrand = (name: string) => makeUserWithBrand(t.db, { name, niche: 'prenatal yoga mats' });

const channel = (brandId: string, kind: 'instagram' | 'xiaohongshu', label: string, zone: string) =>
	makeChannel(t.db, brandId, kind, { label, weeklyCadence: 3, timeZone: zone });

function item(title: string, channelId: string | null, when: [string, string, string] | null) {
	// An unscheduled item has no adjustment; a scheduled one's is not stored.
	const { adjustment, ...stored } = when
		? scheduleAt(...when)
		: { ...UNSCHEDULED, adjustment: null };
	void adjustment;
	return itemInput({ channelId, title, status: 'scheduled', ...stored });
}

function parse(ics: string) {
	const calendar = new ICAL.Component(ICAL.parse(ics));
	return {
		name: calendar.getFirstPropertyValue('x-wr-calname'),
		events: calendar.getAllSubcomponents('vevent').map((vevent) => {
			const event = new ICAL.Event(vevent);
			const stamp = vevent.getFirstPropertyValue('dtstamp') as ICAL.Time;
			return {
				uid: event.uid,
				start: event.startDate.toJSDate().getTime(),
				minutes: event.duration.toSeconds() / 60,
				summary: event.summary,
				description: event.description,
				url: vevent.getFirstPropertyValue('url'),
				stamp: stamp.toJSDate().getTime()
			};
		})
	};
}

describe('iCal feed', () => {
	it('has one event per scheduled item in the window, matching the database', async () => {
		const { userId, workspaceId, brandId } = await makeBrand('Bump & Bloom');
		const ny = await channel(brandId, 'instagram', 'US', 'America/New_York');
		const sh = await channel(brandId, 'xiaohongshu', '', 'Asia/Shanghai');
		const ids = {
			morning: await createItem(
				t.db,
				brandId,
				item('Mat demo', ny, ['2026-06-10', '09:00', 'America/New_York']),
				userId
			),
			gap: await createItem(
				t.db,
				brandId,
				item('Spring forward', ny, ['2026-03-08', '02:30', 'America/New_York']),
				userId
			),
			overlap: await createItem(
				t.db,
				brandId,
				item('Fall back', ny, ['2026-11-01', '01:30', 'America/New_York']),
				userId
			),
			shanghai: await createItem(
				t.db,
				brandId,
				item('孕期瑜伽垫开箱', sh, ['2026-03-08', '20:00', 'Asia/Shanghai']),
				userId
			),
			noChannel: await createItem(
				t.db,
				brandId,
				item('Loose idea with a date', null, ['2026-02-02', '10:00', 'America/New_York']),
				userId
			)
		};
		// Not in the feed: unscheduled, too old, too far ahead, another brand's.
		await createItem(t.db, brandId, item('Someday', ny, null), userId);
		await createItem(
			t.db,
			brandId,
			item('Old', ny, ['2025-10-01', '09:00', 'America/New_York']),
			userId
		);
		await createItem(
			t.db,
			brandId,
			item('Far', ny, ['2027-04-01', '09:00', 'America/New_York']),
			userId
		);
		const other = await makeBrand('Other');
		const otherChannel = await channel(other.brandId, 'instagram', '', 'America/New_York');
		await createItem(
			t.db,
			other.brandId,
			item('Not ours', otherChannel, ['2026-06-10', '09:00', 'America/New_York']),
			other.userId
		);

		const token = await createFeedToken(t.db, brandId, userId);
		const ics = await renderFeed(t.db, token, ORIGIN, NOW);
		expect(ics).not.toBeNull();
		const feed = parse(ics!);
		expect(feed.name).toBe('Bump & Bloom');

		const expected = await Promise.all(
			Object.values(ids).map(async (id) => (await getItem(t.db, brandId, id))!)
		);
		expected.sort((a, b) => a.scheduledAt! - b.scheduledAt!);
		expect(feed.events.map((e) => e.uid)).toEqual(expected.map((row) => `${row.id}@freehold`));
		for (const [i, row] of expected.entries()) {
			const event = feed.events[i];
			expect(event.start).toBe(row.scheduledAt);
			expect(event.minutes).toBe(30);
			expect(event.stamp).toBe(Math.floor(row.updatedAt.getTime() / 1000) * 1000);
			const link = `${ORIGIN}/w/${workspaceId}/brands/${brandId}/calendar/items/${row.id}`;
			expect(event.url).toBe(link);
			expect(event.description).toContain(link);
			expect(event.description).toContain('Status: Scheduled');
		}
		const byId = (id: string) => feed.events.find((e) => e.uid === `${id}@freehold`)!;
		expect(byId(ids.morning).summary).toBe('[US] Mat demo');
		expect(byId(ids.shanghai).summary).toBe(`[${channelName('xiaohongshu')}] 孕期瑜伽垫开箱`);
		expect(byId(ids.noChannel).summary).toBe('Loose idea with a date');
		// The instants themselves, independent of our own conversion code.
		expect(byId(ids.morning).start).toBe(Date.UTC(2026, 5, 10, 13, 0)); // EDT, UTC−4
		expect(byId(ids.gap).start).toBe(Date.UTC(2026, 2, 8, 7, 30)); // 03:30 EDT
		expect(byId(ids.overlap).start).toBe(Date.UTC(2026, 10, 1, 5, 30)); // first 01:30, EDT
		expect(byId(ids.shanghai).start).toBe(Date.UTC(2026, 2, 8, 12, 0)); // CST, UTC+8
	});

	it('answers nothing for an unknown or revoked secret; revoking is per brand', async () => {
		const { userId, brandId } = await makeBrand('Revoked');
		const other = await makeBrand('Someone else');
		const token = await createFeedToken(t.db, brandId, userId);
		expect(await findFeedBrand(t.db, token)).toMatchObject({ id: brandId });
		expect(await renderFeed(t.db, 'nosuchtoken', ORIGIN, NOW)).toBeNull();

		const [link] = await listFeedTokens(t.db, brandId);
		expect(await revokeFeedToken(t.db, other.brandId, link.id)).toBe(false);
		expect(await renderFeed(t.db, token, ORIGIN, NOW)).not.toBeNull();
		expect(await revokeFeedToken(t.db, brandId, link.id)).toBe(true);
		expect(await renderFeed(t.db, token, ORIGIN, NOW)).toBeNull();
		expect(await findFeedBrand(t.db, token)).toBeNull();
		expect(await listFeedTokens(t.db, brandId)).toEqual([]);
		expect(await revokeFeedToken(t.db, brandId, link.id)).toBe(false);
	});

	it("dies with its maker's membership, checked on every request, and the list names the maker", async () => {
		const { userId: ownerId, workspaceId, brandId } = await makeBrand('Members only');
		const member = await makeUser(t.db, { name: 'Mei Lin', email: 'mei-feed@example.test' });
		await addMember(t.db, workspaceId, member.userId, 'editor');
		const token = await createFeedToken(t.db, brandId, member.userId);
		const ownersToken = await createFeedToken(t.db, brandId, ownerId);
		expect(await renderFeed(t.db, token, ORIGIN, NOW)).not.toBeNull();
		const maker = (links: Awaited<ReturnType<typeof listFeedTokens>>) =>
			links.map((l) => ({ email: l.maker?.email, name: l.maker?.name, serving: l.serving }));
		expect(maker(await listFeedTokens(t.db, brandId))).toEqual(
			expect.arrayContaining([
				{ email: 'mei-feed@example.test', name: 'Mei Lin', serving: true },
				{ email: expect.stringContaining('@example.test'), name: expect.any(String), serving: true }
			])
		);

		expect(await removeMember(t.db, workspaceId, member.userId)).toEqual({ ok: true });
		expect(await renderFeed(t.db, token, ORIGIN, NOW)).toBeNull();
		expect(await findFeedBrand(t.db, token)).toBeNull();
		// The owner's link is untouched, and the owner still sees (and can revoke) the dead one.
		expect(await renderFeed(t.db, ownersToken, ORIGIN, NOW)).not.toBeNull();
		const links = await listFeedTokens(t.db, brandId);
		expect(links).toHaveLength(2);
		expect(maker(links)).toContainEqual({
			email: 'mei-feed@example.test',
			name: 'Mei Lin',
			serving: false
		});

		// Invited back, they read the brand again, and so does their link.
		await addMember(t.db, workspaceId, member.userId, 'viewer');
		expect(await renderFeed(t.db, token, ORIGIN, NOW)).not.toBeNull();
	});

	it("serves nothing when its maker cannot read the brand's workspace", async () => {
		// A member of another workspace only: access to some workspace is not access to this brand.
		const { brandId } = await makeBrand('Not yours');
		const stranger = await makeUser(t.db);
		const token = await createFeedToken(t.db, brandId, stranger.userId);
		expect(await findFeedBrand(t.db, token)).toBeNull();
		expect(await renderFeed(t.db, token, ORIGIN, NOW)).toBeNull();
		const [link] = await listFeedTokens(t.db, brandId);
		expect(link).toMatchObject({ maker: { email: stranger.email }, serving: false });
	});

	it('dies when its maker is narrowed to other brands, and lives again when given the brand back', async () => {
		const { workspaceId, brandId } = await makeBrand('Narrowed');
		const otherBrand = await makeBrandIn(t.db, workspaceId, { name: 'Other client' });
		const member = await makeUser(t.db);
		await addMember(t.db, workspaceId, member.userId, 'editor');
		const token = await createFeedToken(t.db, brandId, member.userId);
		expect(await findFeedBrand(t.db, token)).not.toBeNull();

		const narrowed = await setMemberAccess(t.db, workspaceId, member.userId, 1, {
			brandScope: 'chosen',
			brands: [{ brandId: otherBrand, role: 'editor' }]
		});
		expect(narrowed.ok).toBe(true);
		expect(await findFeedBrand(t.db, token)).toBeNull();
		expect(await renderFeed(t.db, token, ORIGIN, NOW)).toBeNull();
		const [link] = await listFeedTokens(t.db, brandId);
		expect(link.serving).toBe(false);

		await setMemberAccess(t.db, workspaceId, member.userId, 2, {
			brandScope: 'chosen',
			brands: [{ brandId, role: 'approver' }]
		});
		expect(await findFeedBrand(t.db, token)).toMatchObject({ id: brandId });
	});
});
