import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCampaign } from '../queries/campaigns';
import { createPersona } from '../queries/personas';
import { createPillar } from '../queries/pillars';
import {
	campaignInput,
	createTestDatabase,
	makeChannel,
	makeUser,
	makeUserWithBrand,
	personaInput,
	pillarInput
} from '../testing';
import { checkReferences, REFERENCE_FIELDS, type References } from './references';

const test = await createTestDatabase();
const db = test.db;
afterAll(() => test.cleanup());

type Ids = Required<{ [K in keyof References]: string }>;
let scope: { workspaceId: string; brandId: string };
let ours: Ids;
let theirs: Ids;

/** One of each reference in a brand of a new workspace. */
async function brandWithEverything() {
	const { userId, workspaceId, brandId } = await makeUserWithBrand(db);
	const ids: Ids = {
		channelId: await makeChannel(db, brandId, 'instagram'),
		pillarId: await createPillar(db, brandId, pillarInput({ name: 'Tips' })),
		personaId: await createPersona(db, brandId, personaInput({ name: 'Ana' })),
		campaignId: await createCampaign(db, brandId, campaignInput()),
		ownerId: userId
	};
	return { scope: { workspaceId, brandId }, ids };
}

beforeAll(async () => {
	const a = await brandWithEverything();
	const b = await brandWithEverything();
	scope = a.scope;
	ours = a.ids;
	theirs = b.ids;
});

describe('checkReferences', () => {
	it('accepts the ids of the brand and a member of its workspace', async () => {
		expect(await checkReferences(db, scope, ours)).toEqual({ ok: true });
	});

	it('accepts nothing chosen: empty, null and absent ids', async () => {
		const none = { channelId: '', pillarId: null, personaId: undefined };
		expect(await checkReferences(db, scope, none)).toEqual({ ok: true });
	});

	it.each(REFERENCE_FIELDS)("answers unknown-reference for another brand's %s", async (field) => {
		const result = await checkReferences(db, scope, { ...ours, [field]: theirs[field] });
		expect(result).toEqual({ ok: false, reason: 'unknown-reference', field, fields: [field] });
	});

	it.each(REFERENCE_FIELDS)('answers unknown-reference for a missing %s', async (field) => {
		const result = await checkReferences(db, scope, { [field]: 'missing' });
		expect(result).toEqual({ ok: false, reason: 'unknown-reference', field, fields: [field] });
	});

	it('names every unknown field, the first in form order as `field`', async () => {
		const result = await checkReferences(db, scope, { ...theirs, channelId: ours.channelId });
		expect(result).toEqual({
			ok: false,
			reason: 'unknown-reference',
			field: 'pillarId',
			fields: ['pillarId', 'personaId', 'campaignId', 'ownerId']
		});
	});

	it('knows a user only once they are a member of the workspace', async () => {
		const outsider = await makeUser(db);
		const result = await checkReferences(db, scope, { ownerId: outsider.userId });
		expect(result).toMatchObject({ ok: false, field: 'ownerId' });
	});
});
