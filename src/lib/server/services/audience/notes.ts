import type { NoteForm } from '../../../schemas/annotation';
import type { Db } from '../../db/client';
import * as notes from '../../queries/annotations';

/** What the guard proved: the brand whose chart notes these are. */
export type NoteScope = { brandId: string };

/** A note as the form sends it, validated: no metric ('') means a note on every chart. */
export type NoteDraft = Omit<NoteForm, 'version'>;

type NotFound = { ok: false; reason: 'not-found' };
export type UnknownMetric = { ok: false; reason: 'unknown-metric'; field: 'metricId' };

const noteInput = ({ day, text, metricId }: NoteDraft): notes.NoteInput => ({
	day,
	text,
	metricId: metricId || null
});

/** Adds a note by `userId`; a metric of another brand is refused like a missing one. */
export async function addNote(
	db: Db,
	scope: NoteScope & { userId: string },
	draft: NoteDraft
): Promise<{ ok: true; id: string } | UnknownMetric> {
	const added = await notes.addNote(db, scope.brandId, scope.userId, noteInput(draft));
	return added.ok ? added : { ok: false, reason: 'unknown-metric', field: 'metricId' };
}

/**
 * Saves a note only if it is still at `version`. A conflict answers with the stored day and text
 * and their version, so the typed note stays and theirs is shown beside it.
 */
export async function saveNote(
	db: Db,
	scope: NoteScope,
	input: { id: string; version: number; draft: NoteDraft }
): Promise<
	| { ok: true; version: number }
	| UnknownMetric
	| NotFound
	| { ok: false; reason: 'conflict'; theirs: { day: string; text: string; version: number } }
> {
	const saved = await notes.updateNote(
		db,
		scope.brandId,
		input.id,
		input.version,
		noteInput(input.draft)
	);
	if (saved.ok) return { ok: true, version: input.version + 1 };
	if (saved.reason === 'metric') return { ok: false, reason: 'unknown-metric', field: 'metricId' };
	// Read again after the refusal: deleted meanwhile is "not found", not a conflict.
	const fresh =
		saved.reason === 'conflict' ? await notes.getNote(db, scope.brandId, input.id) : null;
	if (!fresh) return { ok: false, reason: 'not-found' };
	return {
		ok: false,
		reason: 'conflict',
		theirs: { day: fresh.day, text: fresh.text, version: fresh.version }
	};
}

/** Deletes a hand-written note (derived ones, from items and campaigns, are not notes). */
export async function deleteNote(
	db: Db,
	scope: NoteScope,
	id: string
): Promise<{ ok: true } | NotFound> {
	return (await notes.deleteNote(db, scope.brandId, id))
		? { ok: true }
		: { ok: false, reason: 'not-found' };
}
