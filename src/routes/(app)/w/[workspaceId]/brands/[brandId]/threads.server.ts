import { error, fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { m } from '$lib/paraglide/messages';
import { commentSchema, stampOf } from '$lib/schemas/comments';
import type { Db } from '$lib/server/db/client';
import { requireBrand } from '$lib/server/guards';
import {
	postComment,
	readThread,
	resolveThread,
	type ThreadOf
} from '$lib/server/services/comments/threads';

/**
 * The comment thread of an item or a collaboration, one adapter for both pages (they hand in
 * their database). Every member who sees the brand may comment, resolve and reopen: viewers and
 * approvers too, so the guard asks for `comment`; the service answers `not-found` for an item or
 * collaboration that is not the brand's.
 */
type Event = {
	locals: App.Locals;
	params: { workspaceId: string; brandId: string };
	request: Request;
};

/** What the page shows: the comments, who resolved the thread, its stamp and an empty form. */
export async function loadThread(db: Db, brandId: string, of: ThreadOf) {
	const [read, commentForm] = await Promise.all([
		readThread(db, brandId, of),
		superValidate(zod4(commentSchema), { id: 'comment' })
	]);
	return { ...read, commentForm };
}

const answer = (type: 'success' | 'error', text: string) => ({ type, text });

async function scopeOf({ locals, params }: Event) {
	const access = await requireBrand(locals, params.workspaceId, params.brandId, 'comment');
	return { workspaceId: access.workspace.id, brandId: access.brand.id, userId: access.user.id };
}

/** `?/comment` */
export async function commentAction(db: Db, event: Event, of: ThreadOf) {
	const scope = await scopeOf(event);
	const form = await superValidate(event.request, zod4(commentSchema), { id: 'comment' });
	if (!form.valid) return fail(400, { commentForm: form });
	const posted = await postComment(db, scope, { ...of, body: form.data.body });
	if (!posted.ok) error(404, 'Not found');
	return message(form, { type: 'success', text: m.item_comment_added() });
}

/** `?/resolve` and `?/reopen`, refused when the thread changed since the page showed it. */
export async function threadAction(db: Db, event: Event, of: ThreadOf, resolved: boolean) {
	const scope = await scopeOf(event);
	const stamp = stampOf(await event.request.formData());
	const done = await resolveThread(db, scope, { ...of, resolved, stamp });
	if (!done.ok && done.reason === 'not-found') error(404, 'Not found');
	if (!done.ok) return fail(409, { threadAnswer: answer('error', m.thread_conflict()) });
	return {
		threadAnswer: answer('success', resolved ? m.thread_resolved_done() : m.thread_reopened())
	};
}
