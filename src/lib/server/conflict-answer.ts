import { fail } from '@sveltejs/kit';
import type { FormMessage } from '$lib/types';

/**
 * The answer to a versioned save that was saved elsewhere meanwhile. Nothing is lost: what was
 * typed stays in the form, the stored values go beside it (`theirs`, for the conflict panel), and
 * the form takes their version, so saving again replaces them on purpose.
 */
export function conflictAnswer<
	Form extends { data: { version: number }; message?: FormMessage },
	Stored extends { version: number }
>(form: Form, stored: Stored, text: string) {
	const { version, ...theirs } = stored;
	form.data.version = version;
	form.message = { type: 'error', text };
	return fail(409, { form, theirs });
}
