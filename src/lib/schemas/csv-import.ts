import { z } from 'zod';
import { CSV_MAX_BYTES, utf8Length } from '$lib/domain/csv-read';

/**
 * A checked file's text, sent back to be checked again: no more than a preview accepts, as
 * UTF-8 too, so a confirmation sent without a preview is read within the same bounds.
 */
export const csvText = z
	.string()
	.min(1)
	.max(CSV_MAX_BYTES)
	.refine((csv) => utf8Length(csv) <= CSV_MAX_BYTES);

/** The preview step: a file (read from the form data beside it) or pasted text. */
export const uploadSchema = z.object({ text: z.string().default('') });

/** The confirm step: the checked file's text and the token handed out with its preview. */
export const confirmSchema = z.object({
	csv: csvText,
	token: z.string().regex(/^[a-z2-7]{32}$/)
});
