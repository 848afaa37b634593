/** The move form: shared by drag and drop, the Move dialog, undo and the item form. */
import { z } from 'zod';
import { isDate, isTime } from '$lib/domain/zoned-time';
import { dayInBounds } from '$lib/schemas/day';
import type { Slot } from '$lib/server/services/calendar/move';

export type { Slot };

export const moveSchema = z.object({
	itemId: z.string().min(1).max(64),
	version: z.coerce.number().int().min(1),
	// Empty only for an undo that sends an idea back to the tray.
	date: z.string().refine((v) => v === '' || (isDate(v) && dayInBounds(v))),
	channelId: z
		.string()
		.max(64)
		.optional()
		.transform((v) => v || null),
	time: z
		.string()
		.optional()
		.refine((v) => !v || isTime(v))
		.transform((v) => v || null),
	// Set by the Undo button, so the answer says "moved back".
	undo: z.string().optional(),
	// Set by the enhanced form: the answer is then data for the status line, not a redirect.
	enhanced: z.string().optional()
});

export type MoveFailure =
	'invalid' | 'conflict' | 'not-found' | 'time-needed' | 'channel-not-found';

/** HTTP status of each refusal (the page shows the message either way). */
export const FAILURE_STATUS: Record<MoveFailure, number> = {
	invalid: 400,
	'time-needed': 400,
	conflict: 409,
	'not-found': 404,
	'channel-not-found': 404
};

export type MoveAnswer =
	| {
			ok: true;
			itemId: string;
			title: string;
			version: number;
			to: Slot;
			from: Slot;
			adjustment: 'gap' | 'overlap' | null;
			undone: boolean;
	  }
	| { ok: false; reason: MoveFailure };

export type Card = NonNullable<import('./$types').PageData['grid']>['items'][number];
