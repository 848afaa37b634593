import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, makeBrandWithMetric } from '../testing';
import { listValues, saveEntry, type EntryCell } from './metric-values';

type TestDb = Awaited<ReturnType<typeof createTestDatabase>>;
let t: TestDb;
beforeEach(async () => {
	t = await createTestDatabase();
});
afterEach(() => t.cleanup());

const brandWithMetric = () => makeBrandWithMetric(t.db, 'tiktok', 'followers');

const set = (
	metricId: string,
	day: string,
	value: number | null,
	shown = null as number | null,
	seen = null as number | null
): EntryCell => ({
	metricId,
	day,
	shown,
	seen,
	change: value === null ? { kind: 'clear' } : { kind: 'value', value }
});

describe('saveEntry', () => {
	it('writes new values, changes and clears in one go', async () => {
		const { brandId, metricId } = await brandWithMetric();
		expect(
			await saveEntry(t.db, brandId, [
				set(metricId, '2026-11-23', 100),
				set(metricId, '2026-11-24', 110)
			])
		).toEqual({ saved: 2, conflicts: [] });
		const stored = await listValues(t.db, brandId, '2026-11-23', '2026-11-29');
		const [a, b] = stored;
		const result = await saveEntry(t.db, brandId, [
			set(metricId, '2026-11-23', 101, a.value, a.updatedAt),
			set(metricId, '2026-11-24', null, b.value, b.updatedAt)
		]);
		expect(result).toEqual({ saved: 2, conflicts: [] });
		expect(
			(await listValues(t.db, brandId, '2026-11-23', '2026-11-29')).map((v) => v.value)
		).toEqual([101]);
	});

	it('reports a cell someone else saved meanwhile and keeps theirs, saving the others', async () => {
		const { brandId, metricId } = await brandWithMetric();
		await saveEntry(t.db, brandId, [set(metricId, '2026-11-23', 100)], 1_000);
		const [shown] = await listValues(t.db, brandId, '2026-11-23', '2026-11-23');
		// Another person saves 120 for that day, and fills the empty next day…
		await saveEntry(
			t.db,
			brandId,
			[
				set(metricId, '2026-11-23', 120, shown.value, shown.updatedAt),
				set(metricId, '2026-11-24', 5)
			],
			2_000
		);
		// …while the first still has the old grid open.
		const result = await saveEntry(
			t.db,
			brandId,
			[
				set(metricId, '2026-11-23', 130, shown.value, shown.updatedAt),
				set(metricId, '2026-11-24', 6),
				set(metricId, '2026-11-25', 7)
			],
			3_000
		);
		expect(result.saved).toBe(1);
		expect(result.conflicts).toEqual([
			{ metricId, day: '2026-11-23', current: 120 },
			{ metricId, day: '2026-11-24', current: 5 }
		]);
		expect(
			(await listValues(t.db, brandId, '2026-11-23', '2026-11-29')).map((v) => v.value)
		).toEqual([120, 5, 7]);
	});

	it('skips cells typed back as they were, and ignores metrics of other brands', async () => {
		const mine = await brandWithMetric();
		const theirs = await brandWithMetric();
		expect(
			await saveEntry(t.db, mine.brandId, [
				set(mine.metricId, '2026-11-23', null),
				set(theirs.metricId, '2026-11-23', 9)
			])
		).toEqual({ saved: 0, conflicts: [] });
		expect(await listValues(t.db, theirs.brandId, '2026-11-01', '2026-11-30')).toEqual([]);
	});
});
