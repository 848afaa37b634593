import { findMentions } from '../../../domain/mentions';
import type { Db } from '../../db/client';
import { listBrandAudience } from '../../queries/access';
import { addComment, setThreadResolved } from '../../queries/comments';

export type CommentScope = { workspaceId: string; brandId: string; userId: string };

export type CommentResult = { ok: true; mentioned: string[] } | { ok: false; reason: 'not-found' };

/**
 * A comment on an item by anyone who sees it. `@name` mentions are read against the people who
 * see the brand (never someone kept from it) and stored beside the text, which stays plain text.
 * A new comment reopens a resolved thread.
 */
export async function commentOnItem(
	db: Db,
	scope: CommentScope,
	input: { itemId: string; body: string },
	now = new Date()
): Promise<CommentResult> {
	const audience = await listBrandAudience(db, scope.workspaceId, scope.brandId);
	const mentioned = findMentions(input.body, audience);
	const added = await addComment(
		db,
		scope.brandId,
		input.itemId,
		scope.userId,
		input.body,
		now,
		mentioned
	);
	return added ? { ok: true, mentioned } : { ok: false, reason: 'not-found' };
}

/** Resolves or reopens an item's thread. */
export async function resolveItemThread(
	db: Db,
	scope: CommentScope,
	input: { itemId: string; resolved: boolean },
	now = new Date()
): Promise<{ ok: true } | { ok: false; reason: 'not-found' }> {
	const done = await setThreadResolved(
		db,
		scope.brandId,
		input.itemId,
		scope.userId,
		input.resolved,
		now
	);
	return done ? { ok: true } : { ok: false, reason: 'not-found' };
}
