import { UNSCHEDULED, type Schedule } from '../../../domain/schedule';
import type { Db } from '../../db/client';
import { getItem, moveReadItem, updateItem } from '../../queries/items';
import type { MoveInput, MoveResult } from '../move';

export type CalendarScope = { brandId: string; marketTimeZone: string };

/** A place on the calendar; no date is the ideas tray. */
export type Slot = { date: string | null; time: string | null; channelId: string | null };

/** Where to: a day and channel (the time of day kept unless given); an empty date is the tray. */
export type ItemTarget = { date: string; channelId: string | null; time: string | null };

export type ItemMove = MoveResult<
	{
		version: number;
		schedule: Schedule;
		adjustment: 'gap' | 'overlap' | null;
		from: Slot;
		title: string;
	},
	'time-needed' | 'channel-not-found'
>;

/**
 * A move to a day and channel, keeping the time of day; or, with no date, back to the ideas
 * (the tray as a drop target, "Back to ideas", and the undo of a move out of the tray). The item
 * is read once: its slot before the move is what the answer offers to undo to.
 */
export async function moveItem(
	db: Db,
	scope: CalendarScope,
	{ id, version, to }: MoveInput<ItemTarget>
): Promise<ItemMove> {
	const before = await getItem(db, scope.brandId, id);
	if (!before) return { ok: false, reason: 'not-found' };
	const { date, channelId, time } = to;
	const result = date
		? await moveReadItem(db, before, version, { date, channelId, time }, scope.marketTimeZone)
		: await updateItem(db, scope.brandId, id, version, { ...UNSCHEDULED, channelId }).then(
				(saved) => (saved.ok ? { ...saved, schedule: UNSCHEDULED, adjustment: null } : saved)
			);
	if (!result.ok) return result;
	const from = {
		date: before.scheduledDate,
		time: before.scheduledTime,
		channelId: before.channelId
	};
	return { ...result, from, title: before.title };
}
