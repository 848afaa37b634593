import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { BRAND_SCOPES } from '$lib/domain/access';
import { ROLES, isRole, type Role } from '$lib/domain/roles';
import { tooLong } from './fields';

const brandScope = z.enum(BRAND_SCOPES, { error: () => m.error_brand_scope() }).default('all');
const role = z.enum(ROLES, { error: () => m.error_role() });

/**
 * One select per brand submits `brandId:role`, or '' for "no access"; `brandGrants` reads them.
 * An id is at most 64 characters, as everywhere.
 */
const grant = z
	.string()
	.max(80, tooLong(80))
	.refine((v) => v === '' || parseGrant(v) !== null, { error: () => m.error_role() });

function parseGrant(value: string): { brandId: string; role: Role } | null {
	const at = value.lastIndexOf(':');
	const brandId = value.slice(0, at);
	const chosen = value.slice(at + 1);
	return at > 0 && brandId.length <= 64 && isRole(chosen) ? { brandId, role: chosen } : null;
}

/** The brands chosen in a form, each once (the last choice wins), without the "no access" ones. */
export function brandGrants(values: readonly string[]) {
	const byBrand = new Map<string, Role>();
	for (const value of values) {
		const parsed = parseGrant(value);
		if (parsed) byBrand.set(parsed.brandId, parsed.role);
	}
	return [...byBrand].map(([brandId, role]) => ({ brandId, role }));
}

export const memberAccessSchema = z.object({
	version: z.number().int().min(1),
	brandScope,
	role: role.default('viewer'),
	brands: z.array(grant).max(500).default([])
});

export const inviteSchema = z.object({
	role: role.default('viewer'),
	email: z
		.string()
		.trim()
		.max(254, tooLong(254))
		.refine((v) => v === '' || z.email().safeParse(v).success, { error: () => m.error_email() })
		.default(''),
	brandScope,
	// The brands a 'chosen' invitation opens, all with `role`.
	brandIds: z
		.array(z.string().max(64, tooLong(64)))
		.max(500)
		.default([])
});
