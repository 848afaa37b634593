/**
 * The one move convention, shared by the calendar (an item to a slot) and the outreach board (a
 * collaboration to a stage): what moves, the version the user saw, and where to. A stale version
 * answers 'conflict', a missing (or another brand's) id 'not-found'; each move adds its own reasons.
 */
export type MoveInput<To> = { id: string; version: number; to: To };

export type MoveResult<
	Moved extends object,
	Reason extends string,
	Refused extends object = object
> = ({ ok: true } & Moved) | ({ ok: false; reason: Reason | 'conflict' | 'not-found' } & Refused);
