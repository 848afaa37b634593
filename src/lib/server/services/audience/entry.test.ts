import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../../../domain/zoned-time';
import { listValues } from '../../queries/metric-values';
import { createTestDatabase, makeBrandWithMetric, makeChannel, makeMetric } from '../../testing';
import { entryGrid, saveWeek, type EntryScope } from './entry';

const test = await createTestDatabase();
const db = test.db;
afterAll(() => test.cleanup());

const day = today('UTC');
let scope: EntryScope;
let countKey: () => Promise<string>;
let moneyKey: () => Promise<string>;

beforeAll(async () => {
	const ours = await makeBrandWithMetric(db);
	scope = { brandId: ours.brandId, currency: 'USD', marketTimeZone: 'UTC' };
	const store = await makeChannel(db, ours.brandId, 'storefront');
	await makeMetric(db, ours.brandId, store, 'revenue');
	const keyOf = (kind: string) => async () => {
		const rows = await entryGrid(db, scope, { days: [day] });
		return rows.find((row) => row.metric.kind === kind)!.cells[0].key;
	};
	countKey = keyOf('email_subscribers');
	moneyKey = keyOf('revenue');
});

const stored = () => listValues(db, scope.brandId, day, day);

describe('entryGrid', () => {
	it('draws one row per metric and a cell per day with the stored value as typed', async () => {
		await saveWeek(db, scope, { keys: [await moneyKey()], typed: ['12.50'] });
		const rows = await entryGrid(db, scope, { days: [day] });
		expect(rows.map((row) => [row.metric.kind, row.nature, row.cells[0].input])).toEqual([
			['email_subscribers', 'stock', ''],
			['revenue', 'flow', '12.50']
		]);
	});
});

describe('saveWeek', () => {
	it('writes the typed cells and counts them', async () => {
		const result = await saveWeek(db, scope, { keys: [await countKey()], typed: ['1,200'] });
		expect(result).toEqual({ ok: true, saved: 1 });
		expect((await stored()).map((v) => v.value)).toContain(1200);
	});

	it.each([
		['count', 'abc', 'number'],
		['count', '-3', 'negative'],
		['count', '1.5', 'whole'],
		['money', '1.234', 'decimals'],
		['count', '1000000000000000000', 'too_large']
	] as const)(
		'refuses a %s cell typed %s as %s and writes nothing',
		async (unit, typed, problem) => {
			const bad = unit === 'money' ? await moneyKey() : await countKey();
			const good = unit === 'money' ? await countKey() : await moneyKey();
			const before = await stored();
			const result = await saveWeek(db, scope, { keys: [good, bad], typed: ['7', typed] });
			expect(result).toEqual({ ok: false, reason: 'invalid', problems: { [bad]: problem } });
			expect(await stored()).toEqual(before);
		}
	);

	it('answers conflict with what another stored meanwhile, and writes the rest', async () => {
		const drawn = await countKey();
		await saveWeek(db, scope, { keys: [drawn], typed: ['500'] });
		const [metricId] = drawn.split('|');
		const result = await saveWeek(db, scope, {
			keys: [drawn, await moneyKey()],
			typed: ['600', '3']
		});
		expect(result).toEqual({
			ok: false,
			reason: 'conflict',
			saved: 1,
			conflicts: [{ key: `${metricId}|${day}`, current: '500' }]
		});
	});

	it('answers a cleared value meanwhile as a conflict with nothing stored', async () => {
		await saveWeek(db, scope, { keys: [await countKey()], typed: ['800'] });
		const drawn = await countKey();
		await saveWeek(db, scope, { keys: [drawn], typed: ['-'] });
		const result = await saveWeek(db, scope, { keys: [drawn], typed: ['900'] });
		expect(result).toMatchObject({ reason: 'conflict', conflicts: [{ current: null }] });
	});

	it("ignores keys not drawn for this brand: another brand's metric, a malformed key", async () => {
		const theirs = await makeBrandWithMetric(db);
		const theirScope = { ...scope, brandId: theirs.brandId };
		const theirKey = (await entryGrid(db, theirScope, { days: [day] }))[0].cells[0].key;
		const result = await saveWeek(db, scope, { keys: [theirKey, 'nonsense'], typed: ['5', 'x'] });
		expect(result).toEqual({ ok: true, saved: 0 });
		expect(await listValues(db, theirs.brandId, day, day)).toEqual([]);
	});
});
