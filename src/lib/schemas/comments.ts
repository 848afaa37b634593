import { z } from 'zod';
import { requiredText } from './fields';

export const COMMENT_MAX = 2000;

/** A comment on an item or a collaboration: plain text, never markup. */
export const commentSchema = z.object({
	body: requiredText(COMMENT_MAX)
});

/**
 * A resolve or reopen names the thread as the page showed it (see `threadStamp`). Anything else,
 * missing or tampered with, is simply a stale stamp: refused as a change made meanwhile.
 */
export function stampOf(form: FormData) {
	const stamp = form.get('stamp');
	return typeof stamp === 'string' ? stamp.slice(0, 200) : '';
}
