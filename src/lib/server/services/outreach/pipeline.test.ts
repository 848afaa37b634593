import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaigns, collaborations } from '../../db/schema';
import { getCollaboration } from '../../queries/collaborations';
import { createCreator } from '../../queries/creators';
import {
	campaignRow,
	collaborationRow,
	createTestDatabase,
	creatorInput,
	makeUserWithBrand
} from '../../testing';
import { loadOverview } from './overview';
import { loadChoices, loadPipeline, type PipelineInput } from './pipeline';

const test = await createTestDatabase();
const db = test.db;
afterAll(() => test.cleanup());

let scope: { workspaceId: string; brandId: string; currency: string; marketTimeZone: string };
let userId: string;
let creatorId: string;

beforeAll(async () => {
	const made = await makeUserWithBrand(db);
	userId = made.userId;
	scope = { ...made, currency: 'USD', marketTimeZone: 'UTC' };
	const creator = await createCreator(
		db,
		made.workspaceId,
		creatorInput({ name: 'Ana' }),
		[],
		null
	);
	if (!creator.ok) throw new Error('creator not created');
	creatorId = creator.id;
	await db.insert(campaigns).values(campaignRow(scope.brandId, { utmCampaign: 'spring-26' }));
	const rows = ['p1', 'p2', 'p3'].map((id) =>
		collaborationRow({ id, brandId: scope.brandId, creatorId, followUpOn: '2026-03-02' })
	);
	await db.insert(collaborations).values(rows);
	await db
		.update(collaborations)
		.set({ campaignId: 'spring', ownerId: userId, linkUrl: 'https://bloom.example/mat' });
});

const input = (overrides: Partial<PipelineInput> = {}): PipelineInput => ({
	view: 'table',
	filters: {},
	table: { sort: 'followUp', dir: 'asc', page: 1, size: 2 },
	boardCards: 20,
	today: '2026-03-03',
	weekEnd: '2026-03-09',
	...overrides
});

describe('loadPipeline', () => {
	it('pages the table and shows the last page for one past the end', async () => {
		const first = await loadPipeline(db, scope, input());
		expect(first.table).toMatchObject({ page: 1, pages: 2, size: 2, total: 3 });
		const past = await loadPipeline(db, scope, input({ table: { ...input().table, page: 9 } }));
		expect(past.table).toMatchObject({ page: 2, pages: 2 });
		expect(past.board).toBeNull();
	});

	it('draws the board instead of the table, with the due list and the roll-up', async () => {
		const result = await loadPipeline(db, scope, input({ view: 'board' }));
		expect(result.table).toBeNull();
		expect(result.board).not.toBeNull();
		expect(result.due).toHaveLength(3);
		expect(result.rollup).toMatchObject([{ currency: 'USD', count: 3 }]);
	});
});

describe('loadChoices', () => {
	it('names the workspace’s members and the brand’s campaigns', async () => {
		const choices = await loadChoices(db, scope);
		expect(choices.members.map((m) => m.id)).toEqual([userId]);
		expect(choices.campaigns).toEqual([{ id: 'spring', name: 'Spring' }]);
	});
});

describe('loadOverview', () => {
	it('tags the link with the campaign’s UTM name and names the campaign and owner', async () => {
		const collaboration = (await getCollaboration(db, scope.brandId, 'p1'))!;
		const creator = {
			name: 'Ana Lima',
			profiles: [{ platform: 'tiktok' as const, handle: '@ana' }]
		};
		const overview = await loadOverview(db, scope, { collaboration, creator });
		expect(overview.campaign).toEqual({ id: 'spring', name: 'Spring', utm: 'spring-26' });
		expect(overview.ownerName).not.toBeNull();
		expect(overview.tracked).toContain('utm_campaign=spring-26');
		expect(overview.tracked).toContain('utm_source=tiktok');
		expect(overview.deliverableCount).toBe(0);
	});
});
