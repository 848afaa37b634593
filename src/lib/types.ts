/** The message superforms carries back after an action. */
export type FormMessage = { type: 'success' | 'error'; text: string };
