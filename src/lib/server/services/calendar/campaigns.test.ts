import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPersona } from '../../queries/personas';
import { getCampaign } from '../../queries/campaigns';
import { createTestDatabase, makeBrand, makeUserWithBrand, personaInput } from '../../testing';
import {
	createCampaign,
	deleteCampaign,
	prepareCampaign,
	saveCampaign,
	type CampaignDraft,
	type CampaignScope
} from './campaigns';

const test = await createTestDatabase();
const db = test.db;
afterAll(() => test.cleanup());

let scope: CampaignScope;
let personaId: string;
let otherBrandPersonaId: string;

beforeAll(async () => {
	const ours = await makeUserWithBrand(db);
	scope = { workspaceId: ours.workspaceId, brandId: ours.brandId, currency: 'USD' };
	personaId = await createPersona(db, ours.brandId, personaInput({ name: 'New mum' }));
	const otherBrand = await makeBrand(db, ours.workspaceId, { name: 'Other brand' });
	otherBrandPersonaId = await createPersona(db, otherBrand, personaInput({ name: 'Not ours' }));
});

const draft = (overrides: Partial<CampaignDraft> = {}): CampaignDraft => ({
	name: 'Prime Day push',
	goal: 'line one\r\nline two',
	personaId: '',
	startDate: '2026-07-08',
	endDate: '2026-07-11',
	budget: '1,500.50',
	utmCampaign: '',
	...overrides
});

describe('prepareCampaign', () => {
	it('reads the budget into minor units, names the UTM campaign and normalises line breaks', async () => {
		expect(await prepareCampaign(db, scope, draft({ personaId }))).toEqual({
			ok: true,
			input: {
				name: 'Prime Day push',
				goal: 'line one\nline two',
				personaId,
				startDate: '2026-07-08',
				endDate: '2026-07-11',
				budgetMinor: 150_050,
				utmCampaign: 'prime-day-push'
			}
		});
	});

	it("refuses another brand's persona as unknown", async () => {
		const result = await prepareCampaign(db, scope, draft({ personaId: otherBrandPersonaId }));
		expect(result).toMatchObject({ ok: false, reason: 'unknown-reference', field: 'personaId' });
	});

	it.each([
		['twelve', 'budget-format'],
		['10.505', 'budget-decimals'],
		['99999999999999999999', 'budget-too-large']
	] as const)('refuses the budget %s as %s', async (budget, reason) => {
		const result = await prepareCampaign(db, scope, draft({ budget }));
		expect(result).toMatchObject({ ok: false, reason, field: 'budget' });
	});

	it('refuses a budget with decimals in a currency without them', async () => {
		const yen = { ...scope, currency: 'JPY' };
		const result = await prepareCampaign(db, yen, draft({ budget: '1500.5' }));
		expect(result).toMatchObject({ ok: false, reason: 'budget-decimals' });
	});

	it('names every refused field at once', async () => {
		const result = await prepareCampaign(db, scope, draft({ personaId: 'nope', budget: 'x' }));
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.refusals.map((r) => r.field)).toEqual(['personaId', 'budget']);
	});
});

describe('createCampaign', () => {
	it('stores a valid draft', async () => {
		const created = await createCampaign(db, scope, draft());
		expect(created.ok).toBe(true);
		if (!created.ok) return;
		expect(await getCampaign(db, scope.brandId, created.id)).toMatchObject({
			name: 'Prime Day push',
			budgetMinor: 150_050
		});
	});

	it('stores nothing when refused', async () => {
		const before = (await db.query.campaigns.findMany()).length;
		expect(await createCampaign(db, scope, draft({ budget: 'x' }))).toMatchObject({ ok: false });
		expect((await db.query.campaigns.findMany()).length).toBe(before);
	});
});

describe('saveCampaign', () => {
	async function fresh() {
		const created = await createCampaign(db, scope, draft());
		if (!created.ok) throw new Error('setup');
		return created.id;
	}

	it('saves at the expected version and answers the next one', async () => {
		const id = await fresh();
		const saved = await saveCampaign(db, scope, { id, version: 1, draft: draft({ name: 'New' }) });
		expect(saved).toEqual({ ok: true, version: 2, utmCampaign: 'new' });
	});

	it('answers conflict with the stored campaign when someone saved meanwhile', async () => {
		const id = await fresh();
		await saveCampaign(db, scope, { id, version: 1, draft: draft({ name: 'Theirs' }) });
		const stale = await saveCampaign(db, scope, { id, version: 1, draft: draft({ name: 'Mine' }) });
		expect(stale).toMatchObject({ ok: false, reason: 'conflict', theirs: { name: 'Theirs' } });
		expect(await getCampaign(db, scope.brandId, id)).toMatchObject({ name: 'Theirs' });
	});

	it('answers not-found for an id of no campaign of the brand', async () => {
		expect(await saveCampaign(db, scope, { id: 'missing', version: 1, draft: draft() })).toEqual({
			ok: false,
			reason: 'not-found'
		});
	});

	it('refuses before writing when the draft is refused', async () => {
		const id = await fresh();
		const result = await saveCampaign(db, scope, { id, version: 1, draft: draft({ budget: 'x' }) });
		expect(result).toMatchObject({ ok: false, reason: 'budget-format' });
		expect(await getCampaign(db, scope.brandId, id)).toMatchObject({ version: 1 });
	});
});

describe('deleteCampaign', () => {
	it('deletes a campaign of the brand, then answers not-found', async () => {
		const created = await createCampaign(db, scope, draft());
		if (!created.ok) throw new Error('setup');
		expect(await deleteCampaign(db, scope, created.id)).toEqual({ ok: true });
		expect(await deleteCampaign(db, scope, created.id)).toEqual({ ok: false, reason: 'not-found' });
	});
});
