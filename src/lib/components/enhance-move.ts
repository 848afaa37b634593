import type { SubmitFunction } from '@sveltejs/kit';
import { invalidateAll } from '$app/navigation';

/**
 * Enhancement shared by every move form of the calendar and the outreach board (drop, Move
 * dialog or control, Undo, override): the answer stays on the page for the status line, and a
 * refused move reloads the data so it shows what is stored now.
 */
export function enhanceMove(after?: (ok: boolean) => void): SubmitFunction {
	return ({ formData }) => {
		formData.set('enhanced', '1');
		return async ({ result, update }) => {
			await update({ reset: false });
			if (result.type === 'failure') await invalidateAll();
			after?.(result.type === 'success');
		};
	};
}
