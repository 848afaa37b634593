import { z } from 'zod';
import { CHANNEL_KIND_KEYS } from '$lib/domain/channels';
import { m } from '$lib/paraglide/messages';
import { normaliseLineBreaks, requiredText, text } from './fields';

// Messages are functions so they are read in the language of the request (or page) that validates.

export const AGE_MIN = 13;
export const AGE_MAX = 100;
export const PERSONA_NAME_MAX = 80;
export const PERSONA_SUMMARY_MAX = 200;
export const PERSONA_LIFE_STAGE_MAX = 120;
export const PERSONA_TEXT_MAX = 2000;

const range = { error: () => m.error_range({ min: AGE_MIN, max: AGE_MAX }) };
const age = z
	.int({ error: () => m.error_number() })
	.min(AGE_MIN, range)
	.max(AGE_MAX, range)
	.nullable()
	.default(null);

const AGE_FIELDS: PropertyKey[] = ['ageMin', 'ageMax'];

export const personaSchema = z
	.object({
		name: requiredText(PERSONA_NAME_MAX),
		summary: text(PERSONA_SUMMARY_MAX),
		ageMin: age,
		ageMax: age,
		lifeStage: text(PERSONA_LIFE_STAGE_MAX),
		pains: text(PERSONA_TEXT_MAX),
		goals: text(PERSONA_TEXT_MAX),
		objections: text(PERSONA_TEXT_MAX),
		buyingTriggers: text(PERSONA_TEXT_MAX),
		channelKinds: z
			.array(z.enum(CHANNEL_KIND_KEYS, { error: () => m.persona_error_channel() }))
			.max(CHANNEL_KIND_KEYS.length)
			.default([]),
		note: text(PERSONA_TEXT_MAX),
		// The version the form was loaded with; 0 for a persona not saved yet.
		version: z.int().min(0).default(0)
	})
	.refine((v) => v.ageMin === null || v.ageMax === null || v.ageMin <= v.ageMax, {
		error: () => m.persona_error_age_order(),
		path: ['ageMax'],
		// Also report this next to other fields' errors, once both ages are themselves valid.
		when: (payload) => payload.issues.every((issue) => !AGE_FIELDS.includes(issue.path?.[0] ?? ''))
	});

export type PersonaForm = z.infer<typeof personaSchema>;

type StoredPersona = Omit<PersonaForm, 'channelKinds'> & { channelKinds: readonly string[] };

/** The form's values for a stored persona. */
export function personaFormValues(persona: StoredPersona): PersonaForm {
	return {
		name: persona.name,
		summary: persona.summary,
		ageMin: persona.ageMin,
		ageMax: persona.ageMax,
		lifeStage: persona.lifeStage,
		pains: persona.pains,
		goals: persona.goals,
		objections: persona.objections,
		buyingTriggers: persona.buyingTriggers,
		channelKinds: CHANNEL_KIND_KEYS.filter((kind) => persona.channelKinds.includes(kind)),
		note: persona.note,
		version: persona.version
	};
}

/** What is stored from a valid form: line breaks as LF, channels once each in catalogue order. */
export function personaInput(data: Omit<PersonaForm, 'version'> & { version?: number }) {
	return {
		name: data.name,
		summary: data.summary,
		ageMin: data.ageMin,
		ageMax: data.ageMax,
		lifeStage: data.lifeStage,
		pains: normaliseLineBreaks(data.pains),
		goals: normaliseLineBreaks(data.goals),
		objections: normaliseLineBreaks(data.objections),
		buyingTriggers: normaliseLineBreaks(data.buyingTriggers),
		channelKinds: CHANNEL_KIND_KEYS.filter((kind) => data.channelKinds.includes(kind)),
		note: normaliseLineBreaks(data.note)
	};
}
