import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stage } from '../../../domain/pipeline';
import { collaborations } from '../../db/schema';
import { getCollaboration } from '../../queries/collaborations';
import { createCreator } from '../../queries/creators';
import {
	collaborationRow,
	createTestDatabase,
	creatorInput,
	makeUser,
	makeUserWithBrand
} from '../../testing';
import { bulkChange } from './bulk';
import type { BoardScope } from './move';

const test = await createTestDatabase();
const db = test.db;
afterAll(() => test.cleanup());

let scope: BoardScope;
let creatorId: string;
let counter = 0;

beforeAll(async () => {
	const { userId, workspaceId, brandId } = await makeUserWithBrand(db);
	scope = { workspaceId, brandId, userId, marketTimeZone: 'UTC' };
	const creator = await createCreator(db, workspaceId, creatorInput({ name: 'Ana' }), [], null);
	if (!creator.ok) throw new Error('creator not created');
	creatorId = creator.id;
});

async function arrange(stage: Stage) {
	const id = `b${++counter}`;
	await db
		.insert(collaborations)
		.values(collaborationRow({ id, brandId: scope.brandId, creatorId, stage }));
	return id;
}

const bulk = (ids: string[], op: 'stage' | 'owner' | 'followUp', extra = {}) =>
	bulkChange(db, scope, {
		targets: ids.map((id) => ({ id, version: 1 })),
		op,
		ownerId: '',
		followUpOn: '',
		...extra
	});

describe('bulkChange', () => {
	it('moves each row on its own and names the refused ones', async () => {
		const ok = await arrange('prospect');
		const skips = await arrange('prospect');
		const result = await bulk([ok, skips, 'missing'], 'stage', { stage: 'contacted' });
		expect(result).toMatchObject({ ok: true, op: 'stage', done: 2 });
		const again = await bulk([ok], 'stage', { stage: 'paid' });
		expect(again).toEqual({
			ok: true,
			op: 'stage',
			done: 0,
			refused: [{ id: ok, name: 'Ana', reason: 'conflict' }]
		});
	});

	it('sets a follow-up day only on open rows', async () => {
		const open = await arrange('contacted');
		const closed = await arrange('declined');
		const result = await bulk([open, closed], 'followUp', { followUpOn: '2026-05-01' });
		expect(result).toEqual({
			ok: true,
			op: 'followUp',
			done: 1,
			refused: [{ id: closed, name: 'Ana', reason: 'closed-follow-up' }]
		});
		expect((await getCollaboration(db, scope.brandId, open))?.followUpOn).toBe('2026-05-01');
	});

	it('assigns a member as owner and refuses a stranger', async () => {
		const id = await arrange('prospect');
		expect(await bulk([id], 'owner', { ownerId: scope.userId })).toMatchObject({ done: 1 });
		const stranger = (await makeUser(db)).userId;
		expect(await bulk([id], 'owner', { ownerId: stranger })).toEqual({
			ok: false,
			reason: 'owner-not-found'
		});
	});

	it('answers invalid without a stage or a real day', async () => {
		const id = await arrange('prospect');
		expect(await bulk([id], 'stage')).toEqual({ ok: false, reason: 'invalid' });
		expect(await bulk([id], 'followUp', { followUpOn: '2026-02-30' })).toEqual({
			ok: false,
			reason: 'invalid'
		});
	});
});
