import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, creatorInput, makeBrand, makeUser, profileInput } from '../testing';
import { campaigns, collaborations, creatorProfiles, creators } from '../db/schema';
import { createCollaboration } from './collaborations';
import {
	addProfile,
	createCreator,
	deleteCreator,
	directoryQuery,
	escapeLike,
	findDuplicates,
	getCreator,
	isHandleTaken,
	listCreatorCollaborations,
	listCreators,
	listDirectoryFacets,
	listProfiles,
	removeProfile,
	updateCreator,
	updateProfile,
	type CreatorInput,
	type DirectoryFilters,
	type DirectoryPage,
	type ProfileInput
} from './creators';

let t: Awaited<ReturnType<typeof createTestDatabase>>;
let ws: string; // the workspace under test
let otherWs: string; // someone else's: never listed, never a duplicate
let userId: string;

beforeAll(async () => {
	t = await createTestDatabase();
	const owner = await makeUser(t.db);
	ws = owner.workspaceId;
	userId = owner.userId;
	otherWs = (await makeUser(t.db)).workspaceId;
});
afterAll(() => t.cleanup());

const creator = creatorInput;
const profile = profileInput;

async function create(
	workspaceId: string,
	input: Partial<CreatorInput>,
	profiles: ProfileInput[] = [],
	at?: Date
) {
	const result = await createCreator(t.db, workspaceId, creator(input), profiles, userId, at);
	if (!result.ok) throw new Error(`not created: ${JSON.stringify(result)}`);
	return result.id;
}
const reachOf = async (id: string) => (await getCreator(t.db, ws, id))?.totalFollowers;

describe('createCreator and findDuplicates', () => {
	it('stores a creator with its profiles in order, reach = the sum of their followers', async () => {
		const id = await create(ws, { name: 'Mia Stretch', tags: ['yoga', '孕妇'] }, [
			profile('instagram', '@Mia.Stretch', { followers: 12_300, engagementBp: 420 }),
			profile('tiktok', 'miastretch', { followers: 80_000 }),
			profile('youtube', 'Mia Stretch')
		]);
		const stored = await getCreator(t.db, ws, id);
		expect(stored).toMatchObject({ name: 'Mia Stretch', tags: ['yoga', '孕妇'], version: 1 });
		expect(stored?.totalFollowers).toBe(92_300);
		expect(stored?.createdBy).toBe(userId);
		const profiles = await listProfiles(t.db, ws, id);
		expect(profiles.map((p) => [p.platform, p.handle, p.handleKey, p.position])).toEqual([
			['instagram', '@Mia.Stretch', 'mia.stretch', 0],
			['tiktok', 'miastretch', 'miastretch', 1],
			['youtube', 'Mia Stretch', 'mia stretch', 2]
		]);
		expect(await listProfiles(t.db, otherWs, id)).toEqual([]);
	});

	it('finds a taken handle whatever its @ and letter case, only on the same platform and workspace', async () => {
		const id = await create(ws, { name: 'Chewy Tales' }, [profile('tiktok', '@Chewy.Tales')]);
		await create(otherWs, { name: 'Their Chewy' }, [profile('tiktok', 'chewy.tales2')]);
		const found = await findDuplicates(t.db, ws, [
			{ platform: 'tiktok', handle: 'chewy.tales' },
			{ platform: 'instagram', handle: 'chewy.tales' },
			{ platform: 'tiktok', handle: '@CHEWY.TALES/' },
			{ platform: 'tiktok', handle: '@' }
		]);
		expect(found.map((d) => [d.platform, d.handle, d.creatorId, d.creatorName])).toEqual([
			['tiktok', 'chewy.tales', id, 'Chewy Tales'],
			['tiktok', '@CHEWY.TALES/', id, 'Chewy Tales']
		]);
		expect(
			await findDuplicates(t.db, ws, [{ platform: 'tiktok', handle: 'chewy.tales' }], id)
		).toEqual([]);
		expect(
			await findDuplicates(t.db, otherWs, [{ platform: 'tiktok', handle: 'chewy.tales' }])
		).toEqual([]);
		expect(await findDuplicates(t.db, ws, [])).toEqual([]);
	});

	it('refuses a duplicate (or a handle named twice) as a result and stores nothing', async () => {
		const before = await t.db.select().from(creators);
		const taken = await createCreator(
			t.db,
			ws,
			creator({ name: 'Copycat' }),
			[profile('youtube', 'copycat'), profile('tiktok', 'chewy.tales')],
			userId
		);
		expect(taken).toMatchObject({
			ok: false,
			reason: 'duplicate',
			duplicates: [{ platform: 'tiktok', handle: 'chewy.tales', creatorName: 'Chewy Tales' }]
		});
		const twice = await createCreator(
			t.db,
			ws,
			creator({ name: 'Twice' }),
			[profile('douyin', 'twice'), profile('douyin', '@Twice')],
			userId
		);
		expect(twice).toEqual({
			ok: false,
			reason: 'duplicate',
			duplicates: [
				{
					platform: 'douyin',
					handle: '@Twice',
					creatorId: null,
					creatorName: null,
					profileId: null
				}
			]
		});
		expect(await t.db.select().from(creators)).toEqual(before);
	});

	it('maps a race on the unique index to the same duplicate result, all or nothing', async () => {
		// Both requests check before either inserts; the index lets exactly one through.
		const attempts = await Promise.all(
			['Racer A', 'Racer B'].map((name) =>
				createCreator(t.db, ws, creator({ name }), [profile('weibo', 'racer')], userId)
			)
		);
		expect(attempts.filter((a) => a.ok)).toHaveLength(1);
		const lost = attempts.find((a) => !a.ok);
		expect(lost).toMatchObject({ reason: 'duplicate', duplicates: [{ platform: 'weibo' }] });
		const racers = await t.db.select().from(creators).where(eq(creators.workspaceId, ws));
		expect(racers.filter((c) => c.name.startsWith('Racer'))).toHaveLength(1);

		// The error the index raises is recognised as "taken", and nothing else is.
		let raised: unknown;
		try {
			const [winner] = racers.filter((c) => c.name.startsWith('Racer'));
			await t.db.insert(creatorProfiles).values({
				id: 'race-copy',
				creatorId: winner.id,
				workspaceId: ws,
				platform: 'weibo',
				handle: 'RACER',
				handleKey: 'racer'
			});
		} catch (error) {
			raised = error;
		}
		expect(isHandleTaken(raised)).toBe(true);
		expect(isHandleTaken(new Error('UNIQUE constraint failed: creators.id'))).toBe(false);
		expect(isHandleTaken('nope')).toBe(false);
	});
});

describe('updateCreator and deleteCreator', () => {
	it('saves at the loaded version, refuses an older one, and never reaches another workspace', async () => {
		const id = await create(ws, { name: 'Old name' });
		const saved = await updateCreator(
			t.db,
			ws,
			id,
			1,
			creator({ name: 'New name', niche: 'dogs' })
		);
		expect(saved).toEqual({ ok: true, version: 2 });
		const stale = await updateCreator(t.db, ws, id, 1, creator({ name: 'Stale' }));
		expect(stale).toEqual({ ok: false, reason: 'conflict' });
		expect(await getCreator(t.db, ws, id)).toMatchObject({ name: 'New name', version: 2 });
		expect(await updateCreator(t.db, otherWs, id, 2, creator({ name: 'Hijack' }))).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await getCreator(t.db, otherWs, id)).toBeNull();
	});

	it('deletes a creator with its profiles and collaborations, only in its workspace', async () => {
		const id = await create(ws, { name: 'Leaving' }, [profile('bilibili', 'leaving')]);
		const brandId = await makeBrand(t.db, ws);
		const brand = { id: brandId, workspaceId: ws };
		const collab = await createCollaboration(
			t.db,
			brand,
			{ creatorId: id, currency: 'USD' },
			userId,
			'2026-03-02'
		);
		expect(collab.ok).toBe(true);
		expect(await deleteCreator(t.db, otherWs, id)).toBe(false);
		expect(await deleteCreator(t.db, ws, id)).toBe(true);
		expect(await getCreator(t.db, ws, id)).toBeNull();
		expect(
			await t.db.select().from(creatorProfiles).where(eq(creatorProfiles.creatorId, id))
		).toEqual([]);
		expect(
			await t.db.select().from(collaborations).where(eq(collaborations.creatorId, id))
		).toEqual([]);
		expect(await deleteCreator(t.db, ws, id)).toBe(false);
	});
});

describe('profiles', () => {
	it('adds, edits and removes profiles, keeping reach the sum of followers', async () => {
		const id = await create(ws, { name: 'Grower' }, [
			profile('instagram', 'grower', { followers: 1_000 })
		]);
		const added = await addProfile(t.db, ws, id, profile('tiktok', 'grower', { followers: 5_000 }));
		expect(added.ok).toBe(true);
		if (!added.ok) return;
		expect(await reachOf(id)).toBe(6_000);
		const [first, second] = await listProfiles(t.db, ws, id);
		expect([first.position, second.position]).toEqual([0, 1]);

		const loaded = profile('tiktok', 'grower', { followers: 5_000 });
		const edited = profile('tiktok', '@Grower', {
			followers: 7_500,
			engagementBp: 310,
			measuredOn: '2026-03-01'
		});
		expect(await updateProfile(t.db, ws, id, added.id, loaded, edited)).toEqual({ ok: true });
		expect(await reachOf(id)).toBe(8_500);
		expect((await listProfiles(t.db, ws, id))[1]).toMatchObject({
			handle: '@Grower',
			handleKey: 'grower',
			engagementBp: 310,
			measuredOn: '2026-03-01'
		});

		expect(await removeProfile(t.db, ws, id, first.id)).toBe(true);
		expect(await reachOf(id)).toBe(7_500);
		expect(await removeProfile(t.db, ws, id, first.id)).toBe(false);
		expect(await removeProfile(t.db, otherWs, id, added.id)).toBe(false);
		expect(await listProfiles(t.db, ws, id)).toHaveLength(1);
		expect(await removeProfile(t.db, ws, id, added.id)).toBe(true);
		expect(await reachOf(id)).toBe(0);
	});

	it('refuses an edit of a profile someone changed meanwhile, and a taken handle', async () => {
		const id = await create(ws, { name: 'Editor race' }, [
			profile('youtube', 'editrace', { followers: 10 })
		]);
		const [stored] = await listProfiles(t.db, ws, id);
		const loaded = profile('youtube', 'editrace', { followers: 10 });
		// A teammate saves first.
		const theirs = profile('youtube', 'editrace', { followers: 20 });
		expect(await updateProfile(t.db, ws, id, stored.id, loaded, theirs)).toEqual({ ok: true });
		const ours = profile('youtube', 'editrace', { followers: 30 });
		expect(await updateProfile(t.db, ws, id, stored.id, loaded, ours)).toEqual({
			ok: false,
			reason: 'conflict'
		});
		expect(await reachOf(id)).toBe(20);
		// Its own handle in another spelling is no duplicate; another creator's is.
		expect(
			await updateProfile(
				t.db,
				ws,
				id,
				stored.id,
				theirs,
				profile('youtube', '@EditRace', { followers: 20 })
			)
		).toEqual({ ok: true });
		const taken = await updateProfile(
			t.db,
			ws,
			id,
			stored.id,
			profile('youtube', '@EditRace', { followers: 20 }),
			profile('youtube', 'Mia Stretch')
		);
		expect(taken).toMatchObject({
			ok: false,
			reason: 'duplicate',
			duplicates: [{ creatorName: 'Mia Stretch' }]
		});
		expect(await updateProfile(t.db, otherWs, id, stored.id, theirs, ours)).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await addProfile(t.db, ws, id, profile('tiktok', 'CHEWY.TALES'))).toMatchObject({
			ok: false,
			reason: 'duplicate',
			duplicates: [{ creatorName: 'Chewy Tales' }]
		});
		expect(await addProfile(t.db, otherWs, id, profile('tiktok', 'fresh'))).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await listProfiles(t.db, ws, id)).toHaveLength(1);
	});
});

describe('listCreators', () => {
	let dirWs: string;
	const ids: Record<string, string> = {};
	const page = (over: Partial<DirectoryPage> = {}): DirectoryPage => ({
		sort: 'name',
		dir: 'asc',
		page: 1,
		...over
	});
	const names = async (filters: DirectoryFilters, over: Partial<DirectoryPage> = {}) =>
		(await listCreators(t.db, dirWs, filters, page(over))).rows.map((r) => r.name);

	beforeAll(async () => {
		dirWs = (await makeUser(t.db)).workspaceId;
		const day = (n: number) => new Date(Date.UTC(2026, 0, n));
		ids.ana = await create(
			dirWs,
			{
				name: 'Ana Yoga',
				niche: 'prenatal yoga',
				tags: ['Yoga', 'mums'],
				country: 'US',
				language: 'en',
				email: 'ana@studio.example'
			},
			[
				profile('instagram', '@ana.flow', { followers: 50_000, engagementBp: 310 }),
				profile('tiktok', 'anaflow', { followers: 5_000, engagementBp: 800 })
			],
			day(1)
		);
		ids.bo = await create(
			dirWs,
			{ name: 'Bo Chews', niche: 'large dogs', tags: ['dogs'], country: 'GB', language: 'en' },
			[profile('tiktok', 'bo_chews', { followers: 120_000, engagementBp: 450 })],
			day(2)
		);
		ids.chen = await create(
			dirWs,
			{
				name: '陈小狗',
				niche: '大型犬',
				tags: ['狗狗', 'dogs'],
				country: 'CN',
				language: 'zh',
				doNotContact: true,
				doNotContactReason: 'Asked us to stop'
			},
			[
				profile('xiaohongshu', '陈小狗的日常', { followers: 12_000, engagementBp: 1_200 }),
				profile('douyin', 'chenxiaogou', { followers: 300_000 })
			],
			day(3)
		);
		ids.dee = await create(dirWs, { name: 'dee 100% real', niche: 'yoga mats' }, [], day(4));
		await create(otherWs, { name: 'Ana Elsewhere', niche: 'prenatal yoga' }, [
			profile('instagram', 'ana.elsewhere', { followers: 60_000 })
		]);
	});

	it('returns each creator with its profiles, only from the workspace, with a total', async () => {
		const result = await listCreators(t.db, dirWs, {}, page());
		expect(result.total).toBe(4);
		expect(result.rows.map((r) => r.name)).toEqual([
			'Ana Yoga',
			'Bo Chews',
			'dee 100% real',
			'陈小狗'
		]);
		expect(
			result.rows[0].profiles.map((p) => [p.platform, p.handle, p.followers, p.engagementBp])
		).toEqual([
			['instagram', '@ana.flow', 50_000, 310],
			['tiktok', 'anaflow', 5_000, 800]
		]);
		expect(result.rows[2].profiles).toEqual([]);
		expect(result.rows[3]).toMatchObject({
			doNotContact: true,
			doNotContactReason: 'Asked us to stop',
			totalFollowers: 312_000
		});
	});

	it('searches name, handle (with or without @), niche, tag and email, letter case ignored', async () => {
		expect(await names({ q: 'ana yoga' })).toEqual(['Ana Yoga']);
		expect(await names({ q: '@ANA.FLOW' })).toEqual(['Ana Yoga']);
		expect(await names({ q: 'chews' })).toEqual(['Bo Chews']);
		expect(await names({ q: 'DOGS' })).toEqual(['Bo Chews', '陈小狗']);
		expect(await names({ q: '狗狗' })).toEqual(['陈小狗']);
		expect(await names({ q: 'studio.example' })).toEqual(['Ana Yoga']);
		expect(await names({ q: '日常' })).toEqual(['陈小狗']);
		expect(await names({ q: 'nobody' })).toEqual([]);
	});

	it('reads % and _ as letters, not wildcards', async () => {
		expect(escapeLike('100%_a\\b')).toBe('100\\%\\_a\\\\b');
		expect(await names({ q: '%' })).toEqual(['dee 100% real']);
		expect(await names({ q: '_' })).toEqual(['Bo Chews']);
		expect(await names({ q: 'o_c' })).toEqual(['Bo Chews']);
		expect(await names({ q: 'a%a' })).toEqual([]);
	});

	it('filters by platform, with followers and engagement judged on that platform’s profile', async () => {
		expect(await names({ platform: 'tiktok' })).toEqual(['Ana Yoga', 'Bo Chews']);
		expect(await names({ platform: 'tiktok', minFollowers: 10_000 })).toEqual(['Bo Chews']);
		// Ana has 50k on Instagram but only 5k on TikTok.
		expect(await names({ platform: 'tiktok', minFollowers: 40_000, maxFollowers: 60_000 })).toEqual(
			[]
		);
		expect(await names({ minFollowers: 40_000, maxFollowers: 60_000 })).toEqual(['Ana Yoga']);
		expect(await names({ maxFollowers: 12_000 })).toEqual(['Ana Yoga', '陈小狗']);
		expect(await names({ minEngagementBp: 500 })).toEqual(['Ana Yoga', '陈小狗']);
		expect(await names({ platform: 'instagram', minEngagementBp: 500 })).toEqual([]);
		expect(await names({ platform: 'douyin', minEngagementBp: 1 })).toEqual([]);
	});

	it('filters by niche, country, language, exact tag and do-not-contact', async () => {
		expect(await names({ niche: 'YOGA' })).toEqual(['Ana Yoga', 'dee 100% real']);
		expect(await names({ country: 'GB' })).toEqual(['Bo Chews']);
		expect(await names({ language: 'zh' })).toEqual(['陈小狗']);
		expect(await names({ tag: 'yoga' })).toEqual(['Ana Yoga']);
		expect(await names({ tag: 'dog' })).toEqual([]);
		expect(await names({ tag: 'dogs', country: 'CN' })).toEqual(['陈小狗']);
		expect(await names({ doNotContact: 'hide' })).toEqual([
			'Ana Yoga',
			'Bo Chews',
			'dee 100% real'
		]);
		expect(await names({ doNotContact: 'only' })).toEqual(['陈小狗']);
		expect(await names({ doNotContact: 'show', language: 'en' })).toEqual(['Ana Yoga', 'Bo Chews']);
	});

	it('sorts by name, reach, engagement (unknown last) and newest, either way', async () => {
		expect(await names({}, { sort: 'name', dir: 'desc' })).toEqual([
			'陈小狗',
			'dee 100% real',
			'Bo Chews',
			'Ana Yoga'
		]);
		expect(await names({}, { sort: 'reach', dir: 'desc' })).toEqual([
			'陈小狗',
			'Bo Chews',
			'Ana Yoga',
			'dee 100% real'
		]);
		expect(await names({}, { sort: 'reach', dir: 'asc' })).toEqual([
			'dee 100% real',
			'Ana Yoga',
			'Bo Chews',
			'陈小狗'
		]);
		expect(await names({}, { sort: 'engagement', dir: 'desc' })).toEqual([
			'陈小狗',
			'Ana Yoga',
			'Bo Chews',
			'dee 100% real'
		]);
		expect(await names({}, { sort: 'engagement', dir: 'asc' })).toEqual([
			'Bo Chews',
			'Ana Yoga',
			'陈小狗',
			'dee 100% real'
		]);
		// On one platform, that platform's rate: Ana's TikTok 8 % beats Bo's 4.5 %.
		expect(await names({ platform: 'tiktok' }, { sort: 'engagement', dir: 'desc' })).toEqual([
			'Ana Yoga',
			'Bo Chews'
		]);
		expect(await names({}, { sort: 'newest', dir: 'desc' })).toEqual([
			'dee 100% real',
			'陈小狗',
			'Bo Chews',
			'Ana Yoga'
		]);
	});

	it('pages by 50 with the total of all matches', async () => {
		const bigWs = (await makeUser(t.db)).workspaceId;
		for (let i = 0; i < 55; i++) {
			const name = `Creator ${String(i).padStart(2, '0')}`;
			await create(bigWs, { name }, [profile('youtube', `c${i}`, { followers: i })]);
		}
		const first = await listCreators(t.db, bigWs, {}, page());
		const second = await listCreators(t.db, bigWs, {}, page({ page: 2 }));
		expect([first.rows.length, second.rows.length, first.total, second.total]).toEqual([
			50, 5, 55, 55
		]);
		expect(second.rows.map((r) => r.name)).toEqual([
			'Creator 50',
			'Creator 51',
			'Creator 52',
			'Creator 53',
			'Creator 54'
		]);
		expect(second.rows.every((r) => r.profiles.length === 1)).toBe(true);
		const past = await listCreators(t.db, bigWs, {}, page({ page: 9 }));
		expect([past.rows, past.total]).toEqual([[], 55]);
	});

	const planOf = async (query: ReturnType<typeof directoryQuery>) => {
		const { sql, params } = query.toSQL();
		const plan = await t.client.execute({
			sql: `EXPLAIN QUERY PLAN ${sql}`,
			args: params as never
		});
		return plan.rows.map((r) => String(r.detail)).join('\n');
	};

	it('reads a page by name or by reach straight from the workspace’s index, in its order', async () => {
		for (const dir of ['asc', 'desc'] as const) {
			const byName = await planOf(
				directoryQuery(
					t.db,
					dirWs,
					{ doNotContact: 'hide', language: 'en' },
					page({ dir, page: 3 })
				)
			);
			expect(byName).toMatch(
				/SEARCH creators USING INDEX creators_workspace_name_idx \(workspace_id=\?\)/
			);
			expect(byName).not.toMatch(/SCAN creators/);
			expect(byName).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/);
			const byReach = await planOf(
				directoryQuery(t.db, dirWs, { q: 'yoga', platform: 'tiktok' }, page({ sort: 'reach', dir }))
			);
			expect(byReach).toMatch(
				/SEARCH creators USING INDEX creators_workspace_followers_idx \(workspace_id=\?\)/
			);
			expect(byReach).not.toMatch(/SCAN creators/);
			expect(byReach).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/);
			// Each profile condition reads the creator's own profiles through their index.
			expect(byReach).toMatch(
				/SEARCH creator_profiles USING INDEX creator_profiles_creator_idx \(creator_id=\?\)/
			);
		}
	});

	it('offers the tags and countries in use, and the directory’s size', async () => {
		const facets = await listDirectoryFacets(t.db, dirWs);
		expect(facets.total).toBe(4);
		expect(facets.tags).toEqual(['dogs', 'mums', 'Yoga', '狗狗']);
		expect(facets.countries.sort()).toEqual(['CN', 'GB', 'US']);
	});
});

describe('listCreatorCollaborations', () => {
	it('lists the creator’s collaborations across the workspace’s brands, with campaign and follow-up', async () => {
		const id = await create(ws, { name: 'Collaborator' });
		const bump = await makeBrand(t.db, ws, { name: 'Bump & Bloom' });
		const chew = await makeBrand(t.db, ws, { name: 'BigChew', marketTimeZone: 'Europe/London' });
		await t.db.insert(campaigns).values({
			id: 'cmp-spring',
			brandId: chew,
			name: 'Spring chews',
			startDate: '2026-03-01',
			endDate: '2026-03-31'
		});
		for (const [brandId, campaignId] of [
			[chew, 'cmp-spring'],
			[bump, null]
		] as const) {
			const made = await createCollaboration(
				t.db,
				{ id: brandId, workspaceId: ws },
				{ creatorId: id, currency: 'USD', campaignId },
				userId,
				'2026-03-02'
			);
			expect(made.ok).toBe(true);
		}
		const list = await listCreatorCollaborations(t.db, ws, id);
		expect(
			list.map((c) => [
				c.brandName,
				c.stage,
				c.campaignName,
				c.nextStep,
				c.followUpOn,
				c.brandArchived
			])
		).toEqual([
			['BigChew', 'prospect', 'Spring chews', 'first_contact', '2026-03-04', false],
			['Bump & Bloom', 'prospect', null, 'first_contact', '2026-03-04', false]
		]);
		expect(list[0].marketTimeZone).toBe('Europe/London');
		expect(await listCreatorCollaborations(t.db, otherWs, id)).toEqual([]);
	});
});
