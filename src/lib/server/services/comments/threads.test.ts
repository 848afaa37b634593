import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { deleteBrand } from '../../queries/brands';
import { getThread, listComments, listMentions, threadStamp } from '../../queries/comments';
import { deleteCreator } from '../../queries/creators';
import { createItem } from '../../queries/items';
import {
	addMember,
	addScopedMember,
	createTestDatabase,
	itemInput,
	makeBrand,
	makeCollaboration,
	makeCreator,
	makeUser
} from '../../testing';
import { postComment, readThread, resolveThread, type ThreadOf } from './threads';

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
	const creatorId = await makeCreator(t.db, owner.workspaceId, { name: 'Brooke' });
	const collaborationId = await makeCollaboration(t.db, { brandId: bump, creatorId });
	const scope = (userId: string) => ({ workspaceId: owner.workspaceId, brandId: bump, userId });
	const threads: ThreadOf[] = [
		{ kind: 'item', id: itemId },
		{ kind: 'collaboration', id: collaborationId }
	];
	return { owner, client, freelancer, mei, bump, chew, creatorId, threads, scope };
}

const count = async (table: string) =>
	(await t.db.all<{ n: number }>(sql.raw(`SELECT count(*) AS n FROM ${table}`)))[0].n;

// Items and collaborations keep their threads by one set of rules: every case runs on both.
describe.each(['item', 'collaboration'] as const)('a thread on a %s', (kind) => {
	const pick = (w: Awaited<ReturnType<typeof arrange>>) => w.threads.find((x) => x.kind === kind)!;

	it('stores the text as typed and mentions only people who see the brand', async () => {
		const w = await arrange();
		const of = pick(w);
		const body = '@Sarah Miller <b>ok?</b> cc @mei and @Jonas Weber';
		const result = await postComment(t.db, w.scope(w.client.userId), { ...of, body });
		expect(result).toEqual({
			ok: true,
			mentioned: expect.arrayContaining([w.client.userId, w.mei.userId])
		});
		if (!result.ok) return;
		// The freelancer works on the other brand only: never mentioned here.
		expect(result.mentioned).not.toContain(w.freelancer.userId);
		const [comment] = await listComments(t.db, { ...of, brandId: w.bump });
		expect(comment.body).toBe(body);
		expect(comment.authorName).toBe('Sarah Miller');
		expect((await listMentions(t.db, kind, [comment.id])).get(comment.id)).toEqual([
			'Mei',
			'Sarah Miller'
		]);
		const read = await readThread(t.db, w.bump, of);
		expect(read.comments).toEqual([
			expect.objectContaining({ body, mentions: ['Mei', 'Sarah Miller'] })
		]);
		expect(read.thread).toBeNull();
		expect(read.stamp).toBe(`${comment.id}:open`);
	});

	it("answers not-found for another brand's thread and stores nothing", async () => {
		const w = await arrange();
		const of = pick(w);
		const scope = { ...w.scope(w.owner.userId), brandId: w.chew };
		expect(await postComment(t.db, scope, { ...of, body: 'hi' })).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await listComments(t.db, { ...of, brandId: w.bump })).toEqual([]);
		// …nor through the other brand's reading of it.
		expect((await readThread(t.db, w.chew, of)).comments).toEqual([]);
		const stamp = await threadStamp(t.db, of);
		expect(await resolveThread(t.db, scope, { ...of, resolved: true, stamp })).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await getThread(t.db, of)).toBeNull();
	});

	it('resolves and reopens as shown, and a new comment reopens it too', async () => {
		const w = await arrange();
		const of = pick(w);
		const at = new Date(Date.UTC(2026, 11, 7, 9));
		const scope = w.scope(w.client.userId);
		await postComment(t.db, scope, { ...of, body: 'Looks good' });
		let stamp = await threadStamp(t.db, of);
		expect(await resolveThread(t.db, scope, { ...of, resolved: true, stamp }, at)).toEqual({
			ok: true
		});
		expect(await getThread(t.db, of)).toEqual({ resolvedAt: at, resolvedBy: 'Sarah Miller' });
		stamp = await threadStamp(t.db, of);
		expect(await resolveThread(t.db, scope, { ...of, resolved: false, stamp })).toEqual({
			ok: true
		});
		expect(await getThread(t.db, of)).toBeNull();
		stamp = await threadStamp(t.db, of);
		await resolveThread(t.db, scope, { ...of, resolved: true, stamp });
		await postComment(t.db, scope, { ...of, body: 'One more thing' });
		expect(await getThread(t.db, of)).toBeNull();
	});

	it('refuses a resolve or reopen on a thread that changed since it was shown', async () => {
		const w = await arrange();
		const of = pick(w);
		const lin = w.scope(w.owner.userId);
		const sarah = w.scope(w.client.userId);
		await postComment(t.db, sarah, { ...of, body: 'Is the code right?' });
		const shown = await threadStamp(t.db, of);
		// Sarah adds a comment Lin has not seen: Lin's resolve is refused, the thread stays open.
		await postComment(t.db, sarah, { ...of, body: 'Also: the link is broken' });
		expect(await resolveThread(t.db, lin, { ...of, resolved: true, stamp: shown })).toEqual({
			ok: false,
			reason: 'conflict'
		});
		expect(await getThread(t.db, of)).toBeNull();
		// Both saw the open thread: Sarah's resolve counts, Lin's is refused and keeps hers.
		const both = await threadStamp(t.db, of);
		expect(await resolveThread(t.db, sarah, { ...of, resolved: true, stamp: both })).toEqual({
			ok: true
		});
		expect(await resolveThread(t.db, lin, { ...of, resolved: true, stamp: both })).toEqual({
			ok: false,
			reason: 'conflict'
		});
		expect((await getThread(t.db, of))?.resolvedBy).toBe('Sarah Miller');
		// Both saw it resolved: Lin reopens; Sarah's reopen is refused (it is open already).
		const resolved = await threadStamp(t.db, of);
		expect(await resolveThread(t.db, lin, { ...of, resolved: false, stamp: resolved })).toEqual({
			ok: true
		});
		expect(await resolveThread(t.db, sarah, { ...of, resolved: false, stamp: resolved })).toEqual({
			ok: false,
			reason: 'conflict'
		});
		// A made-up stamp is a stale one.
		expect(await resolveThread(t.db, lin, { ...of, resolved: true, stamp: 'x' })).toEqual({
			ok: false,
			reason: 'conflict'
		});
		expect(await getThread(t.db, of)).toBeNull();
	});
});

describe('deleting what a collaboration thread hangs on', () => {
	async function commented() {
		const w = await arrange();
		const of = w.threads[1];
		const scope = w.scope(w.client.userId);
		await postComment(t.db, scope, { ...of, body: '@Lin Wei please check' });
		await resolveThread(t.db, scope, {
			...of,
			resolved: true,
			stamp: await threadStamp(t.db, of)
		});
		return w;
	}
	const tables = [
		'collaboration_comments',
		'collaboration_comment_mentions',
		'collaboration_threads'
	];

	it('removing the creator removes their collaborations with the comments', async () => {
		const before = await Promise.all(tables.map(count));
		const w = await commented();
		expect(await Promise.all(tables.map(count))).toEqual(before.map((n) => n + 1));
		expect(await deleteCreator(t.db, w.owner.workspaceId, w.creatorId)).toBe(true);
		expect(await Promise.all(tables.map(count))).toEqual(before);
	});

	it('deleting the brand removes its collaborations with the comments', async () => {
		const before = await Promise.all(tables.map(count));
		const w = await commented();
		expect(await deleteBrand(t.db, w.owner.workspaceId, w.bump)).toBe(true);
		expect(await Promise.all(tables.map(count))).toEqual(before);
	});
});
