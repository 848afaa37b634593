import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stage } from '../../../domain/pipeline';
import { collaborations } from '../../db/schema';
import { getCollaboration } from '../../queries/collaborations';
import { createCreator } from '../../queries/creators';
import {
	collaborationRow,
	createTestDatabase,
	creatorInput,
	makeUserWithBrand
} from '../../testing';
import { moveCollaboration, undoCollaborationMove, type BoardScope } from './move';

const test = await createTestDatabase();
const db = test.db;
afterAll(() => test.cleanup());

let scope: BoardScope;
let creatorId: string;
let flaggedId: string;
let counter = 0;

beforeAll(async () => {
	const { userId, workspaceId, brandId } = await makeUserWithBrand(db);
	scope = { workspaceId, brandId, userId, marketTimeZone: 'UTC' };
	const creator = await createCreator(db, workspaceId, creatorInput({ name: 'Ana' }), [], null);
	// Do-not-contact is an open compliance finding: moving to paid needs an override.
	const flagged = await createCreator(
		db,
		workspaceId,
		creatorInput({ name: 'Bo', doNotContact: true }),
		[],
		null
	);
	if (!creator.ok || !flagged.ok) throw new Error('creators not created');
	creatorId = creator.id;
	flaggedId = flagged.id;
});

async function arrange(stage: Stage, creator = creatorId) {
	const id = `c${++counter}`;
	await db
		.insert(collaborations)
		.values(collaborationRow({ id, brandId: scope.brandId, creatorId: creator, stage }));
	return id;
}

const move = (id: string, to: Stage, extra: { version?: number; reason?: string } = {}) =>
	moveCollaboration(db, scope, {
		id,
		version: extra.version ?? 1,
		to,
		override: extra.reason !== undefined,
		reason: extra.reason ?? ''
	});

describe('moveCollaboration', () => {
	it('moves to the next stage and names the creator', async () => {
		const id = await arrange('prospect');
		expect(await move(id, 'contacted')).toMatchObject({
			ok: true,
			collaborationId: id,
			name: 'Ana',
			version: 2,
			from: 'prospect',
			to: 'contacted',
			overridden: []
		});
	});

	it('answers not-found for a missing collaboration and another brand’s', async () => {
		expect(await move('missing', 'contacted')).toEqual({ ok: false, reason: 'not-found' });
		const id = await arrange('prospect');
		const elsewhere = { ...scope, brandId: 'other' };
		const result = await moveCollaboration(db, elsewhere, {
			...{ id, version: 1, to: 'contacted' as const, override: false, reason: '' }
		});
		expect(result).toEqual({ ok: false, reason: 'not-found' });
	});

	it('answers conflict for a stale version, with what the override form needs', async () => {
		const id = await arrange('prospect');
		expect(await move(id, 'contacted', { version: 3 })).toEqual({
			ok: false,
			reason: 'conflict',
			collaborationId: id,
			name: 'Ana',
			to: 'contacted',
			version: 1,
			findings: []
		});
	});

	it.each([
		['same', 'contacted', 'contacted'],
		['closed', 'paid', 'contacted'],
		['skips-agreement', 'prospect', 'sample_shipped'],
		['exit-after-live', 'content_live', 'declined']
	] as const)('answers %s for a move the pipeline forbids', async (reason, from, to) => {
		const id = await arrange(from);
		expect(await move(id, to)).toMatchObject({ ok: false, reason, collaborationId: id });
		expect((await getCollaboration(db, scope.brandId, id))?.stage).toBe(from);
	});

	it('answers compliance with the open findings for paid, and moves with an override', async () => {
		const id = await arrange('content_live', flaggedId);
		const refused = await move(id, 'paid');
		expect(refused).toMatchObject({ ok: false, reason: 'compliance', name: 'Bo' });
		expect(!refused.ok && refused.findings?.map((f) => f.rule)).toContain('do-not-contact');
		expect(await move(id, 'paid', { reason: 'Agreed with legal' })).toMatchObject({
			ok: true,
			to: 'paid',
			overridden: expect.arrayContaining(['do-not-contact'])
		});
	});

	it('answers reason-required for an override without a reason', async () => {
		const id = await arrange('content_live', flaggedId);
		expect(await move(id, 'paid', { reason: '' })).toMatchObject({
			ok: false,
			reason: 'reason-required',
			version: 1,
			findings: expect.arrayContaining([expect.objectContaining({ rule: 'do-not-contact' })])
		});
	});
});

describe('undoCollaborationMove', () => {
	const back = { stage: 'prospect' as const, nextStep: 'first_contact', followUpOn: null };

	it('moves back to the stage and follow-up it had', async () => {
		const id = await arrange('prospect');
		await move(id, 'contacted');
		expect(await undoCollaborationMove(db, scope, { id, version: 2, to: back })).toMatchObject({
			ok: true,
			name: 'Ana',
			from: 'contacted',
			to: 'prospect',
			followUp: null
		});
		expect(await getCollaboration(db, scope.brandId, id)).toMatchObject({ stage: 'prospect' });
	});

	it('answers not-found and conflict', async () => {
		expect(await undoCollaborationMove(db, scope, { id: 'missing', version: 1, to: back })).toEqual(
			{ ok: false, reason: 'not-found' }
		);
		const id = await arrange('contacted');
		expect(await undoCollaborationMove(db, scope, { id, version: 5, to: back })).toEqual({
			ok: false,
			reason: 'conflict',
			collaborationId: id,
			name: 'Ana'
		});
	});
});
