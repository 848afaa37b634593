import { and, eq, isNull, type SQL } from 'drizzle-orm';
import { RESULT_FIELDS, type Results } from '../../domain/results';
import type { Db } from '../db/client';
import { contentItems } from '../db/schema';

type SaveResult = { ok: true } | { ok: false; reason: 'conflict' | 'not-found' | 'not-published' };

/**
 * Stores a published item's results, only if the stored results are still `expected` (what the
 * form was loaded with). Results are checked against their own values rather than the item's
 * version, so entering results never makes an open edit of the item's plan stale, and two
 * people entering results at once cannot overwrite each other unseen.
 */
export async function saveResults(
	db: Db,
	brandId: string,
	itemId: string,
	expected: Results,
	next: Results
): Promise<SaveResult> {
	const unchanged: SQL[] = RESULT_FIELDS.map((field) => {
		const value = expected[field];
		return value === null ? isNull(contentItems[field]) : eq(contentItems[field], value);
	});
	const rows = await db
		.update(contentItems)
		.set({ ...next, updatedAt: new Date() })
		.where(
			and(
				eq(contentItems.id, itemId),
				eq(contentItems.brandId, brandId),
				eq(contentItems.status, 'published'),
				...unchanged
			)
		)
		.returning({ id: contentItems.id });
	if (rows.length) return { ok: true };
	const [item] = await db
		.select({ status: contentItems.status })
		.from(contentItems)
		.where(and(eq(contentItems.id, itemId), eq(contentItems.brandId, brandId)));
	if (!item) return { ok: false, reason: 'not-found' };
	return { ok: false, reason: item.status === 'published' ? 'conflict' : 'not-published' };
}
