/**
 * The weekly plan-health check a seller runs before the week starts: is each channel getting
 * its cadence, does the mix follow the pillar targets, is anyone we write for forgotten, and is
 * anything unowned, unbriefed or still unfinished close to its time.
 */

export type HealthItem = {
	id: string;
	channelId: string | null;
	pillarId: string | null;
	personaId: string | null;
	ownerId: string | null;
	status: string;
	scheduledAt: number | null;
	hasBrief: boolean;
};

export type HealthInput = {
	channels: readonly { id: string; weeklyCadence: number }[];
	pillars: readonly { id: string; targetShare: number }[];
	personas: readonly { id: string }[];
	/** The items of the week being checked. */
	items: readonly HealthItem[];
	now: number;
};

/** Items within this long of their time should be past idea/draft. */
export const LATE_WINDOW_MS = 48 * 60 * 60 * 1000;
/** A pillar whose share is off its target by more than this many points is flagged. */
export const MIX_TOLERANCE = 10;

export function planHealth({ channels, pillars, personas, items, now }: HealthInput) {
	const live = items.filter((item) => item.status !== 'skipped');

	const cadence = channels.map((channel) => {
		const planned = live.filter((item) => item.channelId === channel.id).length;
		const target = channel.weeklyCadence;
		const status = planned < target ? 'under' : planned > target && target > 0 ? 'over' : 'ok';
		return { channelId: channel.id, planned, target, status } as const;
	});

	const withPillar = live.filter((item) => item.pillarId);
	const mix = pillars.map((pillar) => {
		const count = withPillar.filter((item) => item.pillarId === pillar.id).length;
		const share = withPillar.length ? Math.round((count / withPillar.length) * 100) : 0;
		const delta = share - pillar.targetShare;
		return {
			pillarId: pillar.id,
			count,
			share,
			target: pillar.targetShare,
			delta,
			off: withPillar.length > 0 && Math.abs(delta) > MIX_TOLERANCE
		};
	});

	const coveredPersonas = new Set(live.map((item) => item.personaId).filter(Boolean));
	const personasWithoutContent = personas
		.filter((p) => !coveredPersonas.has(p.id))
		.map((p) => p.id);
	const withoutOwner = live.filter((item) => !item.ownerId).map((item) => item.id);
	const withoutBrief = live.filter((item) => !item.hasBrief).map((item) => item.id);
	const late = live
		.filter(
			(item) =>
				(item.status === 'idea' || item.status === 'draft') &&
				item.scheduledAt !== null &&
				item.scheduledAt - now <= LATE_WINDOW_MS
		)
		.map((item) => item.id);

	const findings =
		cadence.filter((c) => c.status === 'under').length +
		mix.filter((p) => p.off).length +
		personasWithoutContent.length +
		withoutOwner.length +
		withoutBrief.length +
		late.length;

	return { cadence, mix, personasWithoutContent, withoutOwner, withoutBrief, late, findings };
}
