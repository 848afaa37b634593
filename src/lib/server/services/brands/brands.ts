import { brandFormValues, type BrandForm } from '../../../schemas/brand';
import type { Db } from '../../db/client';
import * as brands from '../../queries/brands';

/** What the guard proved: the workspace, and for an existing brand the brand in it. */
export type WorkspaceScope = { workspaceId: string };
export type BrandScope = { workspaceId: string; brandId: string };

/** The profile as the form sends it, validated, without the version it was loaded at. */
export type BrandDraft = Omit<BrandForm, 'version'>;

type NotFound = { ok: false; reason: 'not-found' };

/** A draft → stored columns: an empty trademark day is stored as null (no day), not ''. */
export function brandInput(draft: BrandDraft): brands.BrandInput {
	return {
		...draft,
		trademarkFiledOn: draft.trademarkFiledOn || null,
		trademarkRegisteredOn: draft.trademarkRegisteredOn || null
	};
}

export async function createBrand(
	db: Db,
	scope: WorkspaceScope,
	draft: BrandDraft
): Promise<{ ok: true; id: string }> {
	return { ok: true, id: await brands.createBrand(db, scope.workspaceId, brandInput(draft)) };
}

/**
 * Saves the profile only if it is still at `version`. A conflict answers with the stored profile
 * as form values (with its version), so the form keeps what was typed and shows theirs beside it;
 * saving again at their version replaces it.
 */
export async function saveBrand(
	db: Db,
	scope: BrandScope,
	input: { version: number; draft: BrandDraft }
): Promise<
	{ ok: true; version: number } | NotFound | { ok: false; reason: 'conflict'; theirs: BrandForm }
> {
	const { workspaceId, brandId } = scope;
	const draft = brandInput(input.draft);
	const saved = await brands.updateBrand(db, workspaceId, brandId, input.version, draft);
	if (saved.ok) return saved;
	// Read again after the refusal: deleted meanwhile is "not found", not a conflict.
	const fresh = await brands.getBrand(db, workspaceId, brandId);
	if (!fresh) return { ok: false, reason: 'not-found' };
	return { ok: false, reason: 'conflict', theirs: brandFormValues(fresh) };
}

/** Archiving hides the brand and everything planned under it; restoring shows it again. */
export async function setArchived(
	db: Db,
	scope: BrandScope,
	archived: boolean,
	now = Date.now()
): Promise<{ ok: true } | NotFound> {
	const done = await brands.setBrandArchived(db, scope.workspaceId, scope.brandId, archived, now);
	return done ? { ok: true } : { ok: false, reason: 'not-found' };
}

/**
 * Deletes the brand for good, with everything under it, only when its exact name is typed
 * (spaces around either are ignored; case counts), so it cannot happen by a stray click. Who may
 * delete (owners) is the guard's `deleteBrand` capability.
 */
export async function deleteBrand(
	db: Db,
	scope: BrandScope,
	input: { confirmName: string }
): Promise<{ ok: true } | NotFound | { ok: false; reason: 'name-mismatch'; field: 'confirmName' }> {
	const brand = await brands.getBrand(db, scope.workspaceId, scope.brandId);
	if (!brand) return { ok: false, reason: 'not-found' };
	if (input.confirmName.trim() !== brand.name.trim())
		return { ok: false, reason: 'name-mismatch', field: 'confirmName' };
	const deleted = await brands.deleteBrand(db, scope.workspaceId, scope.brandId);
	return deleted ? { ok: true } : { ok: false, reason: 'not-found' };
}
