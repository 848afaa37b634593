import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getChannel, listChannels, updateChannel } from '../../queries/channels';
import { createTestDatabase, makeBrand, makeChannel, makeUserWithBrand } from '../../testing';
import {
	channelInput,
	createChannel,
	deleteChannel,
	saveChannel,
	type ChannelDraft
} from './channels';

const test = await createTestDatabase();
const db = test.db;
afterAll(() => test.cleanup());

let scope: { brandId: string };
let otherBrandId: string;

beforeAll(async () => {
	const ours = await makeUserWithBrand(db);
	scope = { brandId: ours.brandId };
	otherBrandId = await makeBrand(db, ours.workspaceId, { name: 'Other brand' });
});

const draft = (overrides: Partial<ChannelDraft> = {}): ChannelDraft => ({
	kind: 'tiktok',
	label: 'Main',
	handle: '@bigchew',
	weeklyCadence: 3,
	timeZone: 'America/New_York',
	...overrides
});

describe('channelInput', () => {
	it("takes the kind's usual ownership when none is picked, and the picked one otherwise", () => {
		expect(channelInput(draft({ kind: 'email' })).ownership).toBe('owned');
		expect(channelInput(draft({ kind: 'tiktok' })).ownership).toBe('rented');
		expect(channelInput(draft({ kind: 'tiktok', ownership: 'owned' })).ownership).toBe('owned');
	});
});

describe('createChannel', () => {
	it('adds after the last channel of the brand', async () => {
		const first = await createChannel(db, scope, draft());
		const second = await createChannel(db, scope, draft({ kind: 'email', label: 'List' }));
		const rows = await listChannels(db, scope.brandId);
		expect(rows.map((c) => c.id)).toEqual([first.id, second.id]);
		expect(rows[1]).toMatchObject({ kind: 'email', ownership: 'owned', weeklyCadence: 3 });
	});
});

describe('saveChannel', () => {
	it('saves at the current version and answers the next one', async () => {
		const id = await makeChannel(db, scope.brandId, 'email');
		const saved = await saveChannel(db, scope, { id, version: 1, draft: draft({ label: 'New' }) });
		expect(saved).toEqual({ ok: true, version: 2 });
		expect(await getChannel(db, scope.brandId, id)).toMatchObject({
			kind: 'tiktok',
			ownership: 'rented',
			label: 'New'
		});
	});

	it('refuses a stale save as a conflict with the stored channel, and keeps theirs', async () => {
		const id = await makeChannel(db, scope.brandId, 'email');
		await updateChannel(db, scope.brandId, id, 1, { label: 'Theirs' });
		const saved = await saveChannel(db, scope, { id, version: 1, draft: draft() });
		expect(saved).toMatchObject({
			ok: false,
			reason: 'conflict',
			theirs: { kind: 'email', ownership: 'owned', label: 'Theirs', version: 2 }
		});
		expect((await getChannel(db, scope.brandId, id))?.label).toBe('Theirs');
	});

	it("answers not-found for another brand's channel and leaves it as it was", async () => {
		const id = await makeChannel(db, otherBrandId, 'email', { label: 'Not ours' });
		expect(await saveChannel(db, scope, { id, version: 1, draft: draft() })).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect((await getChannel(db, otherBrandId, id))?.label).toBe('Not ours');
	});
});

describe('deleteChannel', () => {
	it('deletes a channel of the brand', async () => {
		const id = await makeChannel(db, scope.brandId, 'email');
		expect(await deleteChannel(db, scope, id)).toEqual({ ok: true });
		expect(await getChannel(db, scope.brandId, id)).toBeNull();
	});

	it("answers not-found for another brand's channel and keeps it", async () => {
		const id = await makeChannel(db, otherBrandId, 'email');
		expect(await deleteChannel(db, scope, id)).toEqual({ ok: false, reason: 'not-found' });
		expect(await getChannel(db, otherBrandId, id)).not.toBeNull();
	});
});
