import { z } from 'zod';
import { CSV_MAX_BYTES } from '$lib/domain/csv-read';

/** The preview step: a file (read from the form data beside it) or pasted text. */
export const uploadSchema = z.object({ text: z.string().default('') });

/** The confirm step: the checked file's text and the token handed out with its preview. */
export const confirmSchema = z.object({
	csv: z.string().min(1).max(CSV_MAX_BYTES),
	token: z.string().regex(/^[a-z2-7]{32}$/)
});
