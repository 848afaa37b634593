import type { Stage } from '../../../domain/pipeline';
import { isDate, today } from '../../../domain/zoned-time';
import type { Db } from '../../db/client';
import { collaborationNames } from '../../queries/collaboration-lists';
import { bulkUpdate, type BulkChange, type BulkRefusal } from '../../queries/collaboration-moves';
import { openFindingRules } from '../../queries/compliance';
import { checkReferences } from '../references';
import type { BoardScope } from './move';

export type BulkOp = 'stage' | 'owner' | 'followUp';

export type BulkResult =
	| {
			ok: true;
			op: BulkOp;
			done: number;
			refused: { id: string; name: string; reason: BulkRefusal }[];
	  }
	| { ok: false; reason: 'invalid' | 'owner-not-found' };

/** The change an op asks for, or why it cannot be made: a stage or a real day missing, a stranger. */
async function changeOf(
	db: Db,
	scope: BoardScope,
	input: { op: BulkOp; stage?: Stage; ownerId: string; followUpOn: string }
): Promise<BulkChange | Extract<BulkResult, { ok: false }>> {
	const { op, stage, ownerId, followUpOn } = input;
	if (op === 'stage')
		return stage ? { kind: 'stage', to: stage } : { ok: false, reason: 'invalid' };
	if (op === 'owner') {
		const checked = await checkReferences(db, scope, { ownerId });
		if (!checked.ok) return { ok: false, reason: 'owner-not-found' };
		return { kind: 'owner', ownerId: ownerId || null };
	}
	return isDate(followUpOn) ? { kind: 'followUp', followUpOn } : { ok: false, reason: 'invalid' };
}

/**
 * The table's bulk change: each checked row ({ id, version }) is changed or refused on its own
 * (the pipeline rules and the compliance gate, no override in bulk); the answer counts the done
 * and names every refused row and why. An empty owner clears it.
 */
export async function bulkChange(
	db: Db,
	scope: BoardScope,
	input: {
		targets: { id: string; version: number }[];
		op: BulkOp;
		stage?: Stage;
		ownerId: string;
		followUpOn: string;
	}
): Promise<BulkResult> {
	const change = await changeOf(db, scope, input);
	if ('ok' in change) return change;
	const result = await bulkUpdate(db, scope.brandId, input.targets, change, {
		userId: scope.userId,
		today: today(scope.marketTimeZone),
		openFindingsOf: (collaboration) => openFindingRules(db, scope.brandId, collaboration)
	});
	const ids = result.refused.map((r) => r.id);
	const names = await collaborationNames(db, scope.brandId, ids);
	const refused = result.refused.map((r) => ({ ...r, name: names.get(r.id) ?? '' }));
	return { ok: true, op: input.op, done: result.done.length, refused };
}
