import { isHttpError, isRedirect } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Role } from '../domain/roles';
import { collaborations } from './db/schema';
import { requireBrand, requireCollaboration, requireUser, requireWorkspace } from './guards';
import { createCreator } from './queries/creators';
import type { SessionUser } from './session';
import { addMember, collaborationRow, creatorInput, makeBrand, makeUser } from './testing';

// The guards read the app's one `db`; here it is a temp database migrated from drizzle/.
const test = await vi.hoisted(async () => {
	const { createTestDatabase } = await import('./testing');
	return createTestDatabase();
});
vi.mock('./db', () => ({ db: test.db, database: test }));

afterAll(() => test.cleanup());

/** What a guard threw: the status of SvelteKit's error()/redirect(), or 200 when it let us in. */
async function outcome(run: () => unknown): Promise<number> {
	try {
		await run();
		return 200;
	} catch (thrown) {
		if (isHttpError(thrown) || isRedirect(thrown)) return thrown.status;
		throw thrown;
	}
}

const locals = (userId: string | null): App.Locals =>
	({ user: userId ? ({ id: userId } as SessionUser) : null, session: null }) as App.Locals;

type World = Awaited<ReturnType<typeof arrange>>;

async function arrange() {
	const db = test.db;
	const owner = await makeUser(db);
	const brandId = await makeBrand(db, owner.workspaceId);
	const users: Record<Role | 'stranger', string> = {
		owner: owner.userId,
		editor: (await makeUser(db)).userId,
		viewer: (await makeUser(db)).userId,
		stranger: (await makeUser(db)).userId
	};
	await addMember(db, owner.workspaceId, users.editor, 'editor');
	await addMember(db, owner.workspaceId, users.viewer, 'viewer');
	// A second workspace the owner also belongs to, with a brand and a collaboration of its own.
	const other = await makeUser(db);
	await addMember(db, other.workspaceId, owner.userId, 'owner');
	const otherBrandId = await makeBrand(db, other.workspaceId);
	const creator = await createCreator(db, owner.workspaceId, creatorInput(), [], null);
	const otherCreator = await createCreator(db, other.workspaceId, creatorInput(), [], null);
	if (!creator.ok || !otherCreator.ok) throw new Error('creator not created');
	await db
		.insert(collaborations)
		.values([
			collaborationRow({ id: 'ours', brandId, creatorId: creator.id }),
			collaborationRow({ id: 'theirs', brandId: otherBrandId, creatorId: otherCreator.id })
		]);
	// A brand of our workspace, with a collaboration, to prove collaborations stay with their brand.
	const siblingBrandId = await makeBrand(db, owner.workspaceId);
	await db
		.insert(collaborations)
		.values(collaborationRow({ id: 'sibling', brandId: siblingBrandId, creatorId: creator.id }));
	return {
		workspaceId: owner.workspaceId,
		brandId,
		users,
		otherWorkspaceId: other.workspaceId,
		otherBrandId
	};
}

let world: World;
beforeAll(async () => {
	world = await arrange();
});

// read: every member; editContent: editors and owners; manageWorkspace: owners only.
const expected: Record<
	Role | 'stranger',
	Record<'read' | 'editContent' | 'manageWorkspace', number>
> = {
	owner: { read: 200, editContent: 200, manageWorkspace: 200 },
	editor: { read: 200, editContent: 200, manageWorkspace: 403 },
	viewer: { read: 200, editContent: 403, manageWorkspace: 403 },
	stranger: { read: 404, editContent: 404, manageWorkspace: 404 }
};
const cases = Object.entries(expected).flatMap(([who, byAction]) =>
	Object.entries(byAction).map(([capability, status]) => ({
		who: who as Role | 'stranger',
		capability: capability as keyof (typeof expected)['owner'],
		status
	}))
);

describe('requireUser', () => {
	it('returns the signed-in user', () => {
		expect(requireUser(locals('u1')).id).toBe('u1');
	});

	it('redirects a visitor to sign-in with the way back', () => {
		try {
			requireUser(locals(null), new URL('http://x.test/w/1?week=2'));
			expect.unreachable();
		} catch (thrown) {
			expect(isRedirect(thrown) && thrown.status).toBe(303);
			expect(isRedirect(thrown) && thrown.location).toBe('/signin?redirectTo=%2Fw%2F1%3Fweek%3D2');
		}
	});
});

describe('requireWorkspace', () => {
	it.each(cases)(
		'$who asking to $capability answers $status',
		async ({ who, capability, status }) => {
			const run = () => requireWorkspace(locals(world.users[who]), world.workspaceId, capability);
			expect(await outcome(run)).toBe(status);
		}
	);

	it('redirects a visitor', async () => {
		expect(await outcome(() => requireWorkspace(locals(null), world.workspaceId))).toBe(303);
	});

	it('answers 404 for a workspace that does not exist', async () => {
		const run = () => requireWorkspace(locals(world.users.owner), 'missing');
		expect(await outcome(run)).toBe(404);
	});
});

describe('requireBrand', () => {
	it.each(cases)(
		'$who asking to $capability answers $status',
		async ({ who, capability, status }) => {
			const run = () =>
				requireBrand(locals(world.users[who]), world.workspaceId, world.brandId, capability);
			expect(await outcome(run)).toBe(status);
		}
	);

	it("answers 404 for another workspace's brand, even to a member of both", async () => {
		const user = locals(world.users.owner);
		expect(await outcome(() => requireBrand(user, world.workspaceId, world.otherBrandId))).toBe(
			404
		);
		expect(
			await outcome(() => requireBrand(user, world.otherWorkspaceId, world.otherBrandId))
		).toBe(200);
	});
});

describe('requireCollaboration', () => {
	const params = (collaborationId: string) => ({
		workspaceId: world.workspaceId,
		brandId: world.brandId,
		collaborationId
	});

	it.each(cases)(
		'$who asking to $capability answers $status',
		async ({ who, capability, status }) => {
			const run = () => requireCollaboration(locals(world.users[who]), params('ours'), capability);
			expect(await outcome(run)).toBe(status);
		}
	);

	it('returns the collaboration with its creator and their profiles', async () => {
		const found = await requireCollaboration(locals(world.users.viewer), params('ours'));
		expect(found.collaboration.id).toBe('ours');
		expect(found.creator.id).toBe(found.collaboration.creatorId);
		expect(found.creator.profiles).toEqual([]);
	});

	it("answers 404 for another workspace's or another brand's collaboration, and a missing one", async () => {
		const user = locals(world.users.owner);
		for (const id of ['theirs', 'sibling', 'missing']) {
			expect(await outcome(() => requireCollaboration(user, params(id)))).toBe(404);
		}
	});
});
