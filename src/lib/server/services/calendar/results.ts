import { resultsOf, type Results } from '../../../domain/results';
import type { Db } from '../../db/client';
import { getItem } from '../../queries/items';
import { saveResults } from '../../queries/results';

export type ResultsSave =
	| { ok: true }
	| { ok: false; reason: 'not-found' }
	| { ok: false; reason: 'conflict' | 'not-published'; theirs: Results };

/**
 * A published item's results, stored only if the stored ones are still `expected` (null: the
 * form's hidden field was tampered with, answered like a stale form). A refusal carries the
 * results as stored, so the form can expect those and saving again, knowingly, replaces them.
 */
export async function saveItemResults(
	db: Db,
	scope: { brandId: string },
	input: { id: string; expected: Results | null; results: Results }
): Promise<ResultsSave> {
	const { id, expected, results } = input;
	const saved = expected
		? await saveResults(db, scope.brandId, id, expected, results)
		: ({ ok: false, reason: 'conflict' } as const);
	if (saved.ok) return saved;
	const item = await getItem(db, scope.brandId, id);
	if (!item) return { ok: false, reason: 'not-found' };
	const reason = saved.reason === 'not-published' ? 'not-published' : 'conflict';
	return { ok: false, reason, theirs: resultsOf(item) };
}
