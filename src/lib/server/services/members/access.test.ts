import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAccess, listBrandRoles } from '../../queries/access';
import { deleteBrand } from '../../queries/brands';
import { getWorkspaceForMember, removeMember } from '../../queries/workspaces';
import { addMember, createTestDatabase, makeBrand, makeUser, membershipRole } from '../../testing';
import { changeMemberAccess, type AccessChange } from './access';

let t: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(() => t.cleanup());

async function arrange() {
	const owner = await makeUser(t.db);
	const bump = await makeBrand(t.db, owner.workspaceId, { name: 'Bump & Bloom' });
	const chew = await makeBrand(t.db, owner.workspaceId, { name: 'BigChew' });
	const editor = await makeUser(t.db);
	await addMember(t.db, owner.workspaceId, editor.userId, 'editor');
	return { owner, bump, chew, editor, scope: { workspaceId: owner.workspaceId } };
}

const change = (overrides: Partial<AccessChange> & { userId: string }): AccessChange => ({
	version: 1,
	brandScope: 'all',
	role: 'viewer',
	brands: [],
	...overrides
});

async function accessOf(workspaceId: string, userId: string) {
	const membership = await getWorkspaceForMember(t.db, workspaceId, userId);
	return membership ? getAccess(t.db, workspaceId, userId, membership) : null;
}

describe('changeMemberAccess', () => {
	it('narrows an editor to one brand with a role per brand, and widens them again', async () => {
		const { bump, chew, editor, scope } = await arrange();
		const narrowed = await changeMemberAccess(
			t.db,
			scope,
			change({
				userId: editor.userId,
				brandScope: 'chosen',
				brands: [
					{ brandId: bump, role: 'editor' },
					{ brandId: chew, role: 'approver' }
				]
			})
		);
		expect(narrowed).toEqual({ ok: true, version: 2 });
		const access = await accessOf(scope.workspaceId, editor.userId);
		expect(access?.scope === 'chosen' && Object.fromEntries(access.brands)).toEqual({
			[bump]: 'editor',
			[chew]: 'approver'
		});
		expect(await membershipRole(t.db, scope.workspaceId, editor.userId)).toBe('editor');

		const widened = await changeMemberAccess(
			t.db,
			scope,
			change({ userId: editor.userId, version: 2, role: 'approver' })
		);
		expect(widened).toEqual({ ok: true, version: 3 });
		expect(await accessOf(scope.workspaceId, editor.userId)).toEqual({
			scope: 'all',
			role: 'approver'
		});
		expect(await listBrandRoles(t.db, scope.workspaceId, editor.userId)).toEqual([]);
	});

	it('refuses a stale page (conflict) and keeps what the other owner saved', async () => {
		const { bump, editor, scope } = await arrange();
		const first = change({
			userId: editor.userId,
			brandScope: 'chosen',
			brands: [{ brandId: bump, role: 'viewer' }]
		});
		expect((await changeMemberAccess(t.db, scope, first)).ok).toBe(true);
		const second = change({ userId: editor.userId, role: 'owner' });
		expect(await changeMemberAccess(t.db, scope, second)).toEqual({
			ok: false,
			reason: 'conflict'
		});
		expect(await membershipRole(t.db, scope.workspaceId, editor.userId)).toBe('viewer');
	});

	it('refuses chosen brands with none, and a brand of another workspace', async () => {
		const { editor, scope } = await arrange();
		const other = await makeUser(t.db);
		const theirs = await makeBrand(t.db, other.workspaceId);
		const none = change({ userId: editor.userId, brandScope: 'chosen' });
		expect(await changeMemberAccess(t.db, scope, none)).toEqual({
			ok: false,
			reason: 'no-brands',
			field: 'brands'
		});
		const foreign = change({
			userId: editor.userId,
			brandScope: 'chosen',
			brands: [{ brandId: theirs, role: 'editor' }]
		});
		expect(await changeMemberAccess(t.db, scope, foreign)).toEqual({
			ok: false,
			reason: 'unknown-brand',
			field: 'brands'
		});
		expect(await accessOf(scope.workspaceId, editor.userId)).toEqual({
			scope: 'all',
			role: 'editor'
		});
	});

	it('keeps an all-brands owner: the last one cannot be limited to chosen brands', async () => {
		const { owner, bump, scope } = await arrange();
		const limited = change({
			userId: owner.userId,
			brandScope: 'chosen',
			brands: [{ brandId: bump, role: 'owner' }]
		});
		expect(await changeMemberAccess(t.db, scope, limited)).toEqual({
			ok: false,
			reason: 'last-owner'
		});
		expect(await accessOf(scope.workspaceId, owner.userId)).toEqual({
			scope: 'all',
			role: 'owner'
		});
	});

	it('answers not-member for someone outside the workspace', async () => {
		const { scope } = await arrange();
		const stranger = await makeUser(t.db);
		expect(await changeMemberAccess(t.db, scope, change({ userId: stranger.userId }))).toEqual({
			ok: false,
			reason: 'not-member'
		});
	});

	it('drops the grants with the member or the brand', async () => {
		const { owner, bump, chew, editor, scope } = await arrange();
		const brands = [
			{ brandId: bump, role: 'editor' as const },
			{ brandId: chew, role: 'viewer' as const }
		];
		await changeMemberAccess(
			t.db,
			scope,
			change({ userId: editor.userId, brandScope: 'chosen', brands })
		);
		await deleteBrand(t.db, owner.workspaceId, chew);
		expect(await listBrandRoles(t.db, scope.workspaceId, editor.userId)).toEqual([
			{ brandId: bump, role: 'editor' }
		]);
		await removeMember(t.db, scope.workspaceId, editor.userId);
		expect(await listBrandRoles(t.db, scope.workspaceId, editor.userId)).toEqual([]);
	});
});
