/** Shared look of text inputs and selects, so every form reads the same. */
export const controlClass =
	'w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-sm text-stone-900 aria-[invalid=true]:border-red-700';
