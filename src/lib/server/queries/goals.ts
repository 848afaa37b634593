import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { goals, metrics, metricValues } from '../db/schema';
import { newId } from '../db/ids';
import { goalPace, TREND_DAYS, type DayValue, type Pace } from '../../domain/pace';
import { addDays } from '../../domain/zoned-time';
import { metricNature } from '../../domain/metrics';
import { listMetrics, type BrandMetric } from './metrics';

// A brand's goals. Callers have already checked the brand belongs to the caller's workspace
// (requireBrand); every function here is scoped by brand id as well.

export type GoalInput = {
	metricId: string;
	target: number;
	startDay: string;
	dueDay: string;
	note: string;
};

export type GoalRow = typeof goals.$inferSelect;
export type GoalWithPace = GoalRow & { metric: BrandMetric; pace: Pace };

export function listGoals(db: Db, brandId: string): Promise<GoalRow[]> {
	return db
		.select()
		.from(goals)
		.where(eq(goals.brandId, brandId))
		.orderBy(asc(goals.dueDay), asc(goals.createdAt));
}

export async function getGoal(db: Db, brandId: string, goalId: string) {
	const [row] = await db
		.select()
		.from(goals)
		.where(and(eq(goals.brandId, brandId), eq(goals.id, goalId)));
	return row ?? null;
}

/** The metric must be one of the brand's: another brand's id is refused on its field. */
async function ownsMetric(db: Db, brandId: string, metricId: string) {
	const [row] = await db
		.select({ id: metrics.id })
		.from(metrics)
		.where(and(eq(metrics.brandId, brandId), eq(metrics.id, metricId)));
	return Boolean(row);
}

export async function createGoal(
	db: Db,
	brandId: string,
	input: GoalInput,
	createdBy: string | null
): Promise<{ ok: true; id: string } | { ok: false; reason: 'metric' }> {
	if (!(await ownsMetric(db, brandId, input.metricId))) return { ok: false, reason: 'metric' };
	const id = newId();
	await db.insert(goals).values({ id, brandId, ...input, createdBy });
	return { ok: true, id };
}

export async function updateGoal(
	db: Db,
	brandId: string,
	goalId: string,
	version: number,
	input: GoalInput
): Promise<{ ok: true; version: number } | { ok: false; reason: 'metric' | 'conflict' }> {
	if (!(await ownsMetric(db, brandId, input.metricId))) return { ok: false, reason: 'metric' };
	const updated = await db
		.update(goals)
		.set({ ...input, version: sql`${goals.version} + 1`, updatedAt: new Date() })
		.where(and(eq(goals.brandId, brandId), eq(goals.id, goalId), eq(goals.version, version)))
		.returning({ version: goals.version });
	return updated[0] ? { ok: true, version: updated[0].version } : { ok: false, reason: 'conflict' };
}

export async function deleteGoal(db: Db, brandId: string, goalId: string) {
	const deleted = await db
		.delete(goals)
		.where(and(eq(goals.brandId, brandId), eq(goals.id, goalId)))
		.returning({ id: goals.id });
	return deleted.length > 0;
}

/**
 * The days pace needs: for a flow everything from the start day (its total), for either the
 * trend window, plus a stock's last level before that window (carried forward). One ranged read
 * of the (metric_id, day) primary key, ending at today or the due day.
 */
export async function goalValues(db: Db, goal: GoalRow, nature: 'stock' | 'flow', today: string) {
	const end = today < goal.dueDay ? today : goal.dueDay;
	const windowStart = addDays(end, -(TREND_DAYS * 2));
	const from = nature === 'flow' && goal.startDay < windowStart ? goal.startDay : windowStart;
	const rows: DayValue[] = await db
		.select({ day: metricValues.day, value: metricValues.value })
		.from(metricValues)
		.where(
			and(
				eq(metricValues.metricId, goal.metricId),
				gte(metricValues.day, from),
				lte(metricValues.day, end)
			)
		);
	return rows;
}

/** Every goal of the brand with its metric and pace as of `today` (market-zone day). */
export async function listGoalsWithPace(
	db: Db,
	brandId: string,
	today: string
): Promise<GoalWithPace[]> {
	const [rows, brandMetrics] = await Promise.all([
		listGoals(db, brandId),
		listMetrics(db, brandId)
	]);
	const byId = new Map(brandMetrics.map((metric) => [metric.id, metric]));
	return Promise.all(
		rows.flatMap((goal) => {
			const metric = byId.get(goal.metricId);
			return metric ? [withPace(db, goal, metric, today)] : [];
		})
	);
}

async function withPace(db: Db, goal: GoalRow, metric: BrandMetric, today: string) {
	const nature = metricNature(metric.kind);
	const values = await goalValues(db, goal, nature, today);
	const pace = goalPace({ nature, ...goal, today, values });
	return { ...goal, metric, pace };
}

export async function getGoalWithPace(db: Db, brandId: string, goalId: string, today: string) {
	const goal = await getGoal(db, brandId, goalId);
	if (!goal) return null;
	const metric = (await listMetrics(db, brandId)).find((m) => m.id === goal.metricId);
	return metric ? withPace(db, goal, metric, today) : null;
}
