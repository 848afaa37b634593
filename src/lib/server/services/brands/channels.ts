import { defaultOwnership } from '../../../domain/channels';
import { channelFormValues, type ChannelForm } from '../../../schemas/channel';
import type { Db } from '../../db/client';
import * as channels from '../../queries/channels';

/** What the guard proved: the brand whose channels these are. */
export type ChannelScope = { brandId: string };

/** A channel as the form sends it, validated, without the version it was loaded at. */
export type ChannelDraft = Omit<ChannelForm, 'version'>;

type NotFound = { ok: false; reason: 'not-found' };

/** What is stored: no ownership picked (a form sent without JavaScript) is the kind's usual one. */
export function channelInput({ ownership, ...draft }: ChannelDraft): channels.ChannelInput {
	const { kind, label, handle, weeklyCadence, timeZone } = draft;
	return {
		kind,
		ownership: ownership ?? defaultOwnership(kind),
		label,
		handle,
		weeklyCadence,
		timeZone
	};
}

/** Adds a channel after the brand's last one. */
export async function createChannel(
	db: Db,
	scope: ChannelScope,
	draft: ChannelDraft
): Promise<{ ok: true; id: string }> {
	return { ok: true, id: await channels.createChannel(db, scope.brandId, channelInput(draft)) };
}

/**
 * Saves a channel only if it is still at `version`. A conflict answers with the stored channel
 * as form values (with its version), so the typed ones stay and theirs are shown beside them.
 */
export async function saveChannel(
	db: Db,
	scope: ChannelScope,
	input: { id: string; version: number; draft: ChannelDraft }
): Promise<
	{ ok: true; version: number } | NotFound | { ok: false; reason: 'conflict'; theirs: ChannelForm }
> {
	const stored = channelInput(input.draft);
	const saved = await channels.updateChannel(db, scope.brandId, input.id, input.version, stored);
	if (saved.ok) return saved;
	// Read again after the refusal: deleted meanwhile is "not found", not a conflict.
	const fresh = await channels.getChannel(db, scope.brandId, input.id);
	if (!fresh) return { ok: false, reason: 'not-found' };
	return { ok: false, reason: 'conflict', theirs: channelFormValues(fresh) };
}

/** Deletes a channel with its metrics and their values (cascades); its items stay, unassigned. */
export async function deleteChannel(
	db: Db,
	scope: ChannelScope,
	id: string
): Promise<{ ok: true } | NotFound> {
	return (await channels.deleteChannel(db, scope.brandId, id))
		? { ok: true }
		: { ok: false, reason: 'not-found' };
}
