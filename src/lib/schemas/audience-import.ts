import { z } from 'zod';
import { DATE_FORMATS } from '$lib/domain/audience-import';
import { csvText } from './csv-import';
import { m } from '$lib/paraglide/messages';

/**
 * The mapping step and the confirmation: the file's text again (the server reads it afresh; the
 * browser's copy proves nothing), and how to read it. `targets` has one entry per column: a
 * metric id, or '' to ignore the column.
 */
export const mappingSchema = z.object({
	csv: csvText,
	fileName: z.string().max(200).default(''),
	dateColumn: z
		.number()
		.int()
		.min(0)
		.max(200, { error: () => m.imp_map_error_date() }),
	dateFormat: z.enum(DATE_FORMATS, { error: () => m.imp_map_error_date() }),
	targets: z.array(z.string().max(40)).max(200).default([])
});
