import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mapping } from '../../../domain/audience-import';
import { listValues } from '../../queries/metric-values';
import { createTestDatabase, makeBrandWithMetric } from '../../testing';
import {
	applyAudienceImport,
	checkAudienceImport,
	undoAudienceImport,
	type AudienceScope
} from './audience';

const test = await createTestDatabase();
const db = test.db;
afterAll(() => test.cleanup());

let scope: AudienceScope & { userId: string };
let metricId: string;

beforeAll(async () => {
	const ours = await makeBrandWithMetric(db);
	scope = { brandId: ours.brandId, currency: 'USD', userId: ours.userId };
	metricId = ours.metricId;
});

const KLAVIYO = 'Date,List Size,Subscribed\n2026-11-01,4210,38\n2026-11-02,4241,35\nTotal,,73\n';
const check = (text: string, mapping: Mapping | null = null) =>
	checkAudienceImport(db, scope, { text, fileName: 'list.csv', mapping });
const mapped = (targets: (string | null)[], dateColumn = 0): Mapping => ({
	dateColumn,
	dateFormat: 'iso',
	targets
});

describe('checkAudienceImport', () => {
	it('answers file with the problem of a file that cannot be read as a table', async () => {
		expect(await check('')).toMatchObject({
			ok: false,
			reason: 'file',
			problem: { code: 'empty' }
		});
	});

	it('previews a known export with the proposed mapping, naming columns nothing is fed by', async () => {
		const checked = await check(KLAVIYO);
		expect(checked).toMatchObject({
			ok: true,
			step: 'preview',
			map: { format: 'klaviyo', missing: ['Subscribed'], refused: null },
			rowCount: 2,
			preview: {
				feeds: [{ column: 'List Size', metricId }],
				counts: { new: 2, changed: 0, unchanged: 0 },
				errors: 0,
				importedBefore: null
			}
		});
		if (!checked.ok || checked.step !== 'preview') return;
		expect(checked.preview.rows.map((row) => row.status)).toEqual([
			{ kind: 'counts', new: 1, changed: 0, unchanged: 0 },
			{ kind: 'counts', new: 1, changed: 0, unchanged: 0 },
			{ kind: 'summary' }
		]);
	});

	it('stops a plain file at the mapping step until columns are chosen', async () => {
		const checked = await check('day,value\n2026-11-01,5\n');
		expect(checked).toMatchObject({ ok: true, step: 'map', map: { refused: null } });
		const chosen = await check('day,value\n2026-11-01,5\n', mapped([null, metricId]));
		expect(chosen).toMatchObject({ ok: true, step: 'preview' });
	});

	it.each([
		['date', () => mapped([null, metricId], 5)],
		['no_target', () => mapped([null, null])],
		['twice', () => mapped([null, metricId, metricId])]
	] as const)('refuses a chosen mapping as %s', async (refused, mapping) => {
		const text = 'day,a,b\n2026-11-01,5,6\n';
		expect(await check(text, mapping())).toMatchObject({ ok: true, step: 'map', map: { refused } });
	});

	it('refuses a date column most of whose dates cannot be read as dates', async () => {
		const text = 'day,value\nsoon,5\nlater,6\n2026-11-01,7\n';
		expect(await check(text, mapped([null, metricId]))).toMatchObject({
			step: 'map',
			map: { refused: 'dates' }
		});
	});

	it('says per row what is wrong with it, and which rows feed nothing', async () => {
		const checked = await check(
			'day,value\n2026-11-01,-5\n2026-11-02,\n',
			mapped([null, metricId])
		);
		if (!checked.ok || checked.step !== 'preview') throw new Error('no preview');
		expect(checked.preview.errors).toBe(1);
		expect(checked.preview.rows[0].issues).toMatchObject([{ code: 'negative' }]);
	});
});

describe('applyAudienceImport', () => {
	const file = 'Date,List Size\n2026-10-01,100\n2026-10-02,110\n';
	const apply = (text: string, mapping = mapped([null, metricId])) =>
		applyAudienceImport(db, scope, { text, fileName: 'list.csv', mapping });

	it('writes one batch, then answers nothing for the same file, which it knows', async () => {
		const applied = await apply(file);
		expect(applied).toMatchObject({ ok: true, batchId: expect.any(String) });
		expect(await listValues(db, scope.brandId, '2026-10-01', '2026-10-02')).toHaveLength(2);
		expect(await apply(file)).toEqual({ ok: false, reason: 'nothing' });
		const again = await check(file, mapped([null, metricId]));
		expect(again).toMatchObject({ preview: { importedBefore: expect.any(Number) } });
	});

	it('answers not-ready with the check for refused rows or a mapping to fix, writing nothing', async () => {
		const bad = 'day,value\n2026-09-01,-5\n';
		expect(await apply(bad)).toMatchObject({
			ok: false,
			reason: 'not-ready',
			checked: { step: 'preview' }
		});
		expect(await apply(bad, mapped([null, null]))).toMatchObject({
			reason: 'not-ready',
			checked: { step: 'map', map: { refused: 'no_target' } }
		});
		expect(await listValues(db, scope.brandId, '2026-09-01', '2026-09-01')).toEqual([]);
	});

	it('answers file for a file that cannot be read', async () => {
		expect(await apply('')).toMatchObject({ ok: false, reason: 'file' });
	});
});

describe('undoAudienceImport', () => {
	it('undoes a batch once, then answers already-undone', async () => {
		const applied = await applyAudienceImport(db, scope, {
			text: 'day,value\n2026-08-01,9\n',
			fileName: '',
			mapping: mapped([null, metricId])
		});
		if (!applied.ok) throw new Error(applied.reason);
		const batch = { batchId: applied.batchId };
		expect(await undoAudienceImport(db, scope, batch)).toEqual({ ok: true, restored: 1, kept: 0 });
		expect(await listValues(db, scope.brandId, '2026-08-01', '2026-08-01')).toEqual([]);
		expect(await undoAudienceImport(db, scope, batch)).toEqual({
			ok: false,
			reason: 'already-undone'
		});
	});

	it("answers not-found for a missing batch and another brand's", async () => {
		const applied = await applyAudienceImport(db, scope, {
			text: 'day,value\n2026-07-01,9\n',
			fileName: '',
			mapping: mapped([null, metricId])
		});
		if (!applied.ok) throw new Error(applied.reason);
		const other = { brandId: (await makeBrandWithMetric(db)).brandId, userId: scope.userId };
		expect(await undoAudienceImport(db, scope, { batchId: 'missing' })).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await undoAudienceImport(db, other, { batchId: applied.batchId })).toEqual({
			ok: false,
			reason: 'not-found'
		});
	});
});
