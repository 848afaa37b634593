/** What a move answers: shared by the board, the table, the overview and their status line. */
import type { Finding } from '$lib/domain/compliance';
import type { Stage } from '$lib/domain/pipeline';
import type { MoveRefusal } from '$lib/server/queries/collaboration-moves';

export type MoveFailure = MoveRefusal | 'invalid' | 'reason-required';

/** HTTP status of each refusal (the page shows the message either way). */
export const FAILURE_STATUS: Record<MoveFailure, number> = {
	invalid: 400,
	'reason-required': 400,
	'not-found': 404,
	conflict: 409,
	compliance: 409,
	same: 409,
	'skips-agreement': 409,
	closed: 409,
	'exit-after-live': 409
};

export type MoveAnswer =
	| {
			ok: true;
			collaborationId: string;
			name: string;
			version: number;
			from: Stage;
			to: Stage;
			previous: { nextStep: string; followUpOn: string | null };
			followUp: { step: string; due: string } | null;
			overridden: string[];
			undone: boolean;
	  }
	| {
			ok: false;
			reason: MoveFailure;
			collaborationId?: string;
			name?: string;
			to?: Stage;
			/** The version the refusal was judged against, for the override form. */
			version?: number;
			/** For a compliance refusal: what is open, to show and to override. */
			findings?: Finding[];
	  };
