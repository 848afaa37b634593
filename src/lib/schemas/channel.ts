import { z } from 'zod';
import { CHANNEL_KIND_KEYS, OWNERSHIPS } from '$lib/domain/channels';
import { isValidTimeZone } from '$lib/domain/time';
import { m } from '$lib/paraglide/messages';
import { maxChars } from './fields';

// Messages are functions so they are read in the language of the request (or page) that validates.

export const CHANNEL_LABEL_MAX = 60;
export const CHANNEL_HANDLE_MAX = 200;
export const CADENCE_MAX = 50;

/** The handle as a link when it is a web address, else null (handles like @shop stay text). */
export function webUrl(handle: string): string | null {
	if (!/^https?:\/\//i.test(handle)) return null;
	try {
		const url = new URL(handle);
		return url.hostname ? url.href : null;
	} catch {
		return null;
	}
}

/** Anything that looks like an address must be a full http(s) one; other text is a handle. */
function isHandleOrUrl(value: string) {
	const looksLikeUrl = /^(https?:|www\.)/i.test(value) || value.includes('://');
	return !looksLikeUrl || webUrl(value) !== null;
}

const cadenceRange = { error: () => m.error_range({ min: 0, max: CADENCE_MAX }) };

export const channelSchema = z.object({
	kind: z.enum(CHANNEL_KIND_KEYS, { error: () => m.channels_error_kind() }),
	// Missing (no radio picked, e.g. without JavaScript) = the kind's usual ownership.
	ownership: z.enum(OWNERSHIPS, { error: () => m.channels_error_ownership() }).optional(),
	label: z
		.string()
		.trim()
		.refine(...maxChars(CHANNEL_LABEL_MAX))
		.default(''),
	handle: z
		.string()
		.trim()
		.refine(...maxChars(CHANNEL_HANDLE_MAX))
		.refine(isHandleOrUrl, { error: () => m.error_url() })
		.default(''),
	// A plain number, not z.int(): the form parser would truncate "2.5" to 2 before validating.
	weeklyCadence: z
		.number({ error: () => m.error_number() })
		.refine(Number.isInteger, { error: () => m.error_number(), abort: true })
		.refine((v) => v >= 0 && v <= CADENCE_MAX, cadenceRange),
	timeZone: z
		.string({ error: () => m.error_time_zone() })
		.trim()
		.refine(isValidTimeZone, { error: () => m.error_time_zone() }),
	// The version the form was loaded with; 0 for a channel not saved yet. A save based on an
	// older version is refused.
	version: z.int().min(0).default(0)
});

export type ChannelForm = z.infer<typeof channelSchema>;

/** The form's values for a stored channel (extra columns are left out). */
export function channelFormValues(channel: Required<ChannelForm>): ChannelForm {
	return {
		kind: channel.kind,
		ownership: channel.ownership,
		label: channel.label,
		handle: channel.handle,
		weeklyCadence: channel.weeklyCadence,
		timeZone: channel.timeZone,
		version: channel.version
	};
}
