import {
	pillarFormValues,
	pillarInput,
	type EditPillarForm,
	type PillarFields
} from '../../../schemas/pillar';
import type { Db } from '../../db/client';
import * as pillars from '../../queries/pillars';

/** What the guard proved: the brand whose content pillars these are. */
export type PillarScope = { brandId: string };

type NotFound = { ok: false; reason: 'not-found' };

/** Adds a pillar after the brand's last one, its description with LF line breaks. */
export async function addPillar(
	db: Db,
	scope: PillarScope,
	fields: PillarFields
): Promise<{ ok: true; id: string }> {
	return { ok: true, id: await pillars.createPillar(db, scope.brandId, pillarInput(fields)) };
}

/**
 * Saves a pillar only if it is still at `version`. A conflict answers with the stored pillar as
 * form values (with its version), so the typed ones stay and theirs are shown beside them.
 */
export async function savePillar(
	db: Db,
	scope: PillarScope,
	input: { id: string; version: number; fields: PillarFields }
): Promise<
	| { ok: true; version: number }
	| NotFound
	| { ok: false; reason: 'conflict'; theirs: EditPillarForm }
> {
	const fields = pillarInput(input.fields);
	const saved = await pillars.updatePillar(db, scope.brandId, input.id, input.version, fields);
	if (saved.ok) return saved;
	// Read again after the refusal: deleted meanwhile is "not found", not a conflict.
	const fresh = await pillars.getPillar(db, scope.brandId, input.id);
	if (!fresh) return { ok: false, reason: 'not-found' };
	return { ok: false, reason: 'conflict', theirs: pillarFormValues(fresh) };
}

/** Deletes a pillar; items planned under it stay, without a pillar. */
export async function deletePillar(
	db: Db,
	scope: PillarScope,
	id: string
): Promise<{ ok: true } | NotFound> {
	return (await pillars.deletePillar(db, scope.brandId, id))
		? { ok: true }
		: { ok: false, reason: 'not-found' };
}
