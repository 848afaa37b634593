import { and, asc, desc, eq, gt, inArray, isNull } from 'drizzle-orm';
import { membershipRoleFor, type BrandScope } from '../../domain/access';
import type { Role } from '../../domain/roles';
import type { Db } from '../db/client';
import {
	brands,
	invitationBrands,
	invitations,
	memberBrands,
	memberships,
	workspaces
} from '../db/schema';
import { hashToken, newToken } from '../crypto';
import { newId } from '../db/ids';

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export async function createInvitation(
	db: Db,
	input: {
		workspaceId: string;
		role: Role;
		email?: string | null;
		createdBy: string;
		/** 'chosen': the role applies in `brandIds` only (brands of the workspace: callers check). */
		brandScope?: BrandScope;
		brandIds?: string[];
	},
	now = Date.now()
) {
	const token = newToken();
	const id = newId();
	const brandScope = input.brandScope ?? 'all';
	const insert = db.insert(invitations).values({
		id,
		workspaceId: input.workspaceId,
		tokenHash: hashToken(token),
		role: input.role,
		brandScope,
		email: input.email || null,
		createdBy: input.createdBy,
		createdAt: new Date(now),
		expiresAt: new Date(now + INVITATION_TTL_MS)
	});
	const ids = brandScope === 'chosen' ? [...new Set(input.brandIds ?? [])] : [];
	if (ids.length === 0) await insert;
	else
		await db.batch([
			insert,
			db.insert(invitationBrands).values(ids.map((brandId) => ({ invitationId: id, brandId })))
		]);
	return { id, token };
}

/** The names of the brands each invitation opens (none for an all-brands invitation). */
export async function brandNamesOfInvitations(db: Db, ids: string[]) {
	const names = new Map<string, string[]>();
	if (ids.length === 0) return names;
	const rows = await db
		.select({ invitationId: invitationBrands.invitationId, name: brands.name })
		.from(invitationBrands)
		.innerJoin(brands, eq(brands.id, invitationBrands.brandId))
		.where(inArray(invitationBrands.invitationId, ids))
		.orderBy(asc(brands.name), asc(brands.id));
	for (const row of rows)
		names.set(row.invitationId, [...(names.get(row.invitationId) ?? []), row.name]);
	return names;
}

/** Invitations still usable: not accepted, not revoked, not expired. */
export async function listPendingInvitations(db: Db, workspaceId: string, now = Date.now()) {
	return db
		.select({
			id: invitations.id,
			role: invitations.role,
			brandScope: invitations.brandScope,
			email: invitations.email,
			createdAt: invitations.createdAt,
			expiresAt: invitations.expiresAt
		})
		.from(invitations)
		.where(
			and(
				eq(invitations.workspaceId, workspaceId),
				isNull(invitations.acceptedAt),
				isNull(invitations.revokedAt),
				gt(invitations.expiresAt, new Date(now))
			)
		)
		.orderBy(desc(invitations.createdAt));
}

export async function revokeInvitation(db: Db, workspaceId: string, id: string, now = Date.now()) {
	const rows = await db
		.update(invitations)
		.set({ revokedAt: new Date(now) })
		.where(
			and(
				eq(invitations.id, id),
				eq(invitations.workspaceId, workspaceId),
				isNull(invitations.acceptedAt),
				isNull(invitations.revokedAt)
			)
		)
		.returning({ id: invitations.id });
	return rows.length > 0;
}

export type InvitationState = 'valid' | 'expired' | 'used' | 'revoked';

function stateOf(
	inv: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
	now: number
): InvitationState {
	if (inv.acceptedAt) return 'used';
	if (inv.revokedAt) return 'revoked';
	if (inv.expiresAt.getTime() <= now) return 'expired';
	return 'valid';
}

/** What the person holding a link may see: the workspace's name and the role offered. */
export async function findInvitationByToken(db: Db, token: string, now = Date.now()) {
	const [row] = await db
		.select({
			id: invitations.id,
			workspaceId: invitations.workspaceId,
			workspaceName: workspaces.name,
			role: invitations.role,
			brandScope: invitations.brandScope,
			expiresAt: invitations.expiresAt,
			acceptedAt: invitations.acceptedAt,
			revokedAt: invitations.revokedAt
		})
		.from(invitations)
		.innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
		.where(eq(invitations.tokenHash, hashToken(token)));
	if (!row) return null;
	return { ...row, state: stateOf(row, now) };
}

export type AcceptResult =
	| { ok: true; workspaceId: string; alreadyMember: boolean }
	| { ok: false; reason: 'not-found' | Exclude<InvitationState, 'valid'> };

/**
 * Single use: the link is consumed by a conditional UPDATE inside the write transaction, so two
 * people opening the same link at once cannot both join. An existing member keeps their role and
 * brands. A 'chosen' invitation makes a member of its brands (those that still exist) only.
 */
export async function acceptInvitation(
	db: Db,
	token: string,
	userId: string,
	now = Date.now()
): Promise<AcceptResult> {
	return db.transaction(async (tx) => {
		const [inv] = await tx
			.select()
			.from(invitations)
			.where(eq(invitations.tokenHash, hashToken(token)));
		if (!inv) return { ok: false, reason: 'not-found' };
		const state = stateOf(inv, now);
		if (state !== 'valid') return { ok: false, reason: state };
		await tx
			.update(invitations)
			.set({ acceptedAt: new Date(now), acceptedBy: userId })
			.where(and(eq(invitations.id, inv.id), isNull(invitations.acceptedAt)));
		const [existing] = await tx
			.select({ role: memberships.role })
			.from(memberships)
			.where(and(eq(memberships.workspaceId, inv.workspaceId), eq(memberships.userId, userId)));
		if (!existing && inv.brandScope === 'all') {
			await tx.insert(memberships).values({ workspaceId: inv.workspaceId, userId, role: inv.role });
		} else if (!existing) {
			const chosen = await tx
				.select({ brandId: invitationBrands.brandId })
				.from(invitationBrands)
				.where(eq(invitationBrands.invitationId, inv.id));
			await tx.insert(memberships).values({
				workspaceId: inv.workspaceId,
				userId,
				role: membershipRoleFor(chosen.length ? [inv.role] : []),
				brandScope: 'chosen'
			});
			if (chosen.length) {
				await tx.insert(memberBrands).values(
					chosen.map(({ brandId }) => ({
						workspaceId: inv.workspaceId,
						userId,
						brandId,
						role: inv.role
					}))
				);
			}
		}
		return { ok: true, workspaceId: inv.workspaceId, alreadyMember: Boolean(existing) };
	});
}
