/**
 * The creator import: a file of creators and their profiles checked against the workspace's
 * directory as it is now, then every new creator and profile written or none, once per
 * confirmation.
 */
import { readCreatorCsv, type CreatorCsvVocabulary } from '../../../domain/creator-csv';
import type { CsvProblem } from '../../../domain/csv-read';
import type { Db } from '../../db/client';
import {
	importCreators,
	previewCreatorImport,
	type ImportCounts
} from '../../queries/creator-import';

export type CreatorImportScope = { workspaceId: string };

/** The file, and every accepted spelling of platforms and deliverable kinds. */
export type CreatorImportInput = { text: string; vocabulary: CreatorCsvVocabulary };

/** Only a preview with something new to write may be confirmed. */
export const hasNew = (counts: ImportCounts) => counts.creators + counts.profiles > 0;

/**
 * The whole check: per row (`outcomes[i]` for `parsed.rows[i]`, null for a refused row) whether
 * it is new, adds to a creator already there, or is skipped; and what confirming would write.
 */
export async function checkCreatorImport(
	db: Db,
	scope: CreatorImportScope,
	input: CreatorImportInput
) {
	const parsed = readCreatorCsv(input.text, input.vocabulary);
	if (!parsed.ok) return { ok: false as const, reason: 'file' as const, problem: parsed.problem };
	const { rows: outcomes, counts } = await previewCreatorImport(db, scope.workspaceId, parsed);
	return { ok: true as const, parsed, outcomes, counts };
}

export type CreatorChecked = Extract<Awaited<ReturnType<typeof checkCreatorImport>>, { ok: true }>;

export type CreatorImport =
	| ({ ok: true; batch: string } & ImportCounts)
	| { ok: false; reason: 'file'; problem: CsvProblem }
	| { ok: false; reason: 'not-ready'; checked: CreatorChecked }
	| { ok: false; reason: 'already-imported'; batch: string }
	/** Someone else's import won the race: the directory as it is now, checked again. */
	| { ok: false; reason: 'conflict'; checked: CreatorChecked };

/**
 * Checks the file again (the browser's copy proves nothing) and writes every new creator and
 * profile or none; a file with refused rows is 'not-ready'. The same confirmation sent twice
 * names the same batch and writes nothing: 'already-imported'.
 */
export async function importCreatorFile(
	db: Db,
	scope: CreatorImportScope & { userId: string },
	input: CreatorImportInput & { token: string }
): Promise<CreatorImport> {
	const checked = await checkCreatorImport(db, scope, input);
	if (!checked.ok) return checked;
	if (checked.parsed.errors) return { ok: false, reason: 'not-ready', checked };
	const { workspaceId, userId } = scope;
	const outcome = await importCreators(db, workspaceId, userId, checked.parsed, input.token);
	if (outcome.ok || outcome.reason === 'already-imported') return outcome;
	const again = await checkCreatorImport(db, scope, input);
	return { ok: false, reason: 'conflict', checked: again.ok ? again : checked };
}
