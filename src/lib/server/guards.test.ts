import { isHttpError, isRedirect } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Capability } from '../domain/access';
import { collaborations } from './db/schema';
import { requireBrand, requireCollaboration, requireUser, requireWorkspace } from './guards';
import { createCreator } from './queries/creators';
import type { SessionUser } from './session';
import {
	addMember,
	addScopedMember,
	collaborationRow,
	creatorInput,
	makeBrand,
	makeUser
} from './testing';

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

// All-brands members by role; members limited to chosen brands ("scoped-…": their role in our
// brand; "elsewhere": an editor of the sibling brand only); and someone of another workspace.
const WHO = [
	'owner',
	'editor',
	'approver',
	'viewer',
	'scoped-owner',
	'scoped-editor',
	'scoped-approver',
	'scoped-viewer',
	'elsewhere',
	'stranger'
] as const;
type Who = (typeof WHO)[number];

async function arrange() {
	const db = test.db;
	const owner = await makeUser(db);
	const brandId = await makeBrand(db, owner.workspaceId);
	// A brand of our workspace, with a collaboration, to prove collaborations stay with their brand
	// and that a member limited to one brand never reaches the other.
	const siblingBrandId = await makeBrand(db, owner.workspaceId);
	const users = { owner: owner.userId } as Record<Who, string>;
	for (const who of WHO.slice(1)) users[who] = (await makeUser(db)).userId;
	for (const role of ['editor', 'approver', 'viewer'] as const) {
		await addMember(db, owner.workspaceId, users[role], role);
	}
	for (const role of ['owner', 'editor', 'approver', 'viewer'] as const) {
		await addScopedMember(db, owner.workspaceId, users[`scoped-${role}`], { [brandId]: role });
	}
	await addScopedMember(db, owner.workspaceId, users.elsewhere, { [siblingBrandId]: 'editor' });
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
			collaborationRow({ id: 'theirs', brandId: otherBrandId, creatorId: otherCreator.id }),
			collaborationRow({ id: 'sibling', brandId: siblingBrandId, creatorId: creator.id })
		]);
	return {
		workspaceId: owner.workspaceId,
		brandId,
		siblingBrandId,
		users,
		otherWorkspaceId: other.workspaceId,
		otherBrandId
	};
}

let world: World;
beforeAll(async () => {
	world = await arrange();
});

const CAPABILITIES = [
	'read',
	'comment',
	'editContent',
	'deleteBrand',
	'createBrand',
	'manageMembers',
	'manageWorkspace',
	'deleteCreator'
] as const satisfies readonly Capability[];
type Row = Record<(typeof CAPABILITIES)[number], number>;
const row = (...statuses: number[]): Row =>
	Object.fromEntries(CAPABILITIES.map((c, i) => [c, statuses[i]])) as Row;

//                                 read comment edit deleteBrand createBrand members settings deleteCreator
const readOnly = row(200, 200, 403, 403, 403, 403, 403, 403);
const hidden = row(404, 404, 404, 404, 404, 404, 404, 404);

// In our brand: the role in the brand decides, except that members, settings and new brands
// belong to all-brands members; someone limited to another brand does not see it at all.
const inBrand: Record<Who, Row> = {
	owner: row(200, 200, 200, 200, 200, 200, 200, 200),
	editor: row(200, 200, 200, 403, 200, 403, 403, 200),
	approver: readOnly,
	viewer: readOnly,
	'scoped-owner': row(200, 200, 200, 200, 403, 403, 403, 403),
	'scoped-editor': row(200, 200, 200, 403, 403, 403, 403, 403),
	'scoped-approver': readOnly,
	'scoped-viewer': readOnly,
	elsewhere: hidden,
	stranger: hidden
};

// In the workspace (creators, brands list): a scoped member's strongest brand role, capped at
// editor, and never the workspace-wide capabilities.
const inWorkspace: Record<Who, Row> = {
	...inBrand,
	'scoped-owner': row(200, 200, 200, 403, 403, 403, 403, 403),
	elsewhere: row(200, 200, 200, 403, 403, 403, 403, 403)
};

const casesOf = (table: Record<Who, Row>) =>
	WHO.flatMap((who) =>
		CAPABILITIES.map((capability) => ({ who, capability, status: table[who][capability] }))
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
	it.each(casesOf(inWorkspace))(
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
	it.each(casesOf(inBrand))(
		'$who asking to $capability answers $status',
		async ({ who, capability, status }) => {
			const run = () =>
				requireBrand(locals(world.users[who]), world.workspaceId, world.brandId, capability);
			expect(await outcome(run)).toBe(status);
		}
	);

	it('gives the role in the brand, and the workspace role for workspace-level things', async () => {
		const found = await requireBrand(
			locals(world.users['scoped-owner']),
			world.workspaceId,
			world.brandId
		);
		expect(found.role).toBe('owner');
		expect(found.workspace.role).toBe('editor');
		const all = await requireBrand(locals(world.users.approver), world.workspaceId, world.brandId);
		expect(all.role).toBe('approver');
	});

	it('answers 404 for the brands a scoped member was not given, 200 for theirs', async () => {
		const user = locals(world.users.elsewhere);
		expect(await outcome(() => requireBrand(user, world.workspaceId, world.brandId))).toBe(404);
		expect(await outcome(() => requireBrand(user, world.workspaceId, world.siblingBrandId))).toBe(
			200
		);
		const sibling = () =>
			requireCollaboration(user, {
				workspaceId: world.workspaceId,
				brandId: world.siblingBrandId,
				collaborationId: 'sibling'
			});
		expect(await outcome(sibling)).toBe(200);
	});

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

	it.each(casesOf(inBrand))(
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
