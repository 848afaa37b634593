import { z } from 'zod';

/** The most cells one save takes: 7 days × far more metrics than a brand tracks. */
export const ENTRY_MAX_CELLS = 7 * 200;

/**
 * The weekly grid as the form sends it: parallel lists, one entry per cell. `key` says which
 * cell and what it showed (see `cellKey`); `value` is what is typed there now.
 */
export const entrySchema = z.object({
	week: z.string().max(10).default(''),
	key: z.array(z.string().max(200)).max(ENTRY_MAX_CELLS).default([]),
	value: z.array(z.string().max(40)).max(ENTRY_MAX_CELLS).default([])
});
