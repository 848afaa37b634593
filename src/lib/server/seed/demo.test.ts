import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	brands,
	campaigns,
	collaborationComments,
	collaborations,
	channels,
	contentItems,
	itemComments,
	itemSeries,
	personas,
	pillars,
	users
} from '../db/schema';
import { getAccess } from '../queries/access';
import { readThread } from '../services/comments/threads';
import { getWorkspaceForMember } from '../queries/workspaces';
import { createTestDatabase } from '../testing';
import { DEMO_EMAIL, DEMO_PASSWORD, seedDemo } from './demo';
import { attemptSignIn } from '../sign-in';

let t: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(() => t.cleanup());

describe('demo seed', () => {
	it('creates the demo account with two full brands, one in Chinese, on an empty database', async () => {
		expect(await seedDemo(t.db)).toBe(true);
		const signIn = await attemptSignIn(t.db, {
			email: DEMO_EMAIL,
			password: DEMO_PASSWORD,
			address: 'test'
		});
		expect(signIn.ok).toBe(true);
		const names = (await t.db.select().from(brands)).map((b) => b.name);
		expect(names).toHaveLength(2);
		expect(names.some((name) => /[\u4e00-\u9fff]/.test(name))).toBe(true);
		expect((await t.db.select().from(personas)).length).toBeGreaterThanOrEqual(4);
		expect((await t.db.select().from(pillars)).length).toBeGreaterThanOrEqual(8);
		expect((await t.db.select().from(channels)).length).toBeGreaterThanOrEqual(10);
		// Eight weeks of plan per brand, some in the past (published), some ahead, plus ideas.
		const items = await t.db.select().from(contentItems);
		expect(items.length).toBeGreaterThan(100);
		expect(items.some((i) => i.status === 'published')).toBe(true);
		expect(items.some((i) => i.status === 'draft')).toBe(true);
		expect(items.filter((i) => i.scheduledDate === null).length).toBe(6);
		expect((await t.db.select().from(itemComments)).length).toBe(4);
		// Recurring items are real series; published items carry results.
		expect((await t.db.select().from(itemSeries)).length).toBe(4);
		expect(items.filter((i) => i.seriesId).length).toBeGreaterThanOrEqual(20);
		const published = items.filter((i) => i.status === 'published');
		expect(published.every((i) => i.views !== null && i.views > 0)).toBe(true);
		expect((await t.db.select().from(campaigns)).length).toBe(2);
	});

	it('has a client who approves one brand only and a freelancer who edits the other only', async () => {
		const everyone = await t.db.select().from(users);
		const owner = everyone.find((u) => u.email === DEMO_EMAIL)!;
		const workspaceId = owner.lastWorkspaceId!;
		const byName = new Map((await t.db.select().from(brands)).map((b) => [b.id, b.name]));
		const grantsOf = async (email: string) => {
			const user = everyone.find((u) => u.email === email)!;
			const membership = await getWorkspaceForMember(t.db, workspaceId, user.id);
			const access = await getAccess(t.db, workspaceId, user.id, membership!);
			if (access.scope === 'all') return access;
			return Object.fromEntries([...access.brands].map(([id, role]) => [byName.get(id), role]));
		};
		expect(await grantsOf('client@freehold.test')).toEqual({ 'Bump & Bloom': 'approver' });
		expect(await grantsOf('freelancer@freehold.test')).toEqual({ '大嚼家 BigChew': 'editor' });
		expect(await grantsOf('mei@freehold.test')).toEqual({ scope: 'all', role: 'editor' });
	});

	it('has a short thread on one collaboration: the client asks the owner by an @mention', async () => {
		const rows = await t.db
			.select({ collaborationId: collaborationComments.collaborationId })
			.from(collaborationComments);
		expect(rows).toHaveLength(2);
		expect(new Set(rows.map((r) => r.collaborationId)).size).toBe(1);
		const [{ brandId }] = await t.db
			.select({ brandId: collaborations.brandId })
			.from(collaborations)
			.where(eq(collaborations.id, rows[0].collaborationId));
		const thread = await readThread(t.db, brandId, {
			kind: 'collaboration',
			id: rows[0].collaborationId
		});
		expect(thread.comments.map((c) => [c.authorName, c.mentions])).toEqual([
			['Sarah Miller', ['Lin Wei']],
			['Lin Wei', ['Sarah Miller']]
		]);
		expect(thread.thread).toBeNull();
	});

	it('never touches a database that already has users', async () => {
		const before = (await t.db.select().from(users)).length;
		expect(await seedDemo(t.db)).toBe(false);
		expect((await t.db.select().from(users)).length).toBe(before);
		expect((await t.db.select().from(brands)).length).toBe(2);
	});
});
