import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getGoal } from '../../queries/goals';
import { createTestDatabase, makeBrandWithMetric, makeChannel, makeMetric } from '../../testing';
import { createGoal, deleteGoal, saveGoal, type GoalFields, type GoalScope } from './goals';

const test = await createTestDatabase();
const db = test.db;
afterAll(() => test.cleanup());

let scope: GoalScope & { userId: string };
let metricId: string;
let revenueId: string;
let otherMetricId: string;

beforeAll(async () => {
	const ours = await makeBrandWithMetric(db);
	scope = { brandId: ours.brandId, currency: 'USD', marketTimeZone: 'UTC', userId: ours.userId };
	metricId = ours.metricId;
	const store = await makeChannel(db, ours.brandId, 'storefront');
	revenueId = await makeMetric(db, ours.brandId, store, 'revenue');
	otherMetricId = (await makeBrandWithMetric(db)).metricId;
});

const fields = (overrides: Partial<GoalFields> = {}): GoalFields => ({
	metricId,
	target: '1,000',
	startDay: '2026-01-01',
	dueDay: '2026-06-30',
	note: '',
	...overrides
});

async function made(overrides: Partial<GoalFields> = {}) {
	const created = await createGoal(db, scope, fields(overrides));
	if (!created.ok) throw new Error(created.reason);
	return created.id;
}

describe('createGoal', () => {
	it('stores a count target as a whole number and money in minor units', async () => {
		const id = await made();
		expect(await getGoal(db, scope.brandId, id)).toMatchObject({ metricId, target: 1000 });
		const money = await made({ metricId: revenueId, target: '12.50' });
		expect(await getGoal(db, scope.brandId, money)).toMatchObject({ target: 1250 });
	});

	it("answers unknown-metric for a missing metric and another brand's", async () => {
		for (const id of ['missing', otherMetricId])
			expect(await createGoal(db, scope, fields({ metricId: id }))).toEqual({
				ok: false,
				reason: 'unknown-metric',
				field: 'metricId'
			});
	});

	it.each([
		[metricId, '12.5', 'target-whole'],
		[metricId, '0', 'target-not-positive'],
		[metricId, '1000000000000000000', 'target-too-large'],
		['revenue', 'abc', 'target-format'],
		['revenue', '0.00', 'target-not-positive'],
		['revenue', '1.234', 'target-decimals'],
		['revenue', '9999999999999999', 'target-too-large']
	])('refuses the target %s %s as %s', async (metric, target, reason) => {
		const chosen = metric === 'revenue' ? revenueId : metricId;
		expect(await createGoal(db, scope, fields({ metricId: chosen, target }))).toEqual({
			ok: false,
			reason,
			field: 'target'
		});
	});
});

describe('saveGoal', () => {
	it('stores new values at the current version and answers the next', async () => {
		const id = await made();
		const saved = await saveGoal(db, scope, { ...fields({ target: '2000' }), id, version: 1 });
		expect(saved).toEqual({ ok: true, version: 2 });
		expect(await getGoal(db, scope.brandId, id)).toMatchObject({ target: 2000 });
	});

	it('answers conflict with the goal as stored when the version is stale', async () => {
		const id = await made();
		await saveGoal(db, scope, { ...fields({ target: '2000' }), id, version: 1 });
		const stale = await saveGoal(db, scope, { ...fields({ target: '3000' }), id, version: 1 });
		expect(stale).toMatchObject({ ok: false, reason: 'conflict', theirs: { id, target: 2000 } });
		expect(await getGoal(db, scope.brandId, id)).toMatchObject({ target: 2000 });
	});

	it('answers the refusals of a create', async () => {
		const id = await made();
		expect(
			await saveGoal(db, scope, { ...fields({ metricId: otherMetricId }), id, version: 1 })
		).toEqual({ ok: false, reason: 'unknown-metric', field: 'metricId' });
		expect(await saveGoal(db, scope, { ...fields({ target: 'x' }), id, version: 1 })).toEqual({
			ok: false,
			reason: 'target-whole',
			field: 'target'
		});
	});

	it("answers not-found for a missing goal and another brand's", async () => {
		const id = await made();
		const other = await makeBrandWithMetric(db);
		const theirScope = { ...scope, brandId: other.brandId };
		for (const [s, goalId] of [
			[scope, 'missing'],
			[theirScope, id]
		] as const)
			expect(await saveGoal(db, s, { ...fields(), id: goalId, version: 1 })).toEqual({
				ok: false,
				reason: 'not-found'
			});
	});
});

describe('deleteGoal', () => {
	it('deletes a goal of the brand, and answers not-found the second time', async () => {
		const id = await made();
		expect(await deleteGoal(db, scope, { id })).toEqual({ ok: true });
		expect(await getGoal(db, scope.brandId, id)).toBeNull();
		expect(await deleteGoal(db, scope, { id })).toEqual({ ok: false, reason: 'not-found' });
	});

	it("answers not-found for another brand's goal and leaves it", async () => {
		const id = await made();
		expect(await deleteGoal(db, { brandId: 'other' }, { id })).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await getGoal(db, scope.brandId, id)).not.toBeNull();
	});
});
