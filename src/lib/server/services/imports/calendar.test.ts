import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMATS, STATUSES } from '../../../domain/content';
import { contentItems } from '../../db/schema';
import { createTestDatabase, makeChannel, makeUserWithBrand } from '../../testing';
import {
	checkCalendarImport,
	importCalendarItems,
	type CalendarImportScope,
	type Spellings
} from './calendar';

const test = await createTestDatabase();
const db = test.db;
afterAll(() => test.cleanup());

const spellings: Spellings = {
	channelKinds: (kind) => [kind[0].toUpperCase() + kind.slice(1)],
	formats: Object.fromEntries(FORMATS.map((f) => [f, [f]])) as Spellings['formats'],
	statuses: Object.fromEntries(STATUSES.map((s) => [s, [s]])) as Spellings['statuses']
};

let scope: CalendarImportScope & { userId: string };
let channelId: string;

beforeAll(async () => {
	const ours = await makeUserWithBrand(db);
	scope = { ...ours, marketTimeZone: 'America/New_York' };
	channelId = await makeChannel(db, ours.brandId, 'instagram');
});

const GOOD =
	'Title,Channel,Format,Status\nHello,Instagram,other,draft\nAgain,Instagram,other,draft\n';
const BAD = 'Title,Channel,Format,Status\nHello,Nowhere,other,draft\n';
const items = async () =>
	db.select().from(contentItems).where(eq(contentItems.brandId, scope.brandId));

describe('checkCalendarImport', () => {
	it('reads every row against the brand, with the names it was read against', async () => {
		const checked = await checkCalendarImport(db, scope, { text: GOOD, spellings });
		expect(checked).toMatchObject({ ok: true, errors: 0, ignored: [] });
		if (!checked.ok) return;
		expect(checked.rows.map((row) => row.item?.channelId)).toEqual([channelId, channelId]);
		expect(checked.vocab.channels.map((c) => c.id)).toEqual([channelId]);
	});

	it('counts refused rows with their issues', async () => {
		const checked = await checkCalendarImport(db, scope, { text: BAD, spellings });
		expect(checked).toMatchObject({ ok: true, errors: 1 });
		if (checked.ok) expect(checked.rows[0].issues).toMatchObject([{ code: 'unknown' }]);
	});

	it('answers file for a file without a title column, or empty', async () => {
		expect(await checkCalendarImport(db, scope, { text: 'Colour\nx\n', spellings })).toMatchObject({
			ok: false,
			reason: 'file',
			problem: { code: 'no_title' }
		});
		expect(await checkCalendarImport(db, scope, { text: '', spellings })).toMatchObject({
			ok: false,
			reason: 'file'
		});
	});
});

describe('importCalendarItems', () => {
	it('writes every row once; the same confirmation again is already-imported', async () => {
		const before = (await items()).length;
		const first = await importCalendarItems(db, scope, { text: GOOD, token: 't1', spellings });
		expect(first).toMatchObject({ ok: true, items: 2 });
		expect((await items()).length).toBe(before + 2);
		const crlf = GOOD.replace(/\n/g, '\r\n');
		const again = await importCalendarItems(db, scope, { text: crlf, token: 't1', spellings });
		expect(again).toEqual({
			ok: false,
			reason: 'already-imported',
			batch: first.ok ? first.batch : ''
		});
		expect((await items()).length).toBe(before + 2);
	});

	it('answers not-ready with the check for refused rows, and file for an unreadable file', async () => {
		const before = (await items()).length;
		expect(
			await importCalendarItems(db, scope, { text: BAD, token: 't2', spellings })
		).toMatchObject({ ok: false, reason: 'not-ready', checked: { errors: 1 } });
		expect(
			await importCalendarItems(db, scope, { text: '', token: 't3', spellings })
		).toMatchObject({ ok: false, reason: 'file' });
		expect((await items()).length).toBe(before);
	});
});
