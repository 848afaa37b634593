import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collaborations } from '../../db/schema';
import { createCreator } from '../../queries/creators';
import { getSample } from '../../queries/samples';
import {
	collaborationRow,
	createTestDatabase,
	creatorInput,
	makeUserWithBrand
} from '../../testing';
import {
	addSample,
	prepareSample,
	removeSample,
	saveSample,
	type SampleDraft,
	type SampleScope
} from './samples';

const test = await createTestDatabase();
const db = test.db;
afterAll(() => test.cleanup());

let scope: SampleScope;

beforeAll(async () => {
	const { workspaceId, brandId } = await makeUserWithBrand(db);
	const creator = await createCreator(db, workspaceId, creatorInput(), [], null);
	if (!creator.ok) throw new Error('creator not created');
	await db
		.insert(collaborations)
		.values(collaborationRow({ id: 'collab', brandId, creatorId: creator.id }));
	scope = { brandId, collaborationId: 'collab', currency: 'USD' };
});

/** A sample as the form sends it: one mat shipped from China, costs in dollars. */
function draft(overrides: Partial<SampleDraft> = {}): SampleDraft {
	return {
		product: 'Bloom mat, sage',
		sku: 'BB-MAT-SAGE',
		quantity: '2',
		shipFrom: 'china',
		carrier: 'YunExpress',
		trackingNumber: 'YT2412345678901234',
		shippedOn: '2026-03-02',
		deliveredOn: '',
		landedCost: '18.50',
		shippingCost: '',
		...overrides
	};
}

async function added(overrides: Partial<SampleDraft> = {}) {
	const result = await addSample(db, scope, draft(overrides));
	if (!result.ok) throw new Error(result.reason);
	return result.id;
}

describe('prepareSample', () => {
	it('reads the costs in the currency’s minor units; empty days and costs are none', () => {
		expect(prepareSample(scope, draft())).toEqual({
			ok: true,
			input: {
				product: 'Bloom mat, sage',
				sku: 'BB-MAT-SAGE',
				quantity: 2,
				shipFrom: 'china',
				carrier: 'YunExpress',
				trackingNumber: 'YT2412345678901234',
				shippedOn: '2026-03-02',
				deliveredOn: null,
				landedCostMinor: 1850,
				shippingCostMinor: null
			}
		});
		const yen = prepareSample({ currency: 'JPY' }, draft({ landedCost: '1,850' }));
		expect(yen).toMatchObject({ ok: true, input: { landedCostMinor: 1850 } });
	});

	it('refuses each cost the currency cannot hold, every field at once', () => {
		const both = prepareSample(scope, draft({ landedCost: 'lots', shippingCost: '1.999' }));
		expect(both).toEqual({
			ok: false,
			reason: 'money-format',
			field: 'landedCost',
			refusals: [
				{ reason: 'money-format', field: 'landedCost' },
				{ reason: 'money-decimals', field: 'shippingCost' }
			]
		});
		const large = prepareSample(scope, draft({ shippingCost: '9'.repeat(16) }));
		expect(large).toMatchObject({ ok: false, reason: 'money-too-large', field: 'shippingCost' });
		const yen = prepareSample({ currency: 'JPY' }, draft({ landedCost: '18.50' }));
		expect(yen).toMatchObject({ ok: false, reason: 'money-decimals', field: 'landedCost' });
	});
});

describe('addSample', () => {
	it('adds to the brand’s collaboration only', async () => {
		const id = await added();
		expect(await getSample(db, scope.brandId, 'collab', id)).toMatchObject({
			product: 'Bloom mat, sage',
			quantity: 2,
			landedCostMinor: 1850
		});
		const elsewhere = { ...scope, collaborationId: 'other' };
		expect(await addSample(db, elsewhere, draft())).toEqual({ ok: false, reason: 'not-found' });
		const otherBrand = { ...scope, brandId: 'other' };
		expect(await addSample(db, otherBrand, draft())).toEqual({ ok: false, reason: 'not-found' });
	});

	it('refuses a cost it cannot read and stores nothing', async () => {
		const before = await db.query.samples.findMany();
		expect(await addSample(db, scope, draft({ landedCost: '-5' }))).toMatchObject({
			ok: false,
			reason: 'money-format',
			field: 'landedCost'
		});
		expect(await db.query.samples.findMany()).toHaveLength(before.length);
	});
});

describe('saveSample', () => {
	it('saves at the version, and refuses a stale one with theirs', async () => {
		const id = await added();
		const changed = draft({ product: 'Bloom mat, clay', shippingCost: '12' });
		expect(await saveSample(db, scope, { id, version: 1, draft: changed })).toEqual({
			ok: true,
			version: 2
		});
		expect(await getSample(db, scope.brandId, 'collab', id)).toMatchObject({
			product: 'Bloom mat, clay',
			shippingCostMinor: 1200
		});
		expect(await saveSample(db, scope, { id, version: 1, draft: draft() })).toMatchObject({
			ok: false,
			reason: 'conflict',
			theirs: { id, version: 2, product: 'Bloom mat, clay' }
		});
	});

	it('refuses a missing sample, another brand’s, and a cost before touching either', async () => {
		const id = await added();
		const missing = { id: 'missing', version: 1, draft: draft() };
		expect(await saveSample(db, scope, missing)).toEqual({ ok: false, reason: 'not-found' });
		const otherBrand = { ...scope, brandId: 'other' };
		expect(await saveSample(db, otherBrand, { id, version: 1, draft: draft() })).toEqual({
			ok: false,
			reason: 'not-found'
		});
		const refused = await saveSample(db, scope, {
			id,
			version: 1,
			draft: draft({ shippingCost: '1.234' })
		});
		expect(refused).toMatchObject({ ok: false, reason: 'money-decimals', field: 'shippingCost' });
		expect(await getSample(db, scope.brandId, 'collab', id)).toMatchObject({ version: 1 });
	});
});

describe('removeSample', () => {
	it('removes the collaboration’s sample once; another collaboration’s is not found', async () => {
		const id = await added();
		const elsewhere = { ...scope, collaborationId: 'other' };
		expect(await removeSample(db, elsewhere, { id })).toEqual({ ok: false, reason: 'not-found' });
		expect(await removeSample(db, scope, { id })).toEqual({ ok: true });
		expect(await removeSample(db, scope, { id })).toEqual({ ok: false, reason: 'not-found' });
		expect(await getSample(db, scope.brandId, 'collab', id)).toBeNull();
	});
});
