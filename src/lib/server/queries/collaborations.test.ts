import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, makeUser, brandInput } from '../db/testing';
import { collaborationEvents } from '../db/schema';
import { creators } from '../db/schema';
import { createBrand } from './brands';
import { createCollaboration, getCollaboration } from './collaborations';
import { eq } from 'drizzle-orm';

let handle: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
	handle = await createTestDatabase();
});
afterAll(() => handle.cleanup());

describe('createCollaboration', () => {
	it('starts a prospect with a proposed follow-up and logs it; a creator of another workspace is refused', async () => {
		const { db } = handle;
		const owner = await makeUser(db);
		const other = await makeUser(db);
		const brandId = await createBrand(db, owner.workspaceId, brandInput());
		const brand = { id: brandId, workspaceId: owner.workspaceId };
		await db.insert(creators).values([
			{ id: 'mine', workspaceId: owner.workspaceId, name: 'Mine' },
			{ id: 'theirs', workspaceId: other.workspaceId, name: 'Theirs' }
		]);
		const input = { creatorId: 'mine', currency: 'USD' };
		const created = await createCollaboration(db, brand, input, owner.userId, '2026-02-27');
		expect(created.ok).toBe(true);
		if (!created.ok) return;
		const row = await getCollaboration(db, brandId, created.id);
		expect(row).toMatchObject({ stage: 'prospect', nextStep: 'first_contact' });
		expect(row?.followUpOn).toBe('2026-03-01');
		const log = await db
			.select()
			.from(collaborationEvents)
			.where(eq(collaborationEvents.collaborationId, created.id));
		expect(log).toMatchObject([{ kind: 'created', toStage: 'prospect', userId: owner.userId }]);
		expect(await getCollaboration(db, 'another-brand', created.id)).toBeNull();
		const refused = await createCollaboration(
			db,
			brand,
			{ ...input, creatorId: 'theirs' },
			owner.userId,
			'2026-02-27'
		);
		expect(refused).toEqual({ ok: false, reason: 'creator-not-found' });
	});
});
