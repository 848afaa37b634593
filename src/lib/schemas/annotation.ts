import { z } from 'zod';
import { isDate } from '$lib/domain/zoned-time';
import { m } from '$lib/paraglide/messages';
import { dayBoundsError, dayInBounds } from './day';
import { required, requiredText } from './fields';

// A hand-written chart note. Messages are functions: read in the language of the request.
export const NOTE_TEXT_MAX = 280;

export const noteSchema = z.object({
	// A market calendar day, like every dashboard day.
	day: z
		.string({ error: required })
		.trim()
		.min(1, { error: required })
		.refine(isDate, { error: () => m.error_date() })
		.refine(dayInBounds, dayBoundsError),
	text: requiredText(NOTE_TEXT_MAX),
	// '' = every chart; that it is one of the brand's metrics is checked on the server.
	metricId: z.string().trim().max(40).default(''),
	version: z.int().min(0).default(0)
});

export type NoteForm = z.infer<typeof noteSchema>;

export const deleteNoteSchema = z.object({
	// A string, not z.literal: superforms would default a missing literal to its value.
	confirm: z
		.string()
		.default('')
		.refine((v) => v === 'yes', { error: () => m.dash_note_confirm_error() })
});
