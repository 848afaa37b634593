import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, makeChannel, makeUserWithBrand } from '../testing';
import {
	collaborations,
	contentItems,
	creators,
	deliverables,
	goals,
	metricValues
} from '../db/schema';
import { addDays } from '../../domain/zoned-time';
import { reviewWeek } from '../../domain/weekly-review';
import { addMetric } from './metrics';
import {
	reviewCreators,
	reviewGoalsAtRisk,
	reviewMetricChanges,
	reviewPlan
} from './weekly-review';

type TestDb = Awaited<ReturnType<typeof createTestDatabase>>;
let t: TestDb;
beforeEach(async () => {
	t = await createTestDatabase();
});
afterEach(() => t.cleanup());

const week = reviewWeek('2026-11-23', '2026-12-02');

async function setUp() {
	const { workspaceId, userId, brandId } = await makeUserWithBrand(t.db);
	const channel = (kind: 'email' | 'tiktok', weeklyCadence: number) =>
		makeChannel(t.db, brandId, kind, { weeklyCadence });
	return {
		workspaceId,
		userId,
		brandId,
		email: await channel('email', 1),
		tiktok: await channel('tiktok', 3)
	};
}

let n = 0;
const item = (brandId: string, channelId: string, day: string, status: string) => ({
	id: `item-${++n}`,
	brandId,
	channelId,
	title: `Post ${n}`,
	format: 'short_video' as const,
	status: status as 'published',
	scheduledDate: day,
	scheduledTime: '12:00',
	timeZone: 'America/New_York',
	scheduledAt: Date.parse(`${day}T17:00:00Z`)
});

describe('weekly review', () => {
	it('counts planned vs published per channel in the week only, with plan health', async () => {
		const { brandId, email, tiktok } = await setUp();
		await t.db.insert(contentItems).values([
			item(brandId, tiktok, '2026-11-23', 'published'),
			item(brandId, tiktok, '2026-11-25', 'scheduled'),
			item(brandId, tiktok, '2026-11-26', 'skipped'),
			item(brandId, email, '2026-11-29', 'published'),
			item(brandId, email, '2026-11-30', 'published') // next week
		]);
		const plan = await reviewPlan(t.db, brandId, week, Date.parse('2026-12-02T12:00:00Z'));
		const byKind = Object.fromEntries(plan.rows.map((r) => [r.kind, r]));
		expect(byKind.tiktok).toMatchObject({ planned: 2, published: 1, skipped: 1, target: 3 });
		expect(byKind.email).toMatchObject({ planned: 1, published: 1, target: 1 });
		expect(plan.health.cadence.find((c) => c.channelId === tiktok)?.status).toBe('under');
		expect(plan.health.withoutBrief).toHaveLength(3);
	});

	it('compares stocks by week-end level and flows by week totals', async () => {
		const { brandId, email } = await setUp();
		const list = await addMetric(t.db, brandId, { channelId: email, kind: 'email_subscribers' });
		const signups = await addMetric(t.db, brandId, { channelId: email, kind: 'signups' });
		if (!list.ok || !signups.ok) throw new Error('metrics');
		const days = Array.from({ length: 14 }, (_, i) => addDays('2026-11-16', i));
		await t.db
			.insert(metricValues)
			.values([
				...days.map((day, i) => ({ metricId: list.id, day, value: 1000 + 10 * i })),
				...days.map((day, i) => ({ metricId: signups.id, day, value: i < 7 ? 10 : 15 })),
				{ metricId: signups.id, day: '2026-11-30', value: 999 }
			]);
		const rows = await reviewMetricChanges(t.db, brandId, week);
		const stock = rows.find((r) => r.metric.id === list.id)!;
		expect(stock).toMatchObject({ current: 1130, previous: 1060, change: 70 });
		expect(stock.percent).toBeCloseTo((70 / 1060) * 100);
		const flow = rows.find((r) => r.metric.id === signups.id)!;
		expect(flow).toMatchObject({ current: 105, previous: 70, change: 35, percent: 50 });
	});

	it('lists creator content that went live in the week with the collaboration’s cost per order', async () => {
		const { workspaceId, brandId, tiktok } = await setUp();
		await t.db
			.insert(contentItems)
			.values([
				item(brandId, tiktok, '2026-11-24', 'published'),
				item(brandId, tiktok, '2026-12-01', 'published')
			]);
		await t.db.insert(creators).values({ id: 'c1', workspaceId, name: 'Ava Chen' });
		await t.db.insert(collaborations).values({
			id: 'k1',
			brandId,
			creatorId: 'c1',
			stage: 'content_live',
			stageChangedAt: new Date(),
			currency: 'USD',
			feeMinor: 30000
		});
		await t.db.insert(deliverables).values([
			{
				id: 'd1',
				collaborationId: 'k1',
				kind: 'short_video',
				platform: 'tiktok',
				contentItemId: `item-${n - 1}`,
				views: 5000,
				orders: 10,
				revenueMinor: 50000
			},
			{
				id: 'd2',
				collaborationId: 'k1',
				kind: 'short_video',
				platform: 'tiktok',
				contentItemId: `item-${n}`,
				orders: 5
			}
		]);
		const rows = await reviewCreators(t.db, brandId, week);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ creator: 'Ava Chen', views: 5000, orders: 10, cpoMinor: 2000 });
	});

	it('lists only goals at risk or missed', async () => {
		const { brandId, email } = await setUp();
		const list = await addMetric(t.db, brandId, { channelId: email, kind: 'email_subscribers' });
		if (!list.ok) throw new Error('metric');
		const days = Array.from({ length: 28 }, (_, i) => addDays('2026-11-01', i));
		await t.db
			.insert(metricValues)
			.values(days.map((day, i) => ({ metricId: list.id, day, value: 1000 + 10 * i })));
		const goal = (id: string, target: number) => ({
			id,
			brandId,
			metricId: list.id,
			target,
			startDay: '2026-11-01',
			dueDay: '2026-12-31'
		});
		await t.db.insert(goals).values([goal('easy', 1500), goal('hard', 5000)]);
		const atRisk = await reviewGoalsAtRisk(t.db, brandId, '2026-11-29');
		expect(atRisk.map((g) => g.id)).toEqual(['hard']);
	});
});
