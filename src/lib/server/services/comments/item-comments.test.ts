import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getThread, listComments, listMentions } from '../../queries/comments';
import { createItem } from '../../queries/items';
import {
	addMember,
	addScopedMember,
	createTestDatabase,
	itemInput,
	makeBrand,
	makeUser
} from '../../testing';
import { commentOnItem, resolveItemThread } from './item-comments';

let t: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(() => t.cleanup());

async function arrange() {
	const owner = await makeUser(t.db, { name: 'Lin Wei' });
	const bump = await makeBrand(t.db, owner.workspaceId, { name: 'Bump' });
	const chew = await makeBrand(t.db, owner.workspaceId, { name: 'Chew' });
	const client = await makeUser(t.db, { name: 'Sarah Miller' });
	const freelancer = await makeUser(t.db, { name: 'Jonas Weber' });
	const mei = await makeUser(t.db, { name: 'Mei' });
	await addScopedMember(t.db, owner.workspaceId, client.userId, { [bump]: 'approver' });
	await addScopedMember(t.db, owner.workspaceId, freelancer.userId, { [chew]: 'editor' });
	await addMember(t.db, owner.workspaceId, mei.userId, 'viewer');
	const itemId = await createItem(t.db, bump, itemInput({ title: 'Reel' }), owner.userId);
	const scope = (userId: string) => ({ workspaceId: owner.workspaceId, brandId: bump, userId });
	return { owner, client, freelancer, mei, bump, chew, itemId, scope };
}

describe('commentOnItem', () => {
	it('stores the text as typed and mentions only people who see the brand', async () => {
		const w = await arrange();
		const body = '@Sarah Miller <b>ok?</b> cc @mei and @Jonas Weber';
		const result = await commentOnItem(t.db, w.scope(w.client.userId), {
			itemId: w.itemId,
			body
		});
		expect(result).toEqual({
			ok: true,
			mentioned: expect.arrayContaining([w.client.userId, w.mei.userId])
		});
		if (!result.ok) return;
		// The freelancer works on the other brand only: never mentioned here.
		expect(result.mentioned).not.toContain(w.freelancer.userId);
		const [comment] = await listComments(t.db, w.bump, w.itemId);
		expect(comment.body).toBe(body);
		expect((await listMentions(t.db, [comment.id])).get(comment.id)).toEqual([
			'Mei',
			'Sarah Miller'
		]);
	});

	it("answers not-found for another brand's item and stores nothing", async () => {
		const w = await arrange();
		const result = await commentOnItem(
			t.db,
			{ ...w.scope(w.owner.userId), brandId: w.chew },
			{ itemId: w.itemId, body: 'hi' }
		);
		expect(result).toEqual({ ok: false, reason: 'not-found' });
		expect(await listComments(t.db, w.bump, w.itemId)).toEqual([]);
	});
});

describe('resolveItemThread', () => {
	it('resolves and reopens a thread, and a new comment reopens it too', async () => {
		const w = await arrange();
		const at = new Date(Date.UTC(2026, 11, 7, 9));
		const scope = w.scope(w.client.userId);
		expect(await resolveItemThread(t.db, scope, { itemId: w.itemId, resolved: true }, at)).toEqual({
			ok: true
		});
		expect(await getThread(t.db, w.itemId)).toEqual({ resolvedAt: at, resolvedBy: 'Sarah Miller' });
		await resolveItemThread(t.db, scope, { itemId: w.itemId, resolved: false });
		expect(await getThread(t.db, w.itemId)).toBeNull();
		await resolveItemThread(t.db, scope, { itemId: w.itemId, resolved: true });
		await commentOnItem(t.db, scope, { itemId: w.itemId, body: 'One more thing' });
		expect(await getThread(t.db, w.itemId)).toBeNull();
	});

	it("answers not-found for another brand's item", async () => {
		const w = await arrange();
		const scope = { ...w.scope(w.owner.userId), brandId: w.chew };
		expect(await resolveItemThread(t.db, scope, { itemId: w.itemId, resolved: true })).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await getThread(t.db, w.itemId)).toBeNull();
	});
});
