import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { ROLES } from '$lib/domain/roles';
import { maxChars, required } from './fields';

const workspaceName = z
	.string({ error: required })
	.trim()
	.min(1, { error: required })
	.refine(...maxChars(80));

export const createWorkspaceSchema = z.object({ name: workspaceName });

export const renameWorkspaceSchema = z.object({
	name: workspaceName,
	version: z.number().int().min(1)
});

// Invitations carry a brand scope: their schema is in ./access.ts.
export { inviteSchema } from './access';

export const memberRoleSchema = z.object({
	userId: z.string().min(1).max(64),
	role: z.enum(ROLES, { error: () => m.error_role() })
});

export const memberSchema = z.object({ userId: z.string().min(1).max(64) });

export const invitationIdSchema = z.object({ invitationId: z.string().min(1).max(64) });
