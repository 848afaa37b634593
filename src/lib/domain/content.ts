/** Content items: formats, the status pipeline, and caption limits. */
import { CHANNEL_KINDS, isChannelKind } from './channels';

export const FORMATS = [
	'short_video',
	'carousel',
	'long_video',
	'article',
	'email',
	'live',
	'story',
	'other'
] as const;
export type Format = (typeof FORMATS)[number];

export const STATUSES = [
	'idea',
	'draft',
	'in_review',
	'approved',
	'scheduled',
	'published',
	'skipped'
] as const;
export type Status = (typeof STATUSES)[number];

/** Characters as a person counts them (an emoji or a Chinese character is one). */
export const charCount = (text: string) => [...text].length;

export function captionLimit(kind: string) {
	return isChannelKind(kind) ? CHANNEL_KINDS[kind].captionLimit : null;
}

export function captionCheck(caption: string, kind: string) {
	const limit = captionLimit(kind);
	const length = charCount(caption);
	return { length, limit, over: limit !== null && length > limit };
}
