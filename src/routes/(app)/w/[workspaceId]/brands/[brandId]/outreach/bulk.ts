/** What a bulk change answers: how many changed, and each refusal with its reason. */
import type { BulkRefusal } from '$lib/server/queries/collaboration-moves';

export type BulkAnswer =
	| {
			ok: true;
			op: 'stage' | 'owner' | 'followUp';
			done: number;
			refused: { id: string; name: string; reason: BulkRefusal }[];
	  }
	| { ok: false; reason: 'none-selected' | 'invalid' | 'owner-not-found' };
