/** The words for what the brand services answer. */
import { m } from '$lib/paraglide/messages';

/** Why a profile save or a delete was refused, in the reader's language. */
export const brandRefusal = {
	conflict: () => m.conflict_saved_elsewhere(),
	'name-mismatch': () => m.error_confirm_name()
} as const;
