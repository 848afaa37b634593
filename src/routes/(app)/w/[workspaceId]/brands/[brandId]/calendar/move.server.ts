import { UNSCHEDULED } from '$lib/domain/schedule';
import { db } from '$lib/server/db';
import * as items from '$lib/server/queries/items';
import type { Slot } from './move';

type Applied =
	| (Extract<items.MoveResult, { ok: true }> & { from: Slot; title: string })
	| Extract<items.MoveResult, { ok: false }>;

/**
 * A move to a day and channel, keeping the time of day; or, with no date, back to the ideas
 * (the tray as a drop target, "Back to ideas", and the undo of a move out of the tray).
 */
export async function applyMove(
	brand: { id: string; marketTimeZone: string },
	move: {
		itemId: string;
		version: number;
		date: string;
		channelId: string | null;
		time: string | null;
	}
): Promise<Applied> {
	const { itemId, version, date, channelId, time } = move;
	const before = await items.getItem(db, brand.id, itemId);
	if (!before) return { ok: false, reason: 'not-found' };
	const result: items.MoveResult = date
		? await items.moveItem(
				db,
				brand.id,
				itemId,
				version,
				{ date, channelId, time },
				brand.marketTimeZone
			)
		: await items
				.updateItem(db, brand.id, itemId, version, { ...UNSCHEDULED, channelId })
				.then((saved) =>
					saved.ok ? { ...saved, schedule: UNSCHEDULED, adjustment: null } : saved
				);
	if (!result.ok) return result;
	const from = {
		date: before.scheduledDate,
		time: before.scheduledTime,
		channelId: before.channelId
	};
	return { ...result, from, title: before.title };
}
