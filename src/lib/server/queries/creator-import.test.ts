import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMATS } from '../../domain/content';
import {
	creatorsToCsv,
	readCreatorCsv,
	type CreatorCsv,
	type CreatorCsvVocabulary
} from '../../domain/creator-csv';
import type { DeliverableKind } from '../../domain/creators';
import { creatorProfiles, creators } from '../db/schema';
import { createTestDatabase, makeUser } from '../testing';
import {
	getCreatorBatch,
	importCreators,
	listCreatorsForExport,
	previewCreatorImport
} from './creator-import';

let t: Awaited<ReturnType<typeof createTestDatabase>>;
let userId: string;
let workspaceId: string;
let otherWorkspaceId: string;

const vocab: CreatorCsvVocabulary = {
	platforms: {},
	kinds: Object.fromEntries(FORMATS.map((f) => [f, []])) as unknown as Record<
		DeliverableKind,
		string[]
	>
};
const parse = (text: string): CreatorCsv => {
	const result = readCreatorCsv(text, vocab);
	if (!result.ok || result.errors) throw new Error(`not a clean file: ${JSON.stringify(result)}`);
	return result;
};
const token = (n: number) => String(n).padStart(32, 'a');

const listIn = async (ws = workspaceId) =>
	(
		await t.db
			.select({
				name: creators.name,
				total: creators.totalFollowers,
				version: creators.version,
				createdBy: creators.createdBy
			})
			.from(creators)
			.where(eq(creators.workspaceId, ws))
			.orderBy(creators.name)
	).map((c) => ({ ...c }));
const profilesIn = async (ws = workspaceId) =>
	t.db
		.select({
			creator: creators.name,
			platform: creatorProfiles.platform,
			handle: creatorProfiles.handle,
			handleKey: creatorProfiles.handleKey,
			followers: creatorProfiles.followers,
			position: creatorProfiles.position
		})
		.from(creatorProfiles)
		.innerJoin(creators, eq(creators.id, creatorProfiles.creatorId))
		.where(eq(creatorProfiles.workspaceId, ws))
		.orderBy(creators.name, creatorProfiles.position);

const FILE =
	'name,email,platform,handle,followers\n' +
	'Mia Chen,mia@x.test,instagram,@Mia.Moves,48200\n' +
	'Mia Chen,mia@x.test,tiktok,miamoves,1.2k\n' +
	'Lena Vogel,,tiktok,mamaflow.de,19800\n' +
	'No Profile,,,,';

beforeAll(async () => {
	t = await createTestDatabase();
	const user = await makeUser(t.db);
	userId = user.userId;
	workspaceId = user.workspaceId;
	otherWorkspaceId = (await makeUser(t.db)).workspaceId;
	// The same account in another workspace is not a duplicate here.
	await importCreators(t.db, otherWorkspaceId, userId, parse(FILE), token(0));
});

afterAll(() => t.cleanup());

describe('importing a file', () => {
	it('previews everything as new, writes creators with their profiles and reach, once', async () => {
		const parsed = parse(FILE);
		const preview = await previewCreatorImport(t.db, workspaceId, parsed);
		expect(preview.rows.map((r) => r?.kind)).toEqual(['new', 'new', 'new', 'new']);
		expect(preview.counts).toEqual({ creators: 3, profiles: 3, skipped: 0 });
		expect(await listIn()).toEqual([]);

		const outcome = await importCreators(t.db, workspaceId, userId, parsed, token(1));
		expect(outcome).toMatchObject({ ok: true, creators: 3, profiles: 3, skipped: 0 });
		expect(await listIn()).toEqual([
			{ name: 'Lena Vogel', total: 19800, version: 1, createdBy: userId },
			{ name: 'Mia Chen', total: 49400, version: 1, createdBy: userId },
			{ name: 'No Profile', total: 0, version: 1, createdBy: userId }
		]);
		expect(await profilesIn()).toEqual([
			{
				creator: 'Lena Vogel',
				platform: 'tiktok',
				handle: 'mamaflow.de',
				handleKey: 'mamaflow.de',
				followers: 19800,
				position: 0
			},
			{
				creator: 'Mia Chen',
				platform: 'instagram',
				handle: '@Mia.Moves',
				handleKey: 'mia.moves',
				followers: 48200,
				position: 0
			},
			{
				creator: 'Mia Chen',
				platform: 'tiktok',
				handle: 'miamoves',
				handleKey: 'miamoves',
				followers: 1200,
				position: 1
			}
		]);
		if (!outcome.ok) throw new Error('expected a batch');
		expect(await getCreatorBatch(t.db, workspaceId, outcome.batch)).toEqual({
			creators: 3,
			profiles: 3
		});

		// The same confirmation again finds its batch; a CRLF copy of the file is the same file.
		const again = await importCreators(
			t.db,
			workspaceId,
			userId,
			parse(FILE.replace(/\n/g, '\r\n')),
			token(1)
		);
		expect(again).toEqual({ ok: false, reason: 'already-imported', batch: outcome.batch });
		expect(await listIn()).toHaveLength(3);
	});

	it('a new upload of the same file skips every row and writes nothing', async () => {
		const before = { creators: await listIn(), profiles: await profilesIn() };
		const parsed = parse(FILE);
		const preview = await previewCreatorImport(t.db, workspaceId, parsed);
		expect(preview.rows).toEqual([
			{ kind: 'skipped', creator: 'Mia Chen' },
			{ kind: 'skipped', creator: 'Mia Chen' },
			{ kind: 'skipped', creator: 'Lena Vogel' },
			{ kind: 'skipped', creator: 'No Profile' }
		]);
		expect(preview.counts).toEqual({ creators: 0, profiles: 0, skipped: 4 });
		const outcome = await importCreators(t.db, workspaceId, userId, parsed, token(2));
		expect(outcome).toMatchObject({ ok: true, creators: 0, profiles: 0, skipped: 4 });
		expect({ creators: await listIn(), profiles: await profilesIn() }).toEqual(before);
	});

	it('adds a new profile to the creator already there (by name and email, or by a known handle)', async () => {
		const parsed = parse(
			'name,email,platform,handle,followers\n' +
				'MIA CHEN,Mia@X.test,youtube,MiaMovesYT,10000\n' +
				'Lena V.,,TikTok,@MAMAFLOW.DE,\n' +
				'Lena V.,,instagram,mamaflow_ig,200'
		);
		const preview = await previewCreatorImport(t.db, workspaceId, parsed);
		expect(preview.rows).toEqual([
			{ kind: 'adds_to', creator: 'Mia Chen' },
			{ kind: 'skipped', creator: 'Lena Vogel' },
			{ kind: 'adds_to', creator: 'Lena Vogel' }
		]);
		expect(preview.counts).toEqual({ creators: 0, profiles: 2, skipped: 1 });
		expect(await importCreators(t.db, workspaceId, userId, parsed, token(3))).toMatchObject({
			ok: true,
			creators: 0,
			profiles: 2
		});
		const list = await listIn();
		expect(list.find((c) => c.name === 'Mia Chen')).toMatchObject({ total: 59400, version: 2 });
		expect(list.find((c) => c.name === 'Lena Vogel')).toMatchObject({ total: 20000, version: 2 });
		expect(
			(await profilesIn())
				.filter((p) => p.creator === 'Mia Chen')
				.map((p) => [p.handle, p.position])
		).toEqual([
			['@Mia.Moves', 0],
			['miamoves', 1],
			['MiaMovesYT', 2]
		]);
	});

	it('maps a clash with the unique handle index to a conflict and writes nothing', async () => {
		const before = { creators: await listIn(), profiles: await profilesIn() };
		// Two profiles with one handle cannot come out of the file check; they stand in for a
		// profile someone else added between our check and our write.
		const parsed = parse('name,platform,handle\nZed,tiktok,zed\nZed,instagram,zed_ig');
		parsed.creators[0].profiles[1] = { ...parsed.creators[0].profiles[0], row: 3 };
		expect(await importCreators(t.db, workspaceId, userId, parsed, token(4))).toEqual({
			ok: false,
			reason: 'conflict'
		});
		expect({ creators: await listIn(), profiles: await profilesIn() }).toEqual(before);
	});

	it('two confirmations of one file at once write it once', async () => {
		const parsed = parse('name,platform,handle\nRace,tiktok,race1\nRace,douyin,race2');
		const outcomes = await Promise.all([
			importCreators(t.db, workspaceId, userId, parsed, token(5)),
			importCreators(t.db, workspaceId, userId, parsed, token(6))
		]);
		expect(outcomes.map((o) => o.ok && o.profiles).sort()).toEqual([0, 2]);
		expect((await listIn()).filter((c) => c.name === 'Race')).toHaveLength(1);
	});
});

describe('export', () => {
	it('lists the workspace’s creators with their profiles, and the file reads back as already there', async () => {
		const list = await listCreatorsForExport(t.db, workspaceId);
		expect(list.map((c) => c.name)).toEqual(['Lena Vogel', 'Mia Chen', 'No Profile', 'Race']);
		expect(list[1].profiles.map((p) => p.handle)).toEqual(['@Mia.Moves', 'miamoves', 'MiaMovesYT']);
		expect(list[1].email).toBe('mia@x.test');
		// The directory's filters choose the creators, and each keeps all of its profiles.
		const filtered = await listCreatorsForExport(t.db, workspaceId, { q: 'miamovesyt' });
		expect(filtered.map((c) => c.name)).toEqual(['Mia Chen']);
		expect(filtered[0].profiles).toHaveLength(3);
		expect(await listCreatorsForExport(t.db, workspaceId, { platform: 'bilibili' })).toEqual([]);
		expect((await listCreatorsForExport(t.db, otherWorkspaceId)).map((c) => c.name)).toEqual([
			'Lena Vogel',
			'Mia Chen',
			'No Profile'
		]);

		const back = parse(creatorsToCsv(list, 'zh-CN'));
		const preview = await previewCreatorImport(t.db, workspaceId, back);
		expect(preview.counts).toEqual({ creators: 0, profiles: 0, skipped: back.rows.length });
	});
});
