/**
 * The calendar import: a file of items checked against the brand's channels, pillars, personas
 * and members as they are now, then written every row or none, once per confirmation.
 */
import { previewImport, type FileProblem } from '../../../domain/item-import';
import {
	ITEM_BRIEF_MAX,
	ITEM_CAPTION_MAX,
	ITEM_TITLE_MAX,
	ITEM_URL_MAX
} from '../../../schemas/item';
import type { Db } from '../../db/client';
import { importItems, loadVocabulary, type Spellings } from '../../queries/import';

export type { Spellings };

export type CalendarImportScope = { brandId: string; workspaceId: string; marketTimeZone: string };

/** The file, and every accepted spelling of kinds, formats and statuses (in every language). */
export type CalendarImportInput = { text: string; spellings: Spellings };

const LIMITS = {
	title: ITEM_TITLE_MAX,
	brief: ITEM_BRIEF_MAX,
	caption: ITEM_CAPTION_MAX,
	url: ITEM_URL_MAX
};

/** The whole check: the rows and their issues with the names they were read against. */
export async function checkCalendarImport(
	db: Db,
	scope: CalendarImportScope,
	input: CalendarImportInput
) {
	const brand = { ...scope, id: scope.brandId };
	const vocab = await loadVocabulary(db, brand, input.spellings, LIMITS);
	const result = previewImport(input.text, vocab);
	if (!result.ok) return { ok: false as const, reason: 'file' as const, problem: result.problem };
	const { rows, ignored, errors } = result;
	return { ok: true as const, vocab, rows, ignored, errors };
}

export type CalendarChecked = Extract<
	Awaited<ReturnType<typeof checkCalendarImport>>,
	{ ok: true }
>;

export type CalendarImport =
	| { ok: true; batch: string; items: number }
	| { ok: false; reason: 'file'; problem: FileProblem }
	| { ok: false; reason: 'not-ready'; checked: CalendarChecked }
	| { ok: false; reason: 'already-imported'; batch: string };

/**
 * Checks the file again (the browser's copy proves nothing) and writes every row or none; a
 * file with refused rows is 'not-ready'. The same confirmation (token and file) sent twice
 * names the same batch: 'already-imported', nothing written again.
 */
export async function importCalendarItems(
	db: Db,
	scope: CalendarImportScope & { userId: string },
	input: CalendarImportInput & { token: string }
): Promise<CalendarImport> {
	const checked = await checkCalendarImport(db, scope, input);
	if (!checked.ok) return checked;
	if (checked.errors) return { ok: false, reason: 'not-ready', checked };
	// Browsers resend a form's line breaks as CRLF whatever the page held: the batch ignores them.
	const seed = `${input.token}\u0000${input.text.replace(/\r\n?/g, '\n')}`;
	const items = checked.rows.map((row) => row.item!);
	return importItems(db, scope.brandId, seed, items, scope.userId);
}
