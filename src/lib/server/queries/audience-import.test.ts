import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, makeBrandWithMetric } from '../testing';
import { listValues, saveEntry } from './metric-values';
import {
	applyImport,
	findImportOfFile,
	getImportBatch,
	listImportBatches,
	planImport,
	undoImport
} from './audience-import';

type TestDb = Awaited<ReturnType<typeof createTestDatabase>>;
let t: TestDb;
beforeEach(async () => {
	t = await createTestDatabase();
});
afterEach(() => t.cleanup());

const brandWithMetric = () => makeBrandWithMetric(t.db, 'email', 'email_subscribers');

const file = (metricId: string, values: number[], from = 1) => ({
	fileName: 'list.csv',
	format: 'plain',
	fileHash: 'hash',
	rowCount: values.length,
	values: values.map((value, i) => ({
		metricId,
		day: `2026-11-${String(from + i).padStart(2, '0')}`,
		value
	}))
});

const read = async (brandId: string, metricId: string) =>
	(await listValues(t.db, brandId, '2026-11-01', '2026-11-30', [metricId])).map((v) => [
		v.day,
		v.value
	]);

describe('audience imports', () => {
	it('writes one batch with what it replaced, and a second import of the same file changes nothing', async () => {
		const { userId, brandId, metricId } = await brandWithMetric();
		await saveEntry(t.db, brandId, [
			{ metricId, day: '2026-11-02', shown: null, seen: null, change: { kind: 'value', value: 7 } }
		]);
		const first = await applyImport(t.db, brandId, userId, file(metricId, [10, 20, 30]));
		expect(first.counts).toEqual({ new: 2, changed: 1, unchanged: 0 });
		expect(first.batchId).toBeTruthy();
		expect(await read(brandId, metricId)).toEqual([
			['2026-11-01', 10],
			['2026-11-02', 20],
			['2026-11-03', 30]
		]);
		const again = await applyImport(t.db, brandId, userId, file(metricId, [10, 20, 30]));
		expect(again).toEqual({ batchId: null, counts: { new: 0, changed: 0, unchanged: 3 } });
		const batches = await listImportBatches(t.db, brandId);
		expect(batches).toHaveLength(1);
		expect(batches[0]).toMatchObject({ changedCount: 3, rowCount: 3, undoneAt: null });
		expect(await findImportOfFile(t.db, brandId, 'hash')).toMatchObject({ id: first.batchId });
	});

	it('undoes a batch: previous values back, new ones gone, edits since kept; only once', async () => {
		const { userId, brandId, metricId } = await brandWithMetric();
		await saveEntry(t.db, brandId, [
			{ metricId, day: '2026-11-02', shown: null, seen: null, change: { kind: 'value', value: 7 } }
		]);
		const { batchId } = await applyImport(t.db, brandId, userId, file(metricId, [10, 20, 30]));
		// Someone types a new value for day 3 after the import.
		const [day3] = (await listValues(t.db, brandId, '2026-11-03', '2026-11-03')).map((v) => v);
		await saveEntry(t.db, brandId, [
			{
				metricId,
				day: '2026-11-03',
				shown: 30,
				seen: day3.updatedAt,
				change: { kind: 'value', value: 33 }
			}
		]);
		const undone = await undoImport(t.db, brandId, batchId!, userId);
		expect(undone).toEqual({ ok: true, restored: 2, kept: 1 });
		expect(await read(brandId, metricId)).toEqual([
			['2026-11-02', 7],
			['2026-11-03', 33]
		]);
		expect(await undoImport(t.db, brandId, batchId!, userId)).toEqual({
			ok: false,
			reason: 'undone'
		});
		expect((await getImportBatch(t.db, brandId, batchId!))?.undoneAt).toBeInstanceOf(Date);
		// Undone, the file is no longer "already imported", and importing it again writes again.
		expect(await findImportOfFile(t.db, brandId, 'hash')).toBeNull();
	});

	it('gives a value back to the earlier import it came from, so that one can still be undone', async () => {
		const { userId, brandId, metricId } = await brandWithMetric();
		const a = await applyImport(t.db, brandId, userId, file(metricId, [10]), 1_000);
		const b = await applyImport(t.db, brandId, userId, file(metricId, [11]), 2_000);
		expect(await undoImport(t.db, brandId, b.batchId!, userId, 3_000)).toMatchObject({
			restored: 1
		});
		expect(await read(brandId, metricId)).toEqual([['2026-11-01', 10]]);
		expect(await undoImport(t.db, brandId, a.batchId!, userId, 4_000)).toMatchObject({
			restored: 1,
			kept: 0
		});
		expect(await read(brandId, metricId)).toEqual([]);
	});

	it('keeps other brands out: their metrics are not written, their batches not found', async () => {
		const mine = await brandWithMetric();
		const theirs = await brandWithMetric();
		const result = await applyImport(t.db, mine.brandId, mine.userId, file(theirs.metricId, [5]));
		expect(result.batchId).toBeNull();
		expect(await read(theirs.brandId, theirs.metricId)).toEqual([]);
		const { batchId } = await applyImport(
			t.db,
			theirs.brandId,
			theirs.userId,
			file(theirs.metricId, [5])
		);
		expect(await getImportBatch(t.db, mine.brandId, batchId!)).toBeNull();
		expect(await undoImport(t.db, mine.brandId, batchId!, mine.userId)).toEqual({
			ok: false,
			reason: 'missing'
		});
		expect(await read(theirs.brandId, theirs.metricId)).toEqual([['2026-11-01', 5]]);
	});

	it('plans without writing', async () => {
		const { brandId, metricId } = await brandWithMetric();
		const plan = await planImport(t.db, brandId, file(metricId, [1, 2]).values);
		expect(plan.counts).toEqual({ new: 2, changed: 0, unchanged: 0 });
		expect(await read(brandId, metricId)).toEqual([]);
	});
});
