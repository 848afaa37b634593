import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { weekOf, today as todayIn } from '../../domain/zoned-time';
import { campaignRow, collaborationRow, createTestDatabase, makeBrand, makeUser } from '../testing';
import {
	campaigns,
	collaborationEvents,
	collaborations,
	creatorProfiles,
	creators,
	deliverables,
	samples
} from '../db/schema';
import { listBoard, listBoardColumns, listDue, listTable } from './collaboration-lists';
import { readOverrideNote } from '../../domain/override-note';
import { bulkUpdate, moveCollaboration, undoMove } from './collaboration-moves';
import {
	createCollaboration,
	findCreators,
	getCollaboration,
	listEvents,
	setFollowUp,
	updateTerms
} from './collaborations';

let handle: Awaited<ReturnType<typeof createTestDatabase>>;
let owner: Awaited<ReturnType<typeof makeUser>>;
let other: Awaited<ReturnType<typeof makeUser>>;
let brandId: string;
let brand: { id: string; workspaceId: string; currency: string };
const TODAY = '2026-03-10';

beforeAll(async () => {
	handle = await createTestDatabase();
	const { db } = handle;
	owner = await makeUser(handle.db, { name: 'Olive Owner' });
	other = await makeUser(handle.db, { name: 'Other' });
	brandId = await makeBrand(db, owner.workspaceId);
	brand = { id: brandId, workspaceId: owner.workspaceId, currency: 'USD' };
	await db.insert(creators).values([
		{ id: 'ana', workspaceId: owner.workspaceId, name: 'Ana Lima' },
		{ id: 'bo', workspaceId: owner.workspaceId, name: 'Bo Chen', doNotContact: true },
		{ id: 'cy', workspaceId: owner.workspaceId, name: 'Cy Park' },
		{ id: 'zed', workspaceId: other.workspaceId, name: 'Zed Elsewhere' }
	]);
	await db.insert(creatorProfiles).values([
		{
			id: 'p1',
			creatorId: 'ana',
			workspaceId: owner.workspaceId,
			platform: 'instagram',
			handle: '@ana.stretch',
			handleKey: 'ana.stretch',
			position: 1
		},
		{
			id: 'p2',
			creatorId: 'ana',
			workspaceId: owner.workspaceId,
			platform: 'tiktok',
			handle: 'AnaMoves',
			handleKey: 'anamoves',
			position: 0
		},
		{
			id: 'p3',
			creatorId: 'bo',
			workspaceId: owner.workspaceId,
			platform: 'xiaohongshu',
			handle: '波波瑜伽',
			handleKey: '波波瑜伽',
			position: 0
		},
		{
			id: 'p4',
			creatorId: 'zed',
			workspaceId: other.workspaceId,
			platform: 'tiktok',
			handle: 'anamoves2',
			handleKey: 'anamoves2',
			position: 0
		}
	]);
	await db.insert(campaigns).values(campaignRow(brandId));
});
afterAll(() => handle.cleanup());

/** A collaboration at `stage`, straight into the table (the log starts empty). */
async function arrange(
	id: string,
	values: Partial<typeof collaborations.$inferInsert> = {},
	forBrand = brandId
) {
	await handle.db
		.insert(collaborations)
		.values(collaborationRow({ id, brandId: forBrand, creatorId: 'ana', ...values }));
	return id;
}

const eventsOf = (id: string) =>
	handle.db.select().from(collaborationEvents).where(eq(collaborationEvents.collaborationId, id));

const ctx = { userId: null as string | null, today: TODAY, openFindings: [] as string[] };

describe('createCollaboration', () => {
	it('starts a prospect with a proposed follow-up and logs it; a creator of another workspace is refused', async () => {
		const { db } = handle;
		const input = { creatorId: 'ana', currency: 'USD' };
		const created = await createCollaboration(db, brand, input, owner.userId, '2026-02-27');
		expect(created.ok).toBe(true);
		if (!created.ok) return;
		const row = await getCollaboration(db, brandId, created.id);
		expect(row).toMatchObject({ stage: 'prospect', nextStep: 'first_contact' });
		expect(row?.followUpOn).toBe('2026-03-01');
		expect(await eventsOf(created.id)).toMatchObject([
			{ kind: 'created', toStage: 'prospect', userId: owner.userId }
		]);
		expect(await getCollaboration(db, 'another-brand', created.id)).toBeNull();
		const refused = await createCollaboration(
			db,
			brand,
			{ ...input, creatorId: 'zed' },
			owner.userId,
			'2026-02-27'
		);
		expect(refused).toEqual({ ok: false, reason: 'creator-not-found' });
		await db.delete(collaborations).where(eq(collaborations.id, created.id));
	});
});

describe('moveCollaboration', () => {
	beforeEach(async () => {
		await handle.db.delete(collaborations);
	});

	it('moves, logs who and when, sets stage_changed_at and proposes the next follow-up', async () => {
		const id = await arrange('m1', {
			stage: 'contacted',
			nextStep: 'Wait for her to come back from holiday',
			followUpOn: '2026-04-01'
		});
		const now = new Date(Date.UTC(2026, 2, 10, 15));
		const moved = await moveCollaboration(handle.db, brandId, id, 1, 'negotiating', {
			...ctx,
			userId: owner.userId,
			now
		});
		expect(moved).toMatchObject({
			ok: true,
			version: 2,
			from: 'contacted',
			to: 'negotiating',
			previous: { nextStep: 'Wait for her to come back from holiday', followUpOn: '2026-04-01' },
			followUp: { step: 'confirm_terms', due: '2026-03-13' },
			overridden: []
		});
		// The proposal replaces even a later follow-up typed by hand (documented decision).
		expect(await getCollaboration(handle.db, brandId, id)).toMatchObject({
			stage: 'negotiating',
			stageChangedAt: now,
			nextStep: 'confirm_terms',
			followUpOn: '2026-03-13',
			version: 2
		});
		expect(await eventsOf(id)).toMatchObject([
			{
				kind: 'stage',
				fromStage: 'contacted',
				toStage: 'negotiating',
				userId: owner.userId,
				at: now
			}
		]);
		const log = await listEvents(handle.db, brandId, id);
		expect(log).toMatchObject([{ kind: 'stage', userName: 'Olive Owner' }]);
		expect(await listEvents(handle.db, 'another-brand', id)).toEqual([]);
	});

	it('clears the follow-up on paid and on an exit: nothing is left to do', async () => {
		const id = await arrange('m2', { stage: 'negotiating', followUpOn: '2026-03-12' });
		await moveCollaboration(handle.db, brandId, id, 1, 'declined', ctx);
		expect(await getCollaboration(handle.db, brandId, id)).toMatchObject({
			stage: 'declined',
			nextStep: '',
			followUpOn: null
		});
	});

	it('refuses what the rules forbid, a stale version and another brand, and logs nothing', async () => {
		const id = await arrange('m3', { stage: 'contacted' });
		expect(await moveCollaboration(handle.db, brandId, id, 1, 'sample_shipped', ctx)).toEqual({
			ok: false,
			reason: 'skips-agreement'
		});
		expect(await moveCollaboration(handle.db, brandId, id, 1, 'contacted', ctx)).toEqual({
			ok: false,
			reason: 'same'
		});
		expect(await moveCollaboration(handle.db, brandId, id, 7, 'negotiating', ctx)).toEqual({
			ok: false,
			reason: 'conflict'
		});
		expect(await moveCollaboration(handle.db, 'nope', id, 1, 'negotiating', ctx)).toEqual({
			ok: false,
			reason: 'not-found'
		});
		const paid = await arrange('m3p', { stage: 'paid' });
		expect(await moveCollaboration(handle.db, brandId, paid, 1, 'content_live', ctx)).toEqual({
			ok: false,
			reason: 'closed'
		});
		expect(await eventsOf(id)).toEqual([]);
		expect(await getCollaboration(handle.db, brandId, id)).toMatchObject({
			stage: 'contacted',
			version: 1
		});
	});

	it('two moves from the same version: one wins, the other is a conflict, one event logged', async () => {
		const id = await arrange('m4', { stage: 'agreed' });
		const results = await Promise.all([
			moveCollaboration(handle.db, brandId, id, 1, 'sample_shipped', ctx),
			moveCollaboration(handle.db, brandId, id, 1, 'content_live', ctx)
		]);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'conflict' }]);
		expect(await eventsOf(id)).toHaveLength(1);
		expect((await getCollaboration(handle.db, brandId, id))?.version).toBe(2);
	});

	it('compliance gate: paid with open findings needs an override with a reason, logged beside the move', async () => {
		const id = await arrange('m5', { stage: 'content_live' });
		const findings = ['missing-disclosure', 'do-not-contact', 'missing-disclosure'];
		const gate = { ...ctx, userId: owner.userId, openFindings: findings };
		expect(await moveCollaboration(handle.db, brandId, id, 1, 'paid', gate)).toEqual({
			ok: false,
			reason: 'compliance',
			rules: ['missing-disclosure', 'do-not-contact']
		});
		expect(
			await moveCollaboration(handle.db, brandId, id, 1, 'paid', {
				...gate,
				override: { reason: '   ' }
			})
		).toMatchObject({ ok: false, reason: 'compliance' });
		expect(await eventsOf(id)).toEqual([]);

		const reason = 'Creator added #ad after posting; screenshot in the drive';
		const moved = await moveCollaboration(handle.db, brandId, id, 1, 'paid', {
			...gate,
			override: { reason: `  ${reason} ` }
		});
		expect(moved).toMatchObject({
			ok: true,
			to: 'paid',
			overridden: ['missing-disclosure', 'do-not-contact']
		});
		const log = await listEvents(handle.db, brandId, id);
		expect(log.map((e) => e.kind).sort()).toEqual(['override', 'stage']);
		const override = log.find((e) => e.kind === 'override')!;
		expect(override).toMatchObject({ fromStage: 'content_live', toStage: 'paid' });
		expect(override.userName).toBe('Olive Owner');
		expect(readOverrideNote(override.note)).toEqual({
			rules: ['missing-disclosure', 'do-not-contact'],
			reason
		});
	});

	it('without open findings paid needs no override and logs none; findings do not gate other stages', async () => {
		const id = await arrange('m6', { stage: 'content_live' });
		const moved = await moveCollaboration(handle.db, brandId, id, 1, 'paid', {
			...ctx,
			override: { reason: 'not needed' }
		});
		expect(moved).toMatchObject({ ok: true, overridden: [] });
		expect((await eventsOf(id)).map((e) => e.kind)).toEqual(['stage']);
		const open = await arrange('m6b', { stage: 'agreed' });
		const gate = { ...ctx, openFindings: ['review-incentive'] };
		expect(
			await moveCollaboration(handle.db, brandId, open, 1, 'content_live', gate)
		).toMatchObject({ ok: true });
	});
});

describe('undoMove', () => {
	it('puts the stage and the follow-up back, and only right after that move', async () => {
		const id = await arrange('u1', {
			stage: 'agreed',
			nextStep: 'Call about the sample size',
			followUpOn: '2026-03-20'
		});
		const moved = await moveCollaboration(handle.db, brandId, id, 1, 'declined', ctx);
		if (!moved.ok) throw new Error('move refused');
		// A forged undo to another stage than the one it came from is refused.
		const back = { stage: 'agreed' as const, ...moved.previous };
		expect(
			await undoMove(handle.db, brandId, id, moved.version, { ...back, stage: 'content_live' }, ctx)
		).toEqual({ ok: false, reason: 'conflict' });
		expect(await undoMove(handle.db, brandId, id, 1, back, ctx)).toEqual({
			ok: false,
			reason: 'conflict'
		});
		// declined → agreed is not a move the rules allow, but undoing the decline is.
		expect(await undoMove(handle.db, brandId, id, moved.version, back, ctx)).toEqual({
			ok: true,
			version: 3,
			to: 'agreed'
		});
		expect(await getCollaboration(handle.db, brandId, id)).toMatchObject({
			stage: 'agreed',
			nextStep: 'Call about the sample size',
			followUpOn: '2026-03-20'
		});
		expect((await listEvents(handle.db, brandId, id))[0]).toMatchObject({
			kind: 'stage',
			fromStage: 'declined',
			toStage: 'agreed',
			note: 'undo'
		});
	});
});

describe('setFollowUp and updateTerms', () => {
	it('are version-checked', async () => {
		const id = await arrange('t1', { stage: 'contacted' });
		const followUp = { nextStep: 'Send the media kit', followUpOn: '2026-03-15' };
		expect(await setFollowUp(handle.db, brandId, id, 1, followUp)).toEqual({
			ok: true,
			version: 2
		});
		expect(await setFollowUp(handle.db, brandId, id, 1, followUp)).toEqual({
			ok: false,
			reason: 'conflict'
		});
		expect(await setFollowUp(handle.db, 'nope', id, 2, followUp)).toEqual({
			ok: false,
			reason: 'not-found'
		});
		const terms = {
			brief: 'Show the mat in a morning routine',
			feeMinor: 25_000,
			currency: 'USD',
			productGiven: 'Mat',
			usageRights: '90 days organic',
			disclosureRequired: true,
			promoCode: 'ANA10',
			linkUrl: 'https://example.com/mat',
			paymentStatus: 'invoiced' as const,
			paymentMinor: 25_000,
			paidOn: null
		};
		expect(await updateTerms(handle.db, brandId, id, 2, terms)).toEqual({ ok: true, version: 3 });
		expect(await updateTerms(handle.db, brandId, id, 2, terms)).toEqual({
			ok: false,
			reason: 'conflict'
		});
		expect(await getCollaboration(handle.db, brandId, id)).toMatchObject({
			...terms,
			nextStep: 'Send the media kit'
		});
	});

	it('keeps the currency once sample costs or revenue are recorded in it', async () => {
		const id = await arrange('t2', { stage: 'agreed', currency: 'JPY' });
		const terms = {
			brief: '',
			feeMinor: null,
			currency: 'USD',
			productGiven: '',
			usageRights: '',
			disclosureRequired: true,
			promoCode: '',
			linkUrl: '',
			paymentStatus: 'unpaid' as const,
			paymentMinor: null,
			paidOn: null
		};
		await handle.db.insert(samples).values({
			id: 's-t2',
			collaborationId: id,
			product: 'Mat',
			landedCostMinor: 5_000
		});
		expect(await updateTerms(handle.db, brandId, id, 1, terms)).toEqual({
			ok: false,
			reason: 'currency-locked'
		});
		expect(await updateTerms(handle.db, brandId, id, 1, { ...terms, currency: 'JPY' })).toEqual({
			ok: true,
			version: 2
		});
	});
});

describe('bulkUpdate', () => {
	beforeEach(async () => {
		await handle.db.delete(collaborations);
	});

	it('moves each it may and reports which were refused and why', async () => {
		await arrange('b1', { stage: 'agreed' });
		await arrange('b2', { stage: 'contacted' });
		await arrange('b3', { stage: 'agreed', version: 4 });
		await arrange('b4', { stage: 'content_live' });
		const asked: string[] = [];
		const result = await bulkUpdate(
			handle.db,
			brandId,
			[
				{ id: 'b1', version: 1 },
				{ id: 'b2', version: 1 },
				{ id: 'b3', version: 3 },
				{ id: 'elsewhere', version: 1 }
			],
			{ kind: 'stage', to: 'sample_shipped' },
			{
				userId: owner.userId,
				today: TODAY,
				openFindingsOf: async (c) => (asked.push(c.id), [])
			}
		);
		expect(result).toEqual({
			done: ['b1'],
			refused: [
				{ id: 'b2', reason: 'skips-agreement' },
				{ id: 'b3', reason: 'conflict' },
				{ id: 'elsewhere', reason: 'not-found' }
			]
		});
		// Findings are only gathered for a move to paid.
		expect(asked).toEqual([]);
		expect((await getCollaboration(handle.db, brandId, 'b1'))?.stage).toBe('sample_shipped');
		expect((await getCollaboration(handle.db, brandId, 'b2'))?.stage).toBe('contacted');
		expect(await eventsOf('b1')).toHaveLength(1);
		expect(await eventsOf('b2')).toEqual([]);

		const paid = await bulkUpdate(
			handle.db,
			brandId,
			[
				{ id: 'b4', version: 1 },
				{ id: 'b1', version: 2 }
			],
			{ kind: 'stage', to: 'paid' },
			{
				userId: null,
				today: TODAY,
				openFindingsOf: async (c) => (c.id === 'b4' ? ['missing-disclosure'] : [])
			}
		);
		expect(paid).toEqual({ done: ['b1'], refused: [{ id: 'b4', reason: 'compliance' }] });
	});

	it('sets the owner, and the follow-up day of open collaborations only', async () => {
		await arrange('o1', { stage: 'contacted', nextStep: 'chase_reply' });
		await arrange('o2', { stage: 'declined' });
		const opts = { userId: null, today: TODAY, openFindingsOf: async () => [] };
		const targets = [
			{ id: 'o1', version: 1 },
			{ id: 'o2', version: 1 }
		];
		expect(
			await bulkUpdate(handle.db, brandId, targets, { kind: 'owner', ownerId: owner.userId }, opts)
		).toEqual({ done: ['o1', 'o2'], refused: [] });
		const followUp = await bulkUpdate(
			handle.db,
			brandId,
			targets.map((t) => ({ ...t, version: 2 })),
			{ kind: 'followUp', followUpOn: '2026-03-18' },
			opts
		);
		expect(followUp).toEqual({ done: ['o1'], refused: [{ id: 'o2', reason: 'closed-follow-up' }] });
		expect(await getCollaboration(handle.db, brandId, 'o1')).toMatchObject({
			ownerId: owner.userId,
			followUpOn: '2026-03-18',
			nextStep: 'chase_reply'
		});
		expect((await getCollaboration(handle.db, brandId, 'o2'))?.followUpOn).toBeNull();
	});
});

describe('listBoard and listDue', () => {
	beforeAll(async () => {
		await handle.db.delete(collaborations);
		await arrange('ana-live', {
			stage: 'content_live',
			campaignId: 'spring',
			ownerId: owner.userId,
			followUpOn: '2026-03-09'
		});
		await arrange('bo-prospect', { creatorId: 'bo', stage: 'prospect', followUpOn: '2026-03-12' });
		await arrange('cy-paid', { creatorId: 'cy', stage: 'paid', followUpOn: '2026-03-01' });
	});

	it('cards carry the creator, main handle, do-not-contact, campaign, owner and overdue', async () => {
		const cards = await listBoard(handle.db, brandId, {}, TODAY);
		expect(cards.map((c) => c.id)).toEqual(['cy-paid', 'ana-live', 'bo-prospect']);
		expect(cards[1]).toMatchObject({
			creatorName: 'Ana Lima',
			platform: 'tiktok',
			handle: 'AnaMoves',
			campaignName: 'Spring',
			ownerName: 'Olive Owner',
			doNotContact: false,
			overdue: true,
			version: 1
		});
		expect(cards[2]).toMatchObject({ doNotContact: true, platform: 'xiaohongshu', overdue: false });
		// Paid is closed: a follow-up day in the past is not overdue.
		expect(cards[0].overdue).toBe(false);
	});

	it('filters by campaign, owner, platform (any profile), stage and overdue', async () => {
		const ids = async (filters: Parameters<typeof listBoard>[2]) =>
			(await listBoard(handle.db, brandId, filters, TODAY)).map((c) => c.id);
		expect(await ids({ campaignIds: ['spring'] })).toEqual(['ana-live']);
		expect(await ids({ ownerIds: [owner.userId] })).toEqual(['ana-live']);
		expect(await ids({ platforms: ['instagram'] })).toEqual(['ana-live']);
		expect(await ids({ platforms: ['xiaohongshu', 'instagram'] })).toEqual([
			'ana-live',
			'bo-prospect'
		]);
		expect(await ids({ stages: ['paid', 'prospect'] })).toEqual(['cy-paid', 'bo-prospect']);
		expect(await ids({ overdue: true })).toEqual(['ana-live']);
		expect(await listBoard(handle.db, 'another-brand', {}, TODAY)).toEqual([]);
	});
});

describe('listBoardColumns', () => {
	it('draws at most a column of cards a stage, soonest follow-up first, and counts them all', async () => {
		await handle.db.delete(collaborations);
		for (let i = 0; i < 5; i++) {
			const day = `2026-03-${String(10 + i).padStart(2, '0')}`;
			await arrange(`p${i}`, { stage: 'prospect', followUpOn: day });
		}
		await arrange('paid-1', { stage: 'paid' });
		const { cards, totals } = await listBoardColumns(handle.db, brandId, {}, TODAY, 3);
		expect(cards.map((c) => c.id)).toEqual(['p0', 'p1', 'p2', 'paid-1']);
		expect(totals).toEqual({ prospect: 5, paid: 1 });
	});
});

describe('listDue across a month end in a non-UTC market', () => {
	it("uses the market's today and week: Shanghai is already in February when UTC is not", async () => {
		await handle.db.delete(collaborations);
		// 17:00 UTC on Sat 31 Jan 2026 is 01:00 on Sun 1 Feb in Shanghai.
		const now = Date.UTC(2026, 0, 31, 17);
		const zone = 'Asia/Shanghai';
		const today = todayIn(zone, now);
		expect(today).toBe('2026-02-01');
		expect(todayIn('UTC', now)).toBe('2026-01-31');
		const week = weekOf(today, 0); // weeks start on Sunday: 1–7 Feb
		await arrange('d-jan30', { stage: 'contacted', followUpOn: '2026-01-30' });
		await arrange('d-jan31', { stage: 'negotiating', followUpOn: '2026-01-31' });
		await arrange('d-feb01', { stage: 'agreed', followUpOn: '2026-02-01' });
		await arrange('d-feb07', { stage: 'prospect', followUpOn: '2026-02-07' });
		await arrange('d-feb08', { stage: 'prospect', followUpOn: '2026-02-08' });
		await arrange('d-closed', { stage: 'no_reply', followUpOn: '2026-01-20' });
		await arrange('d-none', { stage: 'contacted', followUpOn: null });
		const due = await listDue(handle.db, brandId, today, week.end);
		expect(due.map((c) => [c.id, c.overdue])).toEqual([
			['d-jan30', true],
			['d-jan31', true],
			['d-feb01', false],
			['d-feb07', false]
		]);
		// The same instant read in UTC would be another week with Jan 31 still to come.
		const utc = await listDue(handle.db, brandId, '2026-01-31', weekOf('2026-01-31', 0).end);
		expect(utc.map((c) => [c.id, c.overdue])).toEqual([
			['d-jan30', true],
			['d-jan31', false]
		]);
	});
});

describe('listTable', () => {
	beforeAll(async () => {
		await handle.db.delete(collaborations);
		// Cost per order: x = 10000/4 = 2500, y = 3000/1 = 3000, z = 600/3 = 200; w and v have
		// no orders reported (null); j is in yen (sorted after the brand's dollars).
		const rows: [string, string, number, number | null][] = [
			['x', 'ana', 10_000, 4],
			['y', 'bo', 3_000, 1],
			['z', 'cy', 600, 3],
			['w', 'ana', 900, null],
			['v', 'bo', 0, null],
			['j', 'cy', 50_000, 5]
		];
		for (const [id, creatorId, fee, orders] of rows) {
			await arrange(id, {
				creatorId,
				feeMinor: fee,
				currency: id === 'j' ? 'JPY' : 'USD',
				stage: 'content_live'
			});
			await handle.db.insert(deliverables).values({
				id: `d-${id}`,
				collaborationId: id,
				kind: 'short_video',
				platform: 'tiktok',
				orders,
				views: orders === null ? null : 10_000,
				revenueMinor: orders === null ? null : orders * 2_000
			});
		}
	});

	const sorted = async (sort: 'cpo' | 'roas' | 'creator', dir: 'asc' | 'desc', size = 10) =>
		(await listTable(handle.db, brand, {}, { sort, dir, page: 1, size }, TODAY)).rows.map(
			(r) => r.id
		);

	it('sorts by cost per order with the missing ones last both ways, money within its currency', async () => {
		expect(await sorted('cpo', 'asc')).toEqual(['z', 'x', 'y', 'j', 'w', 'v']);
		expect(await sorted('cpo', 'desc')).toEqual(['y', 'x', 'z', 'j', 'w', 'v']);
		const page = await listTable(
			handle.db,
			brand,
			{},
			{ sort: 'cpo', dir: 'asc', page: 1, size: 10 },
			TODAY
		);
		expect(page.rows[0].metrics).toMatchObject({ cost: 600, cpoMinor: 200, roas: 10 });
	});

	it('sorts return on spend across currencies (a ratio), pages without overlap', async () => {
		// roas: x 8000/10000 = .8, y 2000/3000 ≈ .67, z 6000/600 = 10, j 10000/50000 = .2
		expect(await sorted('roas', 'desc')).toEqual(['z', 'x', 'y', 'j', 'w', 'v']);
		const first = await listTable(
			handle.db,
			brand,
			{},
			{ sort: 'creator', dir: 'asc', page: 1, size: 4 },
			TODAY
		);
		const second = await listTable(
			handle.db,
			brand,
			{},
			{ sort: 'creator', dir: 'asc', page: 2, size: 4 },
			TODAY
		);
		expect(first.total).toBe(6);
		expect(second.rows).toHaveLength(2);
		expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(6);
		expect(first.rows.map((r) => r.creatorName).slice(0, 2)).toEqual(['Ana Lima', 'Ana Lima']);
	});
});

describe('findCreators', () => {
	it('finds by name or any handle (with or without @), only in the workspace', async () => {
		const names = async (q: string) =>
			(await findCreators(handle.db, owner.workspaceId, q)).map((c) => c.name);
		expect(await names('@AnaMoves')).toEqual(['Ana Lima']);
		expect(await names('stretch')).toEqual(['Ana Lima']);
		expect(await names('bo ch')).toEqual(['Bo Chen']);
		expect(await names('波波')).toEqual(['Bo Chen']);
		expect(await names('')).toEqual(['Ana Lima', 'Bo Chen', 'Cy Park']);
		expect(await names('100%')).toEqual([]);
		expect(await names('zed')).toEqual([]);
		const [bo] = await findCreators(handle.db, owner.workspaceId, 'bo');
		expect(bo).toMatchObject({ doNotContact: true, platform: 'xiaohongshu', handle: '波波瑜伽' });
	});
});
