import { METRIC_INFO, METRIC_VALUE_MAX } from '../../../domain/metrics';
import { parseMoney } from '../../../domain/money';
import { today } from '../../../domain/zoned-time';
import type { Db } from '../../db/client';
import * as goals from '../../queries/goals';
import { getMetric } from '../../queries/metrics';

/** The brand as a goal needs it: its currency reads money targets, its market zone says today. */
export type GoalScope = { brandId: string; currency: string; marketTimeZone: string };

/** The form's values: the target as typed. */
export type GoalFields = {
	metricId: string;
	target: string;
	startDay: string;
	dueDay: string;
	note: string;
};

export type TargetReason =
	'target-format' | 'target-not-positive' | 'target-whole' | 'target-too-large' | 'target-decimals';

/** A value the form holds that the brand refuses, on its field. */
export type GoalRefusal =
	| { ok: false; reason: 'unknown-metric'; field: 'metricId' }
	| { ok: false; reason: TargetReason; field: 'target' };

/**
 * What is stored, after the checks that need the brand: the metric is the brand's (another
 * brand's id is answered like a missing one), and the target is a positive whole count, or
 * money read into the brand currency's minor units.
 */
async function goalInput(
	db: Db,
	scope: GoalScope,
	fields: GoalFields
): Promise<{ ok: true; input: goals.GoalInput } | GoalRefusal> {
	const metric = await getMetric(db, scope.brandId, fields.metricId);
	if (!metric) return { ok: false, reason: 'unknown-metric', field: 'metricId' };
	const target = readTarget(fields.target, METRIC_INFO[metric.kind].unit, scope.currency);
	if (typeof target === 'string') return { ok: false, reason: target, field: 'target' };
	const { startDay, dueDay, note } = fields;
	return { ok: true, input: { metricId: metric.id, target, startDay, dueDay, note } };
}

/** The stored target, or why it is refused. */
export function readTarget(
	text: string,
	unit: 'count' | 'money',
	currency: string
): number | TargetReason {
	if (unit === 'money') {
		const money = parseMoney(text, currency);
		if (money.ok) return money.minor && money.minor > 0 ? money.minor : 'target-not-positive';
		if (money.reason === 'too-large') return 'target-too-large';
		if (money.reason === 'format') return 'target-format';
		return 'target-decimals';
	}
	const plain = text.replace(/[\s,]/g, '');
	if (!/^\d+$/.test(plain)) return 'target-whole';
	const value = Number(plain);
	if (value > METRIC_VALUE_MAX) return 'target-too-large';
	return value > 0 ? value : 'target-not-positive';
}

export async function createGoal(
	db: Db,
	scope: GoalScope & { userId: string },
	fields: GoalFields
): Promise<{ ok: true; id: string } | GoalRefusal> {
	const checked = await goalInput(db, scope, fields);
	if (!checked.ok) return checked;
	const created = await goals.createGoal(db, scope.brandId, checked.input, scope.userId);
	// The metric was checked a moment ago; one deleted since is refused like an unknown one.
	if (!created.ok) return { ok: false, reason: 'unknown-metric', field: 'metricId' };
	return created;
}

export type GoalSave =
	| { ok: true; version: number }
	| GoalRefusal
	| { ok: false; reason: 'not-found' }
	| { ok: false; reason: 'conflict'; theirs: goals.GoalWithPace };

/**
 * A goal's new values, stored only if it is still at `version`. A stale version answers
 * 'conflict' with the goal as stored now; saving again at its version replaces it.
 */
export async function saveGoal(
	db: Db,
	scope: GoalScope,
	input: GoalFields & { id: string; version: number }
): Promise<GoalSave> {
	const day = today(scope.marketTimeZone);
	if (!(await goals.getGoal(db, scope.brandId, input.id)))
		return { ok: false, reason: 'not-found' };
	const checked = await goalInput(db, scope, input);
	if (!checked.ok) return checked;
	const saved = await goals.updateGoal(db, scope.brandId, input.id, input.version, checked.input);
	if (saved.ok) return saved;
	if (saved.reason === 'metric') return { ok: false, reason: 'unknown-metric', field: 'metricId' };
	const theirs = await goals.getGoalWithPace(db, scope.brandId, input.id, day);
	if (!theirs) return { ok: false, reason: 'not-found' };
	return { ok: false, reason: 'conflict', theirs };
}

export async function deleteGoal(
	db: Db,
	scope: { brandId: string },
	input: { id: string }
): Promise<{ ok: true } | { ok: false; reason: 'not-found' }> {
	const deleted = await goals.deleteGoal(db, scope.brandId, input.id);
	return deleted ? { ok: true } : { ok: false, reason: 'not-found' };
}
