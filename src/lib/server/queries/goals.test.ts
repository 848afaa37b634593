import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, makeBrandWithMetric } from '../testing';
import { metricValues } from '../db/schema';
import { addDays } from '../../domain/zoned-time';
import {
	createGoal,
	deleteGoal,
	getGoal,
	getGoalWithPace,
	listGoals,
	listGoalsWithPace,
	updateGoal
} from './goals';

type TestDb = Awaited<ReturnType<typeof createTestDatabase>>;
let t: TestDb;
beforeEach(async () => {
	t = await createTestDatabase();
});
afterEach(() => t.cleanup());

const brandWithMetric = () => makeBrandWithMetric(t.db, 'email', 'email_subscribers');

const input = (metricId: string) => ({
	metricId,
	target: 2000,
	startDay: '2026-06-01',
	dueDay: '2026-08-31',
	note: 'Summer list push'
});

describe('goals', () => {
	it('creates, lists, edits with a version and deletes a goal', async () => {
		const { brandId, userId, metricId } = await brandWithMetric();
		const created = await createGoal(t.db, brandId, input(metricId), userId);
		expect(created.ok).toBe(true);
		if (!created.ok) return;
		expect(await listGoals(t.db, brandId)).toHaveLength(1);
		const saved = await updateGoal(t.db, brandId, created.id, 1, {
			...input(metricId),
			target: 2500
		});
		expect(saved).toEqual({ ok: true, version: 2 });
		const stale = await updateGoal(t.db, brandId, created.id, 1, {
			...input(metricId),
			target: 9999
		});
		expect(stale).toEqual({ ok: false, reason: 'conflict' });
		expect((await getGoal(t.db, brandId, created.id))?.target).toBe(2500);
		expect(await deleteGoal(t.db, brandId, created.id)).toBe(true);
		expect(await getGoal(t.db, brandId, created.id)).toBeNull();
	});

	it('refuses another brand’s metric and hides goals across brands', async () => {
		const mine = await brandWithMetric();
		const theirs = await brandWithMetric();
		expect(await createGoal(t.db, mine.brandId, input(theirs.metricId), mine.userId)).toEqual({
			ok: false,
			reason: 'metric'
		});
		const created = await createGoal(t.db, theirs.brandId, input(theirs.metricId), null);
		if (!created.ok) throw new Error('create');
		expect(await getGoal(t.db, mine.brandId, created.id)).toBeNull();
		expect(await updateGoal(t.db, mine.brandId, created.id, 1, input(mine.metricId))).toEqual({
			ok: false,
			reason: 'conflict'
		});
		expect(await deleteGoal(t.db, mine.brandId, created.id)).toBe(false);
		expect(await getGoal(t.db, theirs.brandId, created.id)).not.toBeNull();
	});

	it('computes pace from the stored values as of the given day', async () => {
		const { brandId, metricId } = await brandWithMetric();
		await t.db.insert(metricValues).values(
			Array.from({ length: 30 }, (_, i) => ({
				metricId,
				day: addDays('2026-06-01', i),
				value: 1000 + 20 * i
			}))
		);
		const created = await createGoal(t.db, brandId, input(metricId), null);
		if (!created.ok) throw new Error('create');
		const [goal] = await listGoalsWithPace(t.db, brandId, '2026-07-01');
		// 1580 on 06-30, +20/day × 62 days → 2820 ≥ 2000.
		expect(goal.pace).toMatchObject({ status: 'on_track', current: 1580, asOf: '2026-06-30' });
		expect(goal.metric.kind).toBe('email_subscribers');
		const later = await getGoalWithPace(t.db, brandId, created.id, '2026-09-15');
		expect(later?.pace.status).toBe('missed');
	});
});
