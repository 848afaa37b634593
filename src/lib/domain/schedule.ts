/** Where an item sits in time, derived from what the user entered. */
import { resolveWall, type Resolution } from './zoned-time';

export type Schedule = {
	scheduledDate: string | null;
	scheduledTime: string | null;
	timeZone: string | null;
	scheduledAt: number | null;
};

export const UNSCHEDULED: Schedule = {
	scheduledDate: null,
	scheduledTime: null,
	timeZone: null,
	scheduledAt: null
};

/**
 * A wall date and time in the channel's zone → the stored schedule. A time in a DST gap is moved
 * forward (see zoned-time.ts) and the adjustment is returned so the interface can say so.
 */
export function scheduleAt(
	date: string,
	time: string,
	zone: string
): Schedule & { adjustment: Resolution['adjustment'] } {
	const r = resolveWall(date, time, zone);
	return {
		scheduledDate: r.wall.date,
		scheduledTime: r.wall.time,
		timeZone: zone,
		scheduledAt: r.instant,
		adjustment: r.adjustment
	};
}

/**
 * Moving a card to another day (or channel) keeps its time of day on the wall clock of the
 * target channel: 09:00 stays 09:00 even across a DST change or into another zone.
 */
export function moveSchedule(
	current: { scheduledTime: string | null },
	target: { date: string; zone: string; time?: string | null }
) {
	const time = target.time ?? current.scheduledTime;
	if (!time) return { ok: false as const, reason: 'time-needed' as const };
	return { ok: true as const, schedule: scheduleAt(target.date, time, target.zone) };
}
