/** How complete a persona is: what a marketer would still need to know to write for them. */

export const PERSONA_PARTS = [
	'summary',
	'ageRange',
	'lifeStage',
	'pains',
	'goals',
	'objections',
	'buyingTriggers',
	'channelKinds'
] as const;
export type PersonaPart = (typeof PERSONA_PARTS)[number];

export type PersonaFields = {
	summary: string;
	ageMin: number | null;
	ageMax: number | null;
	lifeStage: string;
	pains: string;
	goals: string;
	objections: string;
	buyingTriggers: string;
	channelKinds: readonly string[];
};

const filled = (text: string) => text.trim().length > 0;

export function personaCompleteness(persona: PersonaFields) {
	const present: Record<PersonaPart, boolean> = {
		summary: filled(persona.summary),
		ageRange: persona.ageMin !== null || persona.ageMax !== null,
		lifeStage: filled(persona.lifeStage),
		pains: filled(persona.pains),
		goals: filled(persona.goals),
		objections: filled(persona.objections),
		buyingTriggers: filled(persona.buyingTriggers),
		channelKinds: persona.channelKinds.length > 0
	};
	const missing = PERSONA_PARTS.filter((part) => !present[part]);
	return {
		missing,
		percent: Math.round(((PERSONA_PARTS.length - missing.length) / PERSONA_PARTS.length) * 100),
		complete: missing.length === 0
	};
}

/** Free-text lists are one point per line; blank lines are not points. */
export function lines(text: string) {
	return text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean);
}
