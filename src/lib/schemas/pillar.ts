import { z } from 'zod';
import { isValidShare } from '$lib/domain/pillars';
import { m } from '$lib/paraglide/messages';
import { maxChars, normaliseLineBreaks, requiredText } from './fields';

// Messages are functions so they are read in the language of the request (or page) that validates.

export const PILLAR_NAME_MAX = 60;
export const PILLAR_DESCRIPTION_MAX = 500;

// Suggested colours for new pillars, far enough apart to tell the segments of the mix apart.
const PILLAR_COLOURS = [
	'#166534',
	'#1d4ed8',
	'#b45309',
	'#9d174d',
	'#6d28d9',
	'#0f766e',
	'#b91c1c'
];

/** The colour a new pillar starts with when the brand already has `count` pillars. */
export function suggestedColour(count: number) {
	return PILLAR_COLOURS[count % PILLAR_COLOURS.length];
}

export const pillarSchema = z.object({
	name: requiredText(PILLAR_NAME_MAX),
	description: z
		.string()
		.trim()
		.refine(...maxChars(PILLAR_DESCRIPTION_MAX))
		.default(''),
	colour: z
		.string({ error: () => m.error_colour() })
		.regex(/^#[0-9a-fA-F]{6}$/, { error: () => m.error_colour() })
		.toLowerCase(),
	// A plain number, not z.int(): the form parser would truncate "12.5" to 12 before validating.
	targetShare: z
		.number({ error: () => m.error_number() })
		.refine(Number.isInteger, { error: () => m.error_number(), abort: true })
		.refine(isValidShare, { error: () => m.error_range({ min: 0, max: 100 }) })
});

export const editPillarSchema = pillarSchema.extend({
	id: z.string().min(1).max(64),
	// The version the form was loaded with: a save based on an older one is refused.
	version: z.int().min(1)
});

export const pillarIdSchema = z.object({ id: z.string().min(1).max(64) });

export type PillarFields = z.infer<typeof pillarSchema>;
export type EditPillarForm = z.infer<typeof editPillarSchema>;

/** What is stored from a valid form: line breaks as LF, everything else exactly as typed. */
export function pillarInput(data: PillarFields) {
	return {
		name: data.name,
		description: normaliseLineBreaks(data.description),
		colour: data.colour,
		targetShare: data.targetShare
	};
}

/** The form's values for a stored pillar (extra columns are left out). */
export function pillarFormValues(pillar: EditPillarForm): EditPillarForm {
	return {
		id: pillar.id,
		name: pillar.name,
		description: pillar.description,
		colour: pillar.colour,
		targetShare: pillar.targetShare,
		version: pillar.version
	};
}
