import { personaFormValues, personaInput, type PersonaForm } from '../../../schemas/persona';
import type { Db } from '../../db/client';
import * as personas from '../../queries/personas';

/** What the guard proved: the brand whose buyer personas these are. */
export type PersonaScope = { brandId: string };

/** A persona as the form sends it, validated, without the version it was loaded at. */
export type PersonaDraft = Omit<PersonaForm, 'version'>;

type NotFound = { ok: false; reason: 'not-found' };

/** Adds a persona after the brand's last one (line breaks as LF, channels in catalogue order). */
export async function createPersona(
	db: Db,
	scope: PersonaScope,
	draft: PersonaDraft
): Promise<{ ok: true; id: string }> {
	return { ok: true, id: await personas.createPersona(db, scope.brandId, personaInput(draft)) };
}

/**
 * Saves a persona only if it is still at `version`, answering what was stored (so the form shows
 * it as kept). A conflict answers with the stored persona as form values, with its version.
 */
export async function savePersona(
	db: Db,
	scope: PersonaScope,
	input: { id: string; version: number; draft: PersonaDraft }
): Promise<
	| { ok: true; version: number; stored: PersonaDraft }
	| NotFound
	| { ok: false; reason: 'conflict'; theirs: PersonaForm }
> {
	const stored = personaInput(input.draft);
	const saved = await personas.updatePersona(db, scope.brandId, input.id, input.version, stored);
	if (saved.ok) return { ok: true, version: saved.version, stored };
	if (saved.reason === 'not-found') return { ok: false, reason: 'not-found' };
	// Read again after the refusal: deleted meanwhile is "not found", not a conflict.
	const fresh = await personas.getPersona(db, scope.brandId, input.id);
	if (!fresh) return { ok: false, reason: 'not-found' };
	return { ok: false, reason: 'conflict', theirs: personaFormValues(fresh) };
}

/** Deletes a persona; campaigns and items that named it keep going without one. */
export async function deletePersona(
	db: Db,
	scope: PersonaScope,
	id: string
): Promise<{ ok: true } | NotFound> {
	return (await personas.deletePersona(db, scope.brandId, id))
		? { ok: true }
		: { ok: false, reason: 'not-found' };
}
