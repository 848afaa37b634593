import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as notes from '../../queries/annotations';
import { createTestDatabase, makeBrandWithMetric } from '../../testing';
import { addNote, deleteNote, saveNote, type NoteDraft } from './notes';

const test = await createTestDatabase();
const db = test.db;
afterAll(() => test.cleanup());

let scope: { brandId: string; userId: string };
let metricId: string;
let other: { brandId: string; userId: string; metricId: string };

beforeAll(async () => {
	const ours = await makeBrandWithMetric(db);
	scope = { brandId: ours.brandId, userId: ours.userId };
	metricId = ours.metricId;
	other = await makeBrandWithMetric(db);
});

const draft = (overrides: Partial<NoteDraft> = {}): NoteDraft => ({
	day: '2026-11-27',
	text: 'Black Friday email',
	metricId: '',
	...overrides
});

/** A note of the brand, stored directly. */
async function stored(brandId = scope.brandId, userId = scope.userId) {
	const added = await notes.addNote(db, brandId, userId, {
		day: '2026-11-01',
		text: 'Stored',
		metricId: null
	});
	if (!added.ok) throw new Error('not added');
	return added.id;
}

describe('addNote', () => {
	it('adds a note on every chart (no metric) or on one metric of the brand', async () => {
		const everywhere = await addNote(db, scope, draft());
		const onOne = await addNote(db, scope, draft({ metricId }));
		if (!everywhere.ok || !onOne.ok) throw new Error('not added');
		expect(await notes.getNote(db, scope.brandId, everywhere.id)).toMatchObject({
			metricId: null,
			createdBy: scope.userId
		});
		expect((await notes.getNote(db, scope.brandId, onOne.id))?.metricId).toBe(metricId);
	});

	it("refuses another brand's metric as unknown and adds nothing", async () => {
		const before = (await notes.listNotes(db, scope.brandId)).length;
		const added = await addNote(db, scope, draft({ metricId: other.metricId }));
		expect(added).toEqual({ ok: false, reason: 'unknown-metric', field: 'metricId' });
		expect(await notes.listNotes(db, scope.brandId)).toHaveLength(before);
	});
});

describe('saveNote', () => {
	it('saves at the current version and answers the next one', async () => {
		const id = await stored();
		const saved = await saveNote(db, scope, { id, version: 1, draft: draft({ metricId }) });
		expect(saved).toEqual({ ok: true, version: 2 });
		expect(await notes.getNote(db, scope.brandId, id)).toMatchObject({
			text: 'Black Friday email',
			metricId,
			version: 2
		});
	});

	it("refuses another brand's metric as unknown and keeps the note", async () => {
		const id = await stored();
		const input = { id, version: 1, draft: draft({ metricId: other.metricId }) };
		expect(await saveNote(db, scope, input)).toEqual({
			ok: false,
			reason: 'unknown-metric',
			field: 'metricId'
		});
		expect((await notes.getNote(db, scope.brandId, id))?.text).toBe('Stored');
	});

	it('refuses a stale save as a conflict with the stored note, and keeps theirs', async () => {
		const id = await stored();
		await saveNote(db, scope, { id, version: 1, draft: draft({ text: 'Theirs' }) });
		const stale = await saveNote(db, scope, { id, version: 1, draft: draft({ text: 'Mine' }) });
		expect(stale).toEqual({
			ok: false,
			reason: 'conflict',
			theirs: { day: '2026-11-27', text: 'Theirs', version: 2 }
		});
		expect((await notes.getNote(db, scope.brandId, id))?.text).toBe('Theirs');
	});

	it("answers not-found for another brand's note and leaves it as it was", async () => {
		const id = await stored(other.brandId, other.userId);
		expect(await saveNote(db, scope, { id, version: 1, draft: draft() })).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect((await notes.getNote(db, other.brandId, id))?.text).toBe('Stored');
	});
});

describe('deleteNote', () => {
	it('deletes a note of the brand', async () => {
		const id = await stored();
		expect(await deleteNote(db, scope, id)).toEqual({ ok: true });
		expect(await notes.getNote(db, scope.brandId, id)).toBeNull();
	});

	it("answers not-found for another brand's note and keeps it", async () => {
		const id = await stored(other.brandId, other.userId);
		expect(await deleteNote(db, scope, id)).toEqual({ ok: false, reason: 'not-found' });
		expect(await notes.getNote(db, other.brandId, id)).not.toBeNull();
	});
});
