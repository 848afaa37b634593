import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
	AUDIENCE_CELL_MAX,
	detectFormat,
	guessDateFormat,
	mappingProblem,
	parseDay,
	proposeTargets,
	readImportRows,
	readImportTable,
	type ImportTarget,
	type Mapping
} from './audience-import';
import { HOSTILE_CELLS } from './testing/hostile-cells';

const fixture = (name: string) =>
	new TextDecoder().decode(readFileSync(`tests/fixtures/audience/${name}`));

function table(name: string) {
	const read = readImportTable(fixture(name));
	if (!read.ok) throw new Error(`${name}: ${read.problem.code}`);
	return read.table;
}

const METRICS: ImportTarget[] = [
	{ id: 'sessions', kind: 'sessions', channelKind: 'storefront', unit: 'count' },
	{ id: 'visitors', kind: 'visitors', channelKind: 'storefront', unit: 'count' },
	{ id: 'blog-sessions', kind: 'sessions', channelKind: 'blog', unit: 'count' },
	{ id: 'list', kind: 'email_subscribers', channelKind: 'email', unit: 'count' },
	{ id: 'signups', kind: 'signups', channelKind: 'email', unit: 'count' },
	{ id: 'sms-signups', kind: 'signups', channelKind: 'sms', unit: 'count' },
	{ id: 'revenue', kind: 'revenue', channelKind: 'storefront', unit: 'money' }
];
const units = new Map(METRICS.map((m) => [m.id, m.unit]));

/** Detects, proposes and reads a fixture as the import page does without a mapping step. */
function read(name: string) {
	const t = table(name);
	const detected = detectFormat(t);
	const mapping: Mapping = { ...detected, targets: proposeTargets(detected, METRICS) };
	return { detected, mapping, ...readImportRows(t, mapping, units, 'USD') };
}

describe('known exports', () => {
	it('reads Shopify’s sessions-over-time report, quoted thousands included', () => {
		const r = read('shopify-sessions.csv');
		expect(r.detected.format).toBe('shopify_sessions');
		expect(r.detected.kinds).toEqual([null, 'visitors', 'sessions', null, null]);
		expect(r.mapping.targets).toEqual([null, 'visitors', 'sessions', null, null]);
		expect(r.errors).toBe(0);
		expect(r.values).toHaveLength(14);
		expect(r.values[0]).toEqual({ metricId: 'visitors', day: '2026-11-01', value: 1204 });
		expect(r.values[1]).toEqual({ metricId: 'sessions', day: '2026-11-01', value: 1532 });
		expect(r.rows[0].row).toBe(2);
	});

	it('reads GA4 after its comment lines, with YYYYMMDD days, its period and no grand total', () => {
		const t = table('ga4-sessions.csv');
		expect(t.period).toEqual({ start: '2026-11-01', end: '2026-11-07' });
		const r = read('ga4-sessions.csv');
		expect(r.detected.format).toBe('ga4');
		expect(r.detected.dateFormat).toBe('yyyymmdd');
		// Total users counts visitors; Active users (a subset) is not read a second time.
		expect(r.detected.kinds).toEqual([null, 'sessions', 'visitors', null, null, null]);
		expect(r.mapping.targets).toEqual([null, 'sessions', 'visitors', null, null, null]);
		expect(r.errors).toBe(0);
		expect(r.rows[0].row).toBe(10);
		expect(r.rows.at(-1)).toMatchObject({ summary: true, day: null });
		expect(r.values.filter((v) => v.metricId === 'sessions')).toHaveLength(7);
		expect(r.values.find((v) => v.day === '2026-11-07' && v.metricId === 'visitors')?.value).toBe(
			1455
		);
	});

	it('reads Klaviyo’s list growth into the email list, its sign-ups and unsubscribes', () => {
		const r = read('klaviyo-list-growth.csv');
		expect(r.detected.format).toBe('klaviyo');
		expect(r.detected.kinds).toEqual([null, 'email_subscribers', 'signups', 'unsubscribes', null]);
		// The email channel's sign-ups, not the SMS one; no unsubscribes metric yet.
		expect(r.mapping.targets).toEqual([null, 'list', 'signups', null, null]);
		expect(r.values.find((v) => v.metricId === 'list' && v.day === '2026-11-07')?.value).toBe(4448);
	});

	it('accepts Klaviyo’s other spellings of the list size and its changes', () => {
		const read = readImportTable(
			'Date,Total Members,New Subscribers,Unsubscribes\n2026-11-01,"4,210",38,5\n'
		);
		if (!read.ok) throw new Error('unread');
		const detected = detectFormat(read.table);
		expect(detected.format).toBe('klaviyo');
		expect(detected.kinds).toEqual([null, 'email_subscribers', 'signups', 'unsubscribes']);
	});

	it('knows a plain date,value file but asks which metric it is', () => {
		const r = read('plain.csv');
		expect(r.detected.format).toBe('plain');
		expect(r.mapping.targets).toEqual([null, null]);
		expect(mappingProblem(r.mapping, 2)).toBe('no_target');
		const mapped = readImportRows(
			table('plain.csv'),
			{ ...r.mapping, targets: [null, 'list'] },
			units,
			'USD'
		);
		expect(mapped.values).toHaveLength(7);
	});
});

describe('file shapes', () => {
	it('reads a BOM, a semicolon delimiter with spaced thousands and CRLF line ends', () => {
		const bom = table('plain-bom.csv');
		expect(bom.headers).toEqual(['date', 'value']);
		const semi = readImportRows(
			table('plain-semicolon.csv'),
			{ dateColumn: 0, dateFormat: 'iso', targets: [null, 'list'] },
			units,
			'USD'
		);
		expect(semi.errors).toBe(0);
		expect(semi.values.map((v) => v.value)).toEqual([4210, 4241, 4270]);
		const crlf = read('shopify-crlf.csv');
		expect(crlf.errors).toBe(0);
		expect(crlf.values).toEqual(read('shopify-sessions.csv').values);
	});

	it('refuses a file without data rows, and an unclosed quote', () => {
		expect(readImportTable('date,value\n')).toEqual({ ok: false, problem: { code: 'empty' } });
		expect(readImportTable('date,value\n2026-11-01,"12\n')).toMatchObject({
			ok: false,
			problem: { code: 'quotes' }
		});
	});
});

describe('row problems', () => {
	it('names a day that does not exist', () => {
		const r = read('shopify-bad-date.csv');
		expect(r.errors).toBe(1);
		const bad = r.rows.find((row) => row.issues.length)!;
		expect(bad.row).toBe(5);
		expect(bad.issues).toEqual([{ code: 'date', column: 'Day', value: '2026-11-31' }]);
		// A bad row contributes nothing.
		expect(r.values.some((v) => v.value === 1311)).toBe(false);
	});

	it('names a negative count and text in a number, with their column', () => {
		const negative = read('shopify-negative.csv').rows.find((row) => row.issues.length)!;
		expect(negative.issues).toEqual([
			{ code: 'negative', column: 'Online store visitors', value: '-1,298' }
		]);
		const text = read('shopify-text-number.csv').rows.find((row) => row.issues.length)!;
		expect(text).toMatchObject({ row: 4 });
		expect(text.issues).toEqual([{ code: 'number', column: 'Sessions', value: 'about 1600' }]);
	});

	it('names a day given twice and where it was first', () => {
		const r = read('klaviyo-duplicate-day.csv');
		expect(r.errors).toBe(1);
		expect(r.rows.find((row) => row.issues.length)).toMatchObject({
			row: 6,
			issues: [{ code: 'duplicate', column: 'Date', value: '2026-11-04', firstRow: 5 }]
		});
	});

	it('reads money into minor units', () => {
		const t = readImportTable('date,value\n2026-11-01,"1,234.50"\n2026-11-02,1.234\n');
		if (!t.ok) throw new Error('unread');
		const r = readImportRows(
			t.table,
			{ dateColumn: 0, dateFormat: 'iso', targets: [null, 'revenue'] },
			units,
			'USD'
		);
		expect(r.values).toEqual([{ metricId: 'revenue', day: '2026-11-01', value: 123450 }]);
		expect(r.rows[1].issues[0].code).toBe('decimals');
	});
});

describe('unknown headers', () => {
	it('guesses the date column and a month-first format, and reads nothing until mapped', () => {
		const t = table('unknown-headers.csv');
		const detected = detectFormat(t);
		expect(detected).toMatchObject({ format: 'mapped', dateColumn: 0, dateFormat: 'mdy' });
		expect(proposeTargets(detected, METRICS)).toEqual([null, null, null]);
		const r = readImportRows(
			t,
			{ dateColumn: 0, dateFormat: 'mdy', targets: [null, 'list', null] },
			units,
			'USD'
		);
		expect(r.values[0]).toEqual({ metricId: 'list', day: '2026-11-01', value: 812 });
		expect(r.columns).toEqual(['Reporting day', 'Community size']);
	});

	it('checks a mapping', () => {
		expect(mappingProblem({ dateColumn: 3, dateFormat: 'iso', targets: [] }, 2)).toBe('date');
		expect(mappingProblem({ dateColumn: 0, dateFormat: 'iso', targets: [null, 'a', 'a'] }, 3)).toBe(
			'twice'
		);
		expect(mappingProblem({ dateColumn: 0, dateFormat: 'iso', targets: ['a', null] }, 2)).toBe(
			'no_target'
		);
	});
});

describe('days', () => {
	it('reads each date format strictly', () => {
		expect(parseDay('20260229', 'yyyymmdd')).toBeNull();
		expect(parseDay('20280229', 'yyyymmdd')).toBe('2028-02-29');
		expect(parseDay('2026/11/1', 'iso')).toBe('2026-11-01');
		expect(parseDay('13/11/2026', 'mdy')).toBeNull();
		expect(parseDay('13/11/2026', 'dmy')).toBe('2026-11-13');
		expect(guessDateFormat(['01/11/2026', '13/11/2026'])).toBe('dmy');
		expect(guessDateFormat(['20261101'])).toBe('yyyymmdd');
	});
});

describe('hostile cells', () => {
	// A Shopify sessions report and a plain file, with one 100 kB cell in the date or a value
	// column: read, detected and mapped as the route does.
	const files = [
		{ fields: ['Day', 'Online store visitors', 'Sessions'], row: ['2026-11-02', '10', '12'] },
		{ fields: ['date', 'value'], row: ['2026-11-02', '1,204'] }
	];
	const cases = files.flatMap(({ fields, row }) =>
		fields.flatMap((column, index) =>
			Object.entries(HOSTILE_CELLS).map(([shape, cell]) => ({
				column,
				shape,
				index,
				cell,
				fields,
				row
			}))
		)
	);
	it.each(cases)(
		'reads a 100 kB $column cell of $shape in under a second',
		({ column, index, cell, fields, row }) => {
			const data = [row, row.map((c, i) => (i === index ? cell : c.replace('02', '03')))];
			const started = performance.now();
			const read = readImportTable(Papa.unparse({ fields, data }));
			if (!read.ok) throw new Error(read.problem.code);
			const detected = detectFormat(read.table);
			const targets = fields.length === 3 ? [null, 'visitors', 'sessions'] : [null, 'sessions'];
			const mapping = { ...detected, dateColumn: 0, dateFormat: 'iso' as const, targets };
			const result = readImportRows(read.table, mapping, units, 'USD');
			expect(performance.now() - started).toBeLessThan(1000);
			expect(result.rows[1].issues).toEqual([
				{ code: 'too_long', column, value: '', limit: AUDIENCE_CELL_MAX }
			]);
			expect(result.rows[0].issues).toEqual([]);
			expect(result.values.every((v) => v.day === '2026-11-02')).toBe(true);
		}
	);
});
