/** The words for what the creator services answer, and the fields they mark. */
import { setError, type SuperValidated } from 'sveltekit-superforms';
import { m } from '$lib/paraglide/messages';
import type { TakenHandle } from '$lib/server/services/creators/creators';

/**
 * Puts "already in your directory" on the handle of each taken row (`handle[row]`; `handle` on a
 * single-profile form) and answers who holds them, for the links beside the refused handles.
 */
export function markTaken<T extends Record<string, unknown>>(
	form: SuperValidated<T>,
	taken: readonly TakenHandle[]
) {
	return taken.map(({ row, creatorId, creatorName }) => {
		const path = row === null ? 'handle' : `handle[${row}]`;
		setError(form, path as never, m.creator_duplicate({ name: creatorName }));
		return { row: row ?? 0, creatorId, creatorName };
	});
}
