import { findMentions } from '../../../domain/mentions';
import type { Db } from '../../db/client';
import { listBrandAudience } from '../../queries/access';
import * as comments from '../../queries/comments';

/** What the guard proved: the brand (of the workspace) the member may comment in, and who they are. */
export type CommentScope = { workspaceId: string; brandId: string; userId: string };

/** Whose thread: an item's or a collaboration's (the same rules for both). */
export type ThreadOf = { kind: comments.ThreadRef['kind']; id: string };

export type CommentResult = { ok: true; mentioned: string[] } | { ok: false; reason: 'not-found' };

export type ThreadResult = { ok: true } | { ok: false; reason: 'not-found' | 'conflict' };

const refOf = (scope: CommentScope, of: ThreadOf): comments.ThreadRef => ({
	kind: of.kind,
	brandId: scope.brandId,
	id: of.id
});

/**
 * A thread as its page shows it: the comments (oldest first) with the names they mention, who
 * resolved it (null while open) and the stamp a resolve or reopen sends back.
 */
export async function readThread(db: Db, brandId: string, of: ThreadOf) {
	const ref = { ...of, brandId };
	const list = await comments.listComments(db, ref);
	const mentions = await comments.listMentions(
		db,
		of.kind,
		list.map((c) => c.id)
	);
	return {
		comments: list.map((c) => ({ ...c, mentions: mentions.get(c.id) ?? [] })),
		thread: await comments.getThread(db, ref),
		stamp: await comments.threadStamp(db, ref)
	};
}

/**
 * A comment on an item or a collaboration by anyone who sees it. `@name` mentions are read
 * against the people who see the brand (never someone kept from it) and stored beside the text,
 * which stays plain text. A new comment reopens a resolved thread.
 */
export async function postComment(
	db: Db,
	scope: CommentScope,
	input: ThreadOf & { body: string },
	now = new Date()
): Promise<CommentResult> {
	const audience = await listBrandAudience(db, scope.workspaceId, scope.brandId);
	const mentioned = findMentions(input.body, audience);
	const ref = refOf(scope, input);
	const added = await comments.addComment(db, ref, scope.userId, input.body, now, mentioned);
	return added ? { ok: true, mentioned } : { ok: false, reason: 'not-found' };
}

/**
 * Resolves or reopens a thread as the page showed it (`stamp`). Someone who commented, resolved
 * or reopened meanwhile wins: the click is refused with `conflict`, so nobody resolves a comment
 * they have not seen, and two people's clicks never undo each other.
 */
export async function resolveThread(
	db: Db,
	scope: CommentScope,
	input: ThreadOf & { resolved: boolean; stamp: string },
	now = new Date()
): Promise<ThreadResult> {
	const { resolved, stamp } = input;
	return comments.setThreadResolved(
		db,
		refOf(scope, input),
		scope.userId,
		{ resolved, stamp },
		now
	);
}
